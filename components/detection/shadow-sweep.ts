/**
 * Finds open shadow roots. The text walker only visits text (a callback per element would
 * dominate its cost) and attachShadow() raises no mutation, so roots are found by walking
 * elements, paid in proportion to what changes:
 * - the whole document once, in idle-time slices;
 * - subtrees the page adds (from the scanner's mutation batches);
 * - a small document again later, backing off while it stays quiet, for roots attached to
 *   elements that were already there. A big document is not re-swept (its cost would be felt);
 *   a root attached late to an old element there is missed until its host changes.
 * elementFromPoint() probes were tried and dropped: hit-testing a 20,000-row table took up to
 * 150 ms a point.
 */
export interface ShadowDiscovery {
  /** The page added these elements; look inside them for hosts. */
  added(elements: readonly Element[]): void;
}

export interface DiscoveryOptions {
  doc: Document;
  found(root: ShadowRoot): void;
  /** Our own host: its shadow root holds our card and badge, never page text. */
  ignore(el: Element): boolean;
  signal: AbortSignal;
  sliceMs?: number;
}

/** Documents with fewer elements than this are re-swept whole while they live. */
const SMALL_DOCUMENT = 5000;
const FIRST_QUIET_MS = 1500;
const MAX_QUIET_MS = 60_000;

export function startShadowDiscovery(opts: DiscoveryOptions): ShadowDiscovery {
  const { doc, signal } = opts;
  const slice = opts.sliceMs ?? 4;
  const queue: Node[] = [];
  let walker: TreeWalker | null = null;
  let pumping = false;
  let quiet = FIRST_QUIET_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const check = (el: Element) => {
    const root = el.shadowRoot;
    if (root && !opts.ignore(el)) {
      opts.found(root);
      queue.push(root);
    }
  };

  /** Walks queued subtrees for hosts, in slices. */
  const pump = () => {
    pumping = false;
    if (signal.aborted) return;
    const t0 = performance.now();
    let n = 0;
    while (walker || queue.length) {
      walker ??= doc.createTreeWalker(queue.shift()!, NodeFilter.SHOW_ELEMENT);
      const el = walker.nextNode() as Element | null;
      if (!el) {
        walker = null;
        continue;
      }
      check(el);
      if ((++n & 15) === 0 && performance.now() - t0 > slice) return schedulePump();
    }
  };
  const schedulePump = () => {
    if (pumping || signal.aborted) return;
    pumping = true;
    // Idle time first: the page's own load and rendering come before our search.
    if (typeof requestIdleCallback === 'function') requestIdleCallback(pump, { timeout: 1000 });
    else setTimeout(pump, 0);
  };

  /** Counts at most SMALL_DOCUMENT elements: counting a whole big page cost ~12 ms a time. */
  const isSmall = () => {
    const counter = doc.createTreeWalker(doc, NodeFilter.SHOW_ELEMENT);
    let n = 0;
    while (counter.nextNode()) if (++n >= SMALL_DOCUMENT) return false;
    return true;
  };
  const sweep = () => {
    if (signal.aborted) return;
    if (doc.visibilityState !== 'visible') {
      timer = setTimeout(sweep, FIRST_QUIET_MS);
      return;
    }
    queue.push(doc);
    schedulePump();
    if (!isSmall()) return;
    quiet = Math.min(quiet * 2, MAX_QUIET_MS);
    timer = setTimeout(sweep, quiet);
  };
  timer = setTimeout(sweep, 0);
  signal.addEventListener('abort', () => clearTimeout(timer));

  return {
    added(elements) {
      for (const el of elements) {
        check(el);
        // Leaf elements (a rewritten cell) need no walker of their own.
        if (el.firstElementChild) queue.push(el);
      }
      schedulePump();
      quiet = FIRST_QUIET_MS;
    },
  };
}
