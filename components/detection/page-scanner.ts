/**
 * Walks a document's text (and its open shadow roots) in time slices and keeps, per text
 * node, the codes found in it. The MutationObserver callback only queues; a batched pass on
 * the next frame rescans what changed. It never writes to the page.
 */
import { matchesInWindow, type FindCodes } from './node-matches';
import type { CodeMatch } from './find-codes';

export interface ScanSink {
  /** Called with the node's current matches (empty when a node no longer has any). */
  update(node: Text, matches: CodeMatch[]): void;
  /** Called after a batch with nodes that left the document. */
  prune(): void;
  shadowRootFound?(root: ShadowRoot): void;
  /** The page added these elements: new open shadow roots may have come with them. */
  elementsAdded?(elements: Element[]): void;
  /**
   * Whether a scanned text node holds a code shape outside the tracked set (`otherCodes` said
   * so); told for such nodes and for rescanned ones, so a node that lost its shape is forgotten.
   */
  otherCodes?(node: Text, has: boolean): void;
}

export interface ScannerOptions {
  find: FindCodes;
  prefilter: (text: string) => boolean;
  /** A cheap test for code shapes the finder does not track (claim-context codes, decided later). */
  otherCodes?: (text: string) => boolean;
  sink: ScanSink;
  /** Main-thread budget per slice (default 5 ms); the ceiling for any task is 10 ms. */
  sliceMs?: number;
  /** Elements we own (our host) and must never scan. */
  ignore?: (el: Element) => boolean;
}

/** Elements whose text is not page prose (one selector: matched natively, case-insensitive for HTML). */
const SKIP_SELECTOR = 'script,style,noscript,template,textarea,input,select,option,iframe,object,svg,canvas,head,title';
/** Text nodes longer than this are read in windows of this size, one window per check. */
const WINDOW = 32 * 1024;
const PRUNE_EVERY_MS = 200;
const OBSERVE: MutationObserverInit = { childList: true, subtree: true, characterData: true };

export class PageScanner {
  /** Subtrees to walk; `rescan` when their text may have had matches before. */
  private readonly roots: Array<{ node: Node; rescan: boolean }> = [];
  private walker: TreeWalker | null = null;
  private walkerRescans = false;
  private readonly dirty = new Set<Text>();
  /** A huge text node being read window by window. */
  private big: { node: Text; from: number; matches: CodeMatch[] } | null = null;
  private pending: MutationRecord[] = [];
  private readonly seenRoots = new WeakSet<Node>();
  private readonly observer: MutationObserver;
  private pumpScheduled = false;
  private flushScheduled = false;
  private removals = false;
  private lastPrune = -Infinity;
  private stopped = false;
  /** Text read ahead of the walk because it was on screen; the walk skips it once. */
  private readonly early = new WeakSet<Text>();
  private screenQueued = false;
  private readonly ended = new AbortController();
  readonly stats = { slices: 0, longestSliceMs: 0, nodes: 0 };

  constructor(private readonly opts: ScannerOptions) {
    // Only queue here: work inside the callback stalls the page's own updates.
    this.observer = new MutationObserver((records) => {
      for (const r of records) this.pending.push(r);
      this.scheduleFlush();
    });
  }

  /** Starts watching and scanning a document or shadow root. */
  addRoot(root: Document | ShadowRoot): void {
    if (this.seenRoots.has(root)) return;
    this.seenRoots.add(root);
    this.observer.observe(root, OBSERVE);
    if (root instanceof ShadowRoot) this.opts.sink.shadowRootFound?.(root);
    // A scroll while the first walk runs: the table rows that come on screen are read in the next
    // frame, not when the walk gets there (half a second into a 20k-row table). Capture: inner scrollers too.
    else root.addEventListener('scroll', () => this.queueScreen(), { capture: true, passive: true, signal: this.ended.signal });
    this.enqueue(root, false);
  }

  private queueScreen(): void {
    if (this.screenQueued || !this.hasWork()) return;
    this.screenQueued = true;
    requestAnimationFrame(() => {
      this.screenQueued = false;
      if (!this.stopped) this.readScreen();
    });
  }

