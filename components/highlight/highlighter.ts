/**
 * Marks found codes with the CSS Custom Highlight API. Ranges are StaticRanges (no live-range
 * upkeep on the page's DOM updates) and only the ones near the viewport are registered: an
 * IntersectionObserver on each matched text's parent element decides which.
 */
import type { CodeMatch } from '../detection/find-codes';

export const HIGHLIGHT_NAME = 'cpt-lens';

export interface Hit {
  node: Text;
  match: CodeMatch;
  range: StaticRange;
}

const supported = (): boolean => typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

export class Highlighter {
  private readonly highlight: Highlight | null = supported() ? new Highlight() : null;
  private readonly byNode = new Map<Text, Hit[]>();
  private readonly byElement = new Map<Element, Set<Text>>();
  /** The element a node was observed under; it may have moved since. */
  private readonly elementOf = new Map<Text, Element>();
  private readonly visible = new Set<Element>();
  private readonly io: IntersectionObserver;

  /**
   * `isShown` is the lens's one "shown" flag: ranges are collected from the start but
   * registered (and hit-tested) only once the site is known to be on.
   */
  constructor(
    private readonly isShown: () => boolean,
    rootMargin = '50% 0px',
  ) {
    this.io = new IntersectionObserver((entries) => this.onIntersect(entries), { rootMargin });
  }

  /** Registers our highlight, again if the page cleared the registry. */
  ensureRegistered(): void {
    if (!this.highlight || !this.isShown()) return;
    if (CSS.highlights.get(HIGHLIGHT_NAME) !== this.highlight) CSS.highlights.set(HIGHLIGHT_NAME, this.highlight);
  }

  update(node: Text, matches: CodeMatch[]): void {
    const old = this.byNode.get(node);
    if (!old && matches.length === 0) return;
    const element = node.parentElement;
    if (old) this.drop(node, old);
    if (matches.length && element) {
      const hits = matches.map((match) => ({
        node,
        match,
        range: new StaticRange({ startContainer: node, startOffset: match.start, endContainer: node, endOffset: match.codeEnd }),
      }));
      this.byNode.set(node, hits);
      let nodes = this.byElement.get(element);
      if (!nodes) {
        nodes = new Set();
        this.byElement.set(element, nodes);
        this.io.observe(element);
      }
      nodes.add(node);
      this.elementOf.set(node, element);
      if (this.visible.has(element)) for (const h of hits) this.highlight?.add(h.range);
    }
  }

  /** Forgets text nodes that left the document. */
  prune(): void {
    for (const [node, hits] of this.byNode) {
      if (!node.isConnected) this.drop(node, hits);
    }
  }

  hitAt(node: Node, offset: number): Hit | undefined {
    if (!this.isShown()) return undefined;
    return this.byNode.get(node as Text)?.find((h) => offset >= h.match.start && offset <= h.match.codeEnd);
  }

  detach(): void {
    this.io.disconnect();
    this.highlight?.clear();
    if (this.highlight && CSS.highlights.get(HIGHLIGHT_NAME) === this.highlight) CSS.highlights.delete(HIGHLIGHT_NAME);
    this.byNode.clear();
    this.byElement.clear();
    this.elementOf.clear();
  }

  private drop(node: Text, hits: Hit[]): void {
    for (const h of hits) this.highlight?.delete(h.range);
    this.byNode.delete(node);
    const element = this.elementOf.get(node);
    this.elementOf.delete(node);
    const nodes = element && this.byElement.get(element);
    if (!element || !nodes) return;
    nodes.delete(node);
    if (nodes.size === 0) {
      this.byElement.delete(element);
      this.visible.delete(element);
      this.io.unobserve(element);
    }
  }

  private onIntersect(entries: IntersectionObserverEntry[]): void {
    this.ensureRegistered();
    for (const entry of entries) {
      const nodes = this.byElement.get(entry.target);
      if (!nodes) continue;
      if (entry.isIntersecting) this.visible.add(entry.target);
      else this.visible.delete(entry.target);
      for (const node of nodes) {
        for (const h of this.byNode.get(node) ?? []) {
          if (entry.isIntersecting) this.highlight?.add(h.range);
          else this.highlight?.delete(h.range);
        }
      }
    }
  }
}
