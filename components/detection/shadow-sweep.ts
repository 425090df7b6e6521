/**
 * Finds open shadow roots. The text walker only visits text (a callback per element would
 * dominate its cost), and attachShadow() raises no mutation, so a sweep over the elements
 * finds them: once at start, then again after the page adds elements, backing off while the
 * page is quiet. Its pace is capped by its own cost, so big pages pay at most ~1% of a core.
 */
export interface ShadowSweep {
  /** The page changed; look again soon. */
  poke(): void;
}

export interface SweepOptions {
  root: Document;
  found(root: ShadowRoot): void;
  sliceMs?: number;
  signal: AbortSignal;
}

const FIRST_QUIET_MS = 1500;
const MAX_QUIET_MS = 60_000;
const AFTER_CHANGE_MS = 400;
/** Wait at least this many times a pass's own cost before the next pass (≈1% of a core). */
const COST_FACTOR = 100;

export function startShadowSweep(opts: SweepOptions): ShadowSweep {
  const slice = opts.sliceMs ?? 6;
  let walkers: TreeWalker[] = [];
  let running = false;
  let passCost = 0;
  let lastCost = 0;
  let lastEnd = 0;
  let quiet = FIRST_QUIET_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const walkerFor = (root: Node) => opts.root.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);

  const schedule = (delay: number) => {
    clearTimeout(timer);
    const earliest = lastEnd + lastCost * COST_FACTOR - performance.now();
    timer = setTimeout(begin, Math.max(delay, earliest, 0));
  };

  const step = () => {
    if (opts.signal.aborted) return;
    const t0 = performance.now();
    let n = 0;
    while (walkers.length) {
      const walker = walkers[walkers.length - 1]!;
      const el = walker.nextNode() as Element | null;
      if (!el) {
        walkers.pop();
        continue;
      }
      const shadow = el.shadowRoot;
      if (shadow) {
        opts.found(shadow);
        walkers.push(walkerFor(shadow));
      }
      if ((++n & 255) === 0 && performance.now() - t0 > slice) {
        passCost += performance.now() - t0;
        setTimeout(step, 0);
        return;
      }
    }
    passCost += performance.now() - t0;
    running = false;
    lastCost = passCost;
    lastEnd = performance.now();
    quiet = Math.min(quiet * 2, MAX_QUIET_MS);
    schedule(quiet);
  };

  const begin = () => {
    if (opts.signal.aborted || running) return;
    if (opts.root.visibilityState !== 'visible') return schedule(FIRST_QUIET_MS);
    running = true;
    passCost = 0;
    walkers = [walkerFor(opts.root)];
    step();
  };

  opts.signal.addEventListener('abort', () => clearTimeout(timer));
  schedule(0);
  return {
    poke() {
      quiet = FIRST_QUIET_MS;
      if (!running) schedule(AFTER_CHANGE_MS);
    },
  };
}