  /**
   * Reads the table rows on screen: the table under the viewport's middle (two hit tests), its
   * first row on screen by binary search over row boxes, then rows until the bottom edge. A hit
   * test per row costs ~0.25 ms in a 20k-row table (Blink looks for the row), a box read almost nothing.
   */
  private readScreen(): void {
    for (const x of [24, innerWidth / 2]) {
      const table = document.elementFromPoint(x, innerHeight / 2)?.closest('table,[role=grid]');
      if (!table || !this.accepts(table)) continue;
      const rows = table.querySelectorAll('tr,[role=row]');
      let lo = 0;
      let hi = rows.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (rows[mid]!.getBoundingClientRect().bottom < 0) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < rows.length && rows[i]!.getBoundingClientRect().top < innerHeight; i++) {
        const walker = this.makeWalker(rows[i]!);
        for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
          if (this.early.has(n)) continue;
          this.early.add(n);
          this.scanText(n, false);
        }
      }
    }
  }

  stop(): void {
    this.stopped = true;
    this.ended.abort();
    this.observer.disconnect();
    this.roots.length = 0;
    this.walker = null;
    this.big = null;
  }

  /** True when nothing is queued or being walked. */
  get idle(): boolean {
    return !this.hasWork() && !this.removals && this.pending.length === 0 && !this.flushScheduled;
  }

  private hasWork(): boolean {
    return this.walker !== null || this.big !== null || this.roots.length > 0 || this.dirty.size > 0;
  }

  private enqueue(node: Node, rescan: boolean): void {
    this.roots.push({ node, rescan });
    this.schedulePump();
  }

  private schedulePump(): void {
    if (this.pumpScheduled || this.stopped) return;
    this.pumpScheduled = true;
    setTimeout(() => this.pump(), 0);
  }

  private scheduleFlush(): void {
    if (this.flushScheduled || this.stopped) return;
    this.flushScheduled = true;
    const run = () => {
      if (!this.flushScheduled) return;
      this.flushScheduled = false;
      this.flush();
    };
    // rAF batches with the page's frame; the timer covers hidden tabs where rAF sleeps.
    requestAnimationFrame(run);
    setTimeout(run, 100);
  }

  private flush(): void {
    const records = this.pending;
    this.pending = [];
    const addedElements: Element[] = [];
    for (const r of records) {
      if (r.type === 'characterData') {
        if (r.target.nodeType === Node.TEXT_NODE) this.dirty.add(r.target as Text);
        continue;
      }
      if (r.removedNodes.length) this.removals = true;
      r.addedNodes.forEach((n) => {
        // Nodes added and removed again within the batch need no look.
        if (!n.isConnected) return;
        if (n.nodeType === Node.TEXT_NODE) this.dirty.add(n as Text);
        else if (n.nodeType === Node.ELEMENT_NODE && this.accepts(n as Element)) {
          this.roots.push({ node: n, rescan: true });
          addedElements.push(n as Element);
        }
      });
    }
    if (addedElements.length) this.opts.sink.elementsAdded?.(addedElements);
    this.schedulePump();
  }

  private accepts(el: Element): boolean {
    return !el.matches(SKIP_SELECTOR) && !this.opts.ignore?.(el);
  }

  private makeWalker(root: Node): TreeWalker {
    const doc = root.ownerDocument ?? (root as Document);
    // Text only and no filter callback: a JS call per element is most of a walk's cost.
    // Open shadow roots are found by the shadow sweep instead.
    return doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  }

  /**
   * Page prose, not text under script, style, a field or our own host. Checked only for
   * candidates, natively: one closest() instead of a JS call per ancestor (34 ms of a 20k-row
   * table's load profile went to climbing).
   */
  private isProse(node: Text): boolean {
    const parent = node.parentElement;
    return !!parent && !parent.closest(SKIP_SELECTOR) && !this.opts.ignore?.(parent);
  }

  private scanText(node: Text, rescan: boolean): void {
    this.stats.nodes++;
    const tracked = this.opts.prefilter(node.data);
    const other = this.opts.otherCodes?.(node.data) === true;
    const prose = (tracked || other) && this.isProse(node);
    // Noting the node is all the scan does for other shapes: their place is read later, lazily.
    if (other || rescan) this.opts.sink.otherCodes?.(node, other && prose);
    if (!tracked || !prose) {
      // Most text has no code; only text that may have had one needs telling.
      if (rescan) this.opts.sink.update(node, []);
    } else if (node.data.length > WINDOW) {
      this.big = { node, from: 0, matches: [] };
    } else {
      this.opts.sink.update(node, matchesInWindow(node, this.opts.find, 0, node.data.length));
    }
  }

  /** Reads the next window of a huge node; true when the node is done. */
  private readBigWindow(): void {
    const big = this.big!;
    if (!big.node.isConnected) {
      this.big = null;
      return;
    }
    const to = Math.min(big.from + WINDOW, big.node.data.length);
    big.matches.push(...matchesInWindow(big.node, this.opts.find, big.from, to));
    big.from = to;
    if (to >= big.node.data.length) {
      this.big = null;
      this.opts.sink.update(big.node, big.matches);
    }
  }

  private pump(): void {
    this.pumpScheduled = false;
    if (this.stopped) return;
    // 5 ms leaves room for a minor GC inside a slice without passing the 10 ms ceiling.
    const budget = this.opts.sliceMs ?? 5;
    const t0 = performance.now();
    let n = 0;
    const outOfTime = () => (++n & 7) === 0 && performance.now() - t0 > budget;
    try {
      const drainBig = () => {
        while (this.big) {
          this.readBigWindow();
          if (performance.now() - t0 > budget) return false;
        }
        return true;
      };
      if (!drainBig()) return;
      for (const node of this.dirty) {
        this.dirty.delete(node);
        if (node.isConnected) this.scanText(node, true);
        if (!drainBig() || outOfTime()) return;
      }
      while (this.walker || this.roots.length) {
        if (!this.walker) {
          const root = this.roots.shift()!;
          if (!root.node.isConnected) continue;
          this.walker = this.makeWalker(root.node);
          this.walkerRescans = root.rescan;
        }
        let next = this.walker.nextNode();
        for (; next; next = this.walker.nextNode()) {
          if (this.early.delete(next as Text)) continue;
          this.scanText(next as Text, this.walkerRescans);
          if (!drainBig() || outOfTime()) return;
        }
        this.walker = null;
      }
      // Pruning visits every known hit, so under constant churn it runs at most every 200 ms;
      // removed elements also leave the viewport observer, which unregisters their ranges.
      if (this.removals && performance.now() - this.lastPrune > PRUNE_EVERY_MS) {
        this.removals = false;
        this.lastPrune = performance.now();
        this.opts.sink.prune();
      }
    } finally {
      const spent = performance.now() - t0;
      this.stats.slices++;
      this.stats.longestSliceMs = Math.max(this.stats.longestSliceMs, spent);
      if (this.hasWork()) this.schedulePump();
      else if (this.removals && !this.pumpScheduled && !this.stopped) {
        // Only a throttled prune is left: come back when it is due, not in a busy loop.
        this.pumpScheduled = true;
        setTimeout(() => this.pump(), Math.max(0, PRUNE_EVERY_MS - (performance.now() - this.lastPrune)));
      }
    }
  }
}
