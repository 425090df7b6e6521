/**
 * The card UI bundle, injected into a frame's isolated world on first hover. It installs
 * itself on a global that the content script reads (see card-ui-api.ts).
 */
import { mountCardUi } from '../components/card/mount-card-ui';
import { CARD_UI_GLOBAL } from '../components/overlay/card-ui-api';

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[CARD_UI_GLOBAL] = mountCardUi();
});
