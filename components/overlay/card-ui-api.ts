/** The contract between the content script and the lazily injected card UI bundle. */
import type { TabState } from '../tab-checks/tab-state-message';

export const CARD_UI_GLOBAL = '__cptLensCardUi';

export interface CardView {
  code: string;
  modifiers: readonly string[];
  units: number | null;
  dateOfService?: string | undefined;
  /** The tab's claim (every frame) as the background checked it: this line's verdict, warnings, notes. */
  tab: TabState;
  pinned: boolean;
  onClose(): void;
}

/** The tab's claim for the summary panel (top frame), as the background last answered. */
export interface PanelView extends TabState {
  /** Opens a line's card in whichever frame holds it. */
  openLine(code: string): void;
  /** The panel closed itself (Escape, its close button); focus goes back to the status. */
  onClose(): void;
}

export interface CardUiApi {
  /** The card's stylesheet; the host adds it to our shadow root. */
  readonly styles: string;
  render(slot: HTMLElement, view: CardView): void;
  unmount(slot: HTMLElement): void;
  /** Shows (or refreshes) the summary panel in `layer`; null closes it. */
  renderPanel(layer: HTMLElement, view: PanelView | null): void;
}

export function installedCardUi(): CardUiApi | undefined {
  return (globalThis as Record<string, unknown>)[CARD_UI_GLOBAL] as CardUiApi | undefined;
}
