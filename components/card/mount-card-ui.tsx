/** Renders the card into our shadow root; the API the content script calls. */
import { render } from 'preact';
import type { CardUiApi } from '../overlay/card-ui-api';
import cardCss from './card.css?inline';
import { CardApp } from './CardApp';

export function mountCardUi(): CardUiApi {
  return {
    styles: cardCss,
    render(slot, view) {
      render(<CardApp view={view} />, slot);
    },
    unmount(slot) {
      render(null, slot);
    },
  };
}
