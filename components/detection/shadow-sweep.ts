/**
 * Finds open shadow roots. The text walker only visits text (a callback per element would
 * dominate its cost) and attachShadow() raises no mutation, so roots are found three ways,
 * each paid in proportion to what can matter:
 * - added subtrees (from the scanner's mutation batches) are walked for hosts;
 * - a small document is swept whole, again later with backoff while it stays quiet;
 * - a big document is probed on screen only: a coarse grid of elementFromPoint() hits and
 *   their ancestors, at start and when scrolling stops, in slices (hit-testing a huge table
 *   costs ~0.3 ms a point). Off-screen hosts need no highlight until they scroll into view; a
 *   root attached later to an unchanged big page is found at the next scroll.
 */
export interface ShadowDiscovery {
  /** The page added these elements; look inside them for hosts. */
  added(elements: readonly Element[]): void;
}

export interface DiscoveryOptions {
  doc: Document;
  found(root: ShadowRoot): void;
  signal: AbortSignal;
  sliceMs?: number;
}

/** Documents with fewer elements than this are swept whole. */
const SMALL_DOCUMENT = 5000;
const GRID_X = 4;
const GRID_STEP_Y = 40;

export function startShadowDiscovery(opts: DiscoveryOptions): ShadowDiscovery {
  const { doc, signal } = opts;
  const slice = opts.sliceMs ?? 6;
  const queue: Node[] = [];
  let walker: TreeWalker | null = null;
  let pumping = false;
  let quiet = 1500;

  const check = (el: Element) => {
    const root = el.shadowRoot;
    if (root) {
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
      if ((++n & 255) === 0 && performance.now() - t0 > slice) return schedulePump();
    }
  };
  const schedulePump = () => {
    if (pumping || signal.aborted) return;
    pumping = true;
    setTimeout(pump, 0);
  };

  let probeRun = 0;
  const probeViewport = () => {
    const run = ++probeRun;
    const seen = new Set<Element>();
    const w = doc.documentElement.clientWidth;
    const h = doc.documentElement.clientHeight;
    let y = GRID_STEP_Y / 2;
    const row = () => {
      if (signal.aborted || run !== probeRun) return;
      const t0 = performance.now();
      for (; y < h && performance.now() - t0 < slice; y += GRID_STEP_Y) {
        for (let i = 0; i < GRID_X; i++) {
          // The top element is the host itself when the point is over its shadow content.
          for (let el = doc.elementFromPoint(((i + 0.5) * w) / GRID_X, y); el && !seen.has(el); el = el.parentElement) {
            seen.add(el);
            check(el);
          }
        }
      }
      if (y < h) setTimeout(row, 0);
      schedulePump();
    };
    row();
  };

  const small = () => doc.getElementsByTagName('*').length < SMALL_DOCUMENT;
  const tick = () => {
    if (signal.aborted) return;
    if (doc.visibilityState !== 'visible') {
      timer = setTimeout(tick, 1500);
      return;
    }
    if (!small()) return probeViewport();
    queue.push(doc);
    schedulePump();
    quiet = Math.min(quiet * 2, 60_000);
    timer = setTimeout(tick, quiet);
  };
  let timer = setTimeout(tick, 0);
  let scrollTimer: ReturnType<typeof setTimeout> | undefined;
  addEventListener(
    'scroll',
    () => {
      clearTimeout(scrollTimer);
      scrollTimer = setTimeout(() => !small() && probeViewport(), 150);
    },
    { capture: true, passive: true, signal },
  );
  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    clearTimeout(scrollTimer);
  });

  return {
    added(elements) {
      for (const el of elements) {
        check(el);
        queue.push(el);
      }
      schedulePump();
      if (small()) {
        quiet = 1500;
        clearTimeout(timer);
        timer = setTimeout(tick, 400);
      }
    },
  };
}
