/**
 * Our one element in the page: a host under <html> with an open shadow root. Everything we
 * show (card, field indicators, warning count) lives inside it, so page CSS cannot reach it
 * and ours cannot leak out. Created on first need; re-attached if the page removes it; removed
 * for good when the signal ends (site turned off, or the extension reloaded). A host left by an
 * orphaned script of an earlier install is removed when ours is attached, so a page never shows
 * two. The host owns every <style> in the root: its own (overlay.css, built on palette.css) and
 * the card's, which the lazy card bundle hands over through `addStyle`.
 */
import overlayCss from './overlay.css?inline';

export const HOST_TAG = 'cpt-lens-root';

export class OverlayHost {
  private element: HTMLElement | null = null;
  private root: ShadowRoot | null = null;
  private slot: HTMLDivElement | null = null;
  private layerEl: HTMLDivElement | null = null;

  constructor(
    private readonly signal: AbortSignal,
    private readonly doc: Document = document,
  ) {
    signal.addEventListener('abort', () => this.element?.remove(), { once: true });
  }

  /** The element's shadow root, attached to the page on first use. */
  get shadow(): ShadowRoot {
    this.ensure();
    return this.root!;
  }

  /** Where the card renders. */
  get cardSlot(): HTMLDivElement {
    this.ensure();
    return this.slot!;
  }

  /** A full-viewport, click-through layer for indicators and badges. */
  get layer(): HTMLDivElement {
    this.ensure();
    return this.layerEl!;
  }

  /** Adds a stylesheet to our root once per key (the card bundle's card.css). */
  addStyle(key: string, css: string): void {
    const root = this.shadow;
    if (root.querySelector(`style[data-style="${key}"]`)) return;
    const style = this.doc.createElement('style');
    style.dataset.style = key;
    style.textContent = css;
    root.querySelector('style')!.after(style);
  }

  owns(node: Node | null): boolean {
    return !!node && !!this.element && (node === this.element || this.element.contains(node));
  }

  private ensure(): void {
    if (this.element) {
      if (!this.element.isConnected) this.attach(this.element);
      return;
    }
    const el = this.doc.createElement(HOST_TAG);
    const root = el.attachShadow({ mode: 'open' });
    const style = this.doc.createElement('style');
    style.dataset.style = 'overlay';
    style.textContent = overlayCss;
    const layer = this.doc.createElement('div');
    layer.className = 'layer';
    const slot = this.doc.createElement('div');
    slot.className = 'card-slot';
    slot.hidden = true;
    root.append(style, layer, slot);
    this.element = el;
    this.root = root;
    this.slot = slot;
    this.layerEl = layer;
    this.attach(el);
  }

  private attach(el: HTMLElement): void {
    if (this.signal.aborted) return;
    for (const stale of this.doc.querySelectorAll(HOST_TAG)) if (stale !== el) stale.remove();
    this.doc.documentElement.appendChild(el);
  }
}
