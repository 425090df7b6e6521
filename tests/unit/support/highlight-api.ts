/**
 * Stand-ins for what happy-dom lacks: the CSS Custom Highlight API (a Highlight is a set of
 * ranges, CSS.highlights a map by name), an IntersectionObserver the test drives by hand,
 * and boxes for text ranges. Installed per test; `uninstall` puts the originals back.
 */
import { vi } from 'vitest';

/** StaticRange as the spec has it: a plain record of its boundary points. */
class FakeStaticRange {
  readonly startContainer: Node;
  readonly startOffset: number;
  readonly endContainer: Node;
  readonly endOffset: number;
  constructor(init: StaticRangeInit) {
    this.startContainer = init.startContainer;
    this.startOffset = init.startOffset;
    this.endContainer = init.endContainer;
    this.endOffset = init.endOffset;
  }
  get collapsed() {
    return this.startContainer === this.endContainer && this.startOffset === this.endOffset;
  }
}

export class FakeHighlight extends Set<AbstractRange> {}

export class FakeIntersectionObserver {
  static all: FakeIntersectionObserver[] = [];
  readonly targets = new Set<Element>();
  constructor(readonly callback: IntersectionObserverCallback) {
    FakeIntersectionObserver.all.push(this);
  }
  observe(el: Element) {
    this.targets.add(el);
  }
  unobserve(el: Element) {
    this.targets.delete(el);
  }
  disconnect() {
    this.targets.clear();
  }
  takeRecords() {
    return [];
  }
  /** Tells every observer watching `el` that it entered (or left) the viewport. */
  static intersect(el: Element, isIntersecting = true) {
    for (const io of FakeIntersectionObserver.all) {
      if (io.targets.has(el)) io.callback([{ target: el, isIntersecting } as IntersectionObserverEntry], io as unknown as IntersectionObserver);
    }
  }
}

export function installHighlightApi() {
  const registry = new Map<string, FakeHighlight>();
  FakeIntersectionObserver.all = [];
  vi.stubGlobal('Highlight', FakeHighlight);
  vi.stubGlobal('CSS', { highlights: registry });
  vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
  if (typeof StaticRange !== 'function') vi.stubGlobal('StaticRange', FakeStaticRange);
  return { registry, uninstall: () => vi.unstubAllGlobals() };
}

/** Gives every text range a box, so hover and card placement see the code where it is. */
export function giveRangesBoxes(box = { left: 10, top: 10, width: 40, height: 14 }) {
  const rect = { ...box, x: box.left, y: box.top, right: box.left + box.width, bottom: box.top + box.height, toJSON() {} };
  return vi.spyOn(Range.prototype, 'getBoundingClientRect').mockReturnValue(rect as DOMRect);
}
