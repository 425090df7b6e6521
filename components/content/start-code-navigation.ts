/**
 * Keyboard through the page: highlights cannot take focus, so a shortcut moves to the next or
 * previous marked code in document order, scrolls it into view and opens its card as a dialog
 * with focus inside. The list is built when the key is pressed, never during the scan.
 */
import type { CodeMatch } from '../detection/find-codes';
import type { Hit } from '../highlight/highlighter';
import { navigationStep } from './code-navigation-keys';

export interface CodeNavigationDeps {
  /** Every owner of codes seen (text nodes and fields) with its matches. */
  seen(): Iterable<readonly [Node, readonly CodeMatch[]]>;
  /** The marked hit at a place, if the code there is marked (dataset code, site on). */
  hitAt(node: Node, offset: number): Hit | undefined;
  open(hit: Hit): void;
  /** Keys typed in our own card still navigate; keys in the page's fields are the page's. */
  isOurs(target: EventTarget | null): boolean;
}

/** Marked codes in document order. */
export function orderedHits(deps: Pick<CodeNavigationDeps, 'seen' | 'hitAt'>): Hit[] {
  const hits: Hit[] = [];
  for (const [owner, matches] of deps.seen()) {
    if (owner.nodeType !== Node.TEXT_NODE || !owner.isConnected) continue;
    for (const m of matches) {
      const hit = deps.hitAt(owner, m.start);
      if (hit) hits.push(hit);
    }
  }
  return hits.sort((a, b) =>
    a.node === b.node ? a.match.start - b.match.start : a.node.compareDocumentPosition(b.node) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
  );
}

/** From the code last visited (the first or last code when it is gone); wraps around. */
function nextIndex(hits: Hit[], last: Hit | null, step: 1 | -1): number {
  const at = last ? hits.findIndex((h) => h.node === last.node && h.match.start === last.match.start) : -1;
  return at < 0 ? (step === 1 ? 0 : hits.length - 1) : (at + step + hits.length) % hits.length;
}

function isEditable(t: EventTarget | null): boolean {
  return t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
}

export interface CodeNavigation {
  /** Goes to the first marked occurrence of `code` (the summary's "Open card"); false if none. */
  goTo(code: string): boolean;
}

export function startCodeNavigation(deps: CodeNavigationDeps, signal: AbortSignal): CodeNavigation {
  let last: Hit | null = null;
  const visit = (hit: Hit) => {
    last = hit;
    hit.node.parentElement?.scrollIntoView({ block: 'center' });
    deps.open(hit);
  };
  document.addEventListener(
    'keydown',
    (e) => {
      const step = navigationStep(e);
      const target = e.composedPath()[0] ?? e.target;
      if (!step || (isEditable(target) && !deps.isOurs(e.target))) return;
      const hits = orderedHits(deps);
      if (!hits.length) return;
      e.preventDefault();
      e.stopPropagation();
      visit(hits[nextIndex(hits, last, step)]!);
    },
    { capture: true, signal },
  );
  return {
    goTo(code) {
      const hit = orderedHits(deps).find((h) => h.match.code === code);
      if (hit) visit(hit);
      return !!hit;
    },
  };
}
