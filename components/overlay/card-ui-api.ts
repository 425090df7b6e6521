/** The contract between the content script and the lazily injected card UI bundle. */
import type { PageWarning } from '../page-checks/check-codes';

export const CARD_UI_GLOBAL = '__cptLensCardUi';

export interface CardView {
  code: string;
  modifiers: readonly string[];
  units: number | null;
  warnings: readonly PageWarning[];
  /** Codes on the tab's claim lines (every frame): the verdict and the primaries found. */
  pageCodes: readonly string[];
  pinned: boolean;
  onClose(): void;
}

export interface CardUiApi {
  /** The card's stylesheet; the host adds it to our shadow root. */
  readonly styles: string;
  render(slot: HTMLElement, view: CardView): void;
  unmount(slot: HTMLElement): void;
}

export function installedCardUi(): CardUiApi | undefined {
  return (globalThis as Record<string, unknown>)[CARD_UI_GLOBAL] as CardUiApi | undefined;
}
