/**
 * Finds open shadow roots attached after their host was scanned. attachShadow() raises no
 * mutation and we don't patch page prototypes, so a low-rate sweep walks the elements in
 * slices while the page is visible. Its period stretches with the page's size so big pages
 * pay no more than a small fraction of a core.
 */
export interface SweepOptions {
  root: Document;
  found(root: ShadowRoot): void;
  sliceMs?: number;
  minPeriodMs?: number;
}

export function startShadowSweep(opts: SweepOptions, signal: AbortSignal): void {
  const slice = opts.sliceMs ?? 6;
  const minPeriod = opts.minPeriodMs ?? 1500;
  let walkers: TreeWalker[] = [];
  let busyMs = 0;

  const walkerFor = (root: Node) => opts.root.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);

  const step = () => {
    if (signal.aborted) return;
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
        busyMs += performance.now() - t0;
        setTimeout(step, 0);
        return;
      }
    }
    busyMs += performance.now() - t0;
    // Spend at most ~2% of a core on sweeping.
    const period = Math.max(minPeriod, busyMs * 50);
    busyMs = 0;
    setTimeout(start, period);
  };

  const start = () => {
    if (signal.aborted) return;
    if (opts.root.visibilityState !== 'visible') {
      setTimeout(start, minPeriod);
      return;
    }
    walkers = [walkerFor(opts.root)];
    step();
  };
  setTimeout(start, minPeriod);
}
