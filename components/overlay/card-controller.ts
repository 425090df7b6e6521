/**
 * When the card shows, where, and when it goes: hover intent, moving into the card, pinning
 * as a dialog, Escape with focus return, and following the code as the page scrolls.
 */
import type { TabState } from '../tab-checks/tab-state-message';
import type { CardUiApi } from './card-ui-api';
import type { OverlayHost } from './host';
import { LOAD_ERROR_CLASS, loadErrorNote } from './load-error-note';
import { placeCard } from './place-card';

export interface CardTarget {
  code: string;
  modifiers: readonly string[];
  units: number | null;
  dateOfService?: string | undefined;
  /** The code's box in viewport coordinates now, or null when it is gone. */
  anchor(): DOMRect | null;
  /** Identity for "same code as before" (a hit or a field). */
  key: object;
}

export interface CardDeps {
  host: OverlayHost;
  loadUi(): Promise<CardUiApi>;
  /** The tab's claim as last checked; the card finds its line there. */
  claim(): TabState;
  /** Ends the controller: listeners and timers go, an open card closes. */
  signal: AbortSignal;
  showDelayMs?: number;
  hideDelayMs?: number;
}

export class CardController {
  private current: { target: CardTarget; pinned: boolean; returnFocus: Element | null } | null = null;
  private showTimer: ReturnType<typeof setTimeout> | undefined;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private pointerInCard = false;
  private ui: CardUiApi | null = null;

  constructor(private readonly deps: CardDeps) {
    const { signal } = deps;
    const opts = { capture: true, signal };
    signal.addEventListener('abort', () => this.close(false), { once: true });
    document.addEventListener('keydown', (e) => this.onKey(e), opts);
    window.addEventListener('scroll', () => this.reposition(), { ...opts, passive: true });
    window.addEventListener('resize', () => this.reposition(), { ...opts, passive: true });
  }

  hoverStart(target: CardTarget): void {
    if (this.deps.signal.aborted) return;
    clearTimeout(this.hideTimer);
    if (this.current?.target.key === target.key) return;
    if (this.current?.pinned) return;
    clearTimeout(this.showTimer);
    this.showTimer = setTimeout(() => void this.open(target, false), this.deps.showDelayMs ?? 180);
  }

  hoverEnd(): void {
    clearTimeout(this.showTimer);
    if (!this.current || this.current.pinned) return;
    clearTimeout(this.hideTimer);
    this.hideTimer = setTimeout(() => {
      if (!this.pointerInCard && !this.current?.pinned) this.close(false);
    }, this.deps.hideDelayMs ?? 300);
  }

  async open(target: CardTarget, pinned: boolean): Promise<void> {
    if (this.deps.signal.aborted) return;
    clearTimeout(this.showTimer);
    clearTimeout(this.hideTimer);
    const returnFocus = pinned ? (this.current?.returnFocus ?? deepActiveElement()) : null;
    this.current = { target, pinned, returnFocus };
    try {
      this.ui ??= await this.deps.loadUi();
    } catch (error) {
      // Say so where the card would be, rather than leave a hover that does nothing.
      if (this.current?.target === target && !this.deps.signal.aborted) this.showLoadError(target, error);
      return;
    }
    if (this.current?.target !== target || this.deps.signal.aborted) return;
    this.render();
  }

  /** Re-renders with fresh warnings (page checks changed). */
  refresh(): void {
    if (this.current) this.render();
  }

  close(restoreFocus = true): void {
    clearTimeout(this.showTimer);
    clearTimeout(this.hideTimer);
    const was = this.current;
    this.current = null;
    this.pointerInCard = false;
    if (!was) return;
    const slot = this.deps.host.cardSlot;
    if (this.ui) this.ui.unmount(slot);
    else slot.replaceChildren();
    slot.hidden = true;
    if (restoreFocus && was.returnFocus instanceof HTMLElement) was.returnFocus.focus({ preventScroll: true });
  }

  private render(): void {
    const cur = this.current;
    if (!cur || !this.ui) return;
    const slot = this.deps.host.cardSlot;
    if (slot.firstElementChild?.classList.contains(LOAD_ERROR_CLASS)) slot.replaceChildren();
    this.deps.host.addStyle('card', this.ui.styles);
    this.wire(slot);
    this.ui.render(slot, {
      code: cur.target.code,
      modifiers: cur.target.modifiers,
      units: cur.target.units,
      dateOfService: cur.target.dateOfService,
      tab: this.deps.claim(),
      pinned: cur.pinned,
      onClose: () => this.close(true),
    });
    slot.hidden = false;
    this.reposition();
  }

  /** Hover intent follows the pointer into and out of the card. */
  private wire(slot: HTMLElement): void {
    if (slot.dataset.wired) return;
    slot.dataset.wired = '1';
    slot.addEventListener('pointerenter', () => {
      this.pointerInCard = true;
      clearTimeout(this.hideTimer);
    });
    slot.addEventListener('pointerleave', () => {
      this.pointerInCard = false;
      this.hoverEnd();
    });
  }

  private showLoadError(target: CardTarget, error: unknown): void {
    console.warn('CPT Lens: the card could not load', error);
    const slot = this.deps.host.cardSlot;
    this.wire(slot);
    slot.replaceChildren(loadErrorNote(target.code));
    slot.hidden = false;
    this.reposition();
  }

  private reposition(): void {
    const cur = this.current;
    if (!cur) return;
    const anchor = cur.target.anchor();
    const offscreen = !anchor || anchor.bottom < 0 || anchor.top > window.innerHeight;
    if (offscreen && !cur.pinned) {
      this.close(false);
      return;
    }
    if (!anchor) return;
    const slot = this.deps.host.cardSlot;
    // Measure at the card's natural height, then cap it if neither side of the code has room.
    slot.style.removeProperty('--cpt-lens-card-max-h');
    const card = slot.firstElementChild?.getBoundingClientRect() ?? { width: 380, height: 300 };
    const pos = placeCard(anchor, card, { width: window.innerWidth, height: window.innerHeight });
    if (pos.maxHeight !== null) slot.style.setProperty('--cpt-lens-card-max-h', `${pos.maxHeight}px`);
    slot.style.top = `${pos.top}px`;
    slot.style.left = `${pos.left}px`;
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key === 'Escape' && this.current) {
      this.close(true);
      e.stopPropagation();
    }
  }
}

/** The focused element, looking through open shadow roots. */
export function deepActiveElement(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}
