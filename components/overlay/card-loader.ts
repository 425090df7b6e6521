/**
 * Loads the card UI on first use. The background injects card-ui.js into this frame's
 * isolated world, where it installs itself on a global; the content script itself never
 * carries Preact or the dataset's prose.
 */
import { sendRequest } from '../messaging/send-request';
import { installedCardUi, type CardUiApi } from './card-ui-api';

let loading: Promise<CardUiApi> | null = null;

export function loadCardUi(): Promise<CardUiApi> {
  const ready = installedCardUi();
  if (ready) return Promise.resolve(ready);
  loading ??= sendRequest({ type: 'cpt-lens/load-card-ui' })
    .then(() => {
      const api = installedCardUi();
      if (!api) throw new Error('CPT Lens: card UI did not install');
      return api;
    })
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}
