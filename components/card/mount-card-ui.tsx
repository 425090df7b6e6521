/** Renders the card into our shadow root; the API the content script calls. */
import { render } from 'preact';
import type { CardUiApi } from '../overlay/card-ui-api';
import cardCss from './card.css?inline';
import { CardApp } from './CardApp';
import { SummaryPanel } from '../summary/SummaryPanel';

export function mountCardUi(): CardUiApi {
  return {
    styles: cardCss,
    render(slot, view) {
      render(<CardApp view={view} />, slot);
    },
    unmount(slot) {
      render(null, slot);
    },
    renderPanel(layer, view) {
      let slot = layer.querySelector<HTMLElement>(':scope > .panel-slot');
      if (!slot && !view) return;
      if (!slot) {
        slot = document.createElement('div');
        slot.className = 'panel-slot';
        layer.append(slot);
      }
      render(view ? <SummaryPanel view={view} /> : null, slot);
      slot.hidden = !view;
    },
  };
}
