/**
 * The content side of reading the claim. At scan time it only notes which text nodes and
 * fields hold a code shape outside the dataset (code-shapes.ts: one regex per node). At check
 * time it loads the claim reader (claim-reader.ts, injected lazily), lets it decide by their
 * place which of those are codes (claim-codes.ts), merges them into the codes seen, and reads
 * the frame's lines. Codes outside the dataset are marked only when the tab's imports know them
 * (`known`, from the background): without an import nothing outside the dataset is marked.
 */
import type { CodeMatch } from '../detection/find-codes';
import { hasOtherCode } from '../detection/code-shapes';
import { textBefore } from '../detection/text-context';
import type { SeenCodes } from '../page-checks/seen-codes';
import type { ClaimReader, FrameLines } from './claim-reader-api';
import { loadClaimReader } from './claim-reader-loader';
import { lineOf } from './line-of';

export interface ClaimReadingDeps {
  seen: SeenCodes;
  isDataset(code: string): boolean;
  /** The marked codes of a text node changed (classified, or an import now knows them). */
  mark(node: Text, matches: CodeMatch[]): void;
  /** The reader; tests pass it in process. */
  loadReader?(): Promise<ClaimReader>;
  /** Not the page's: our host, skipped when reading diagnoses. */
  ignore?(node: Node): boolean;
}

export interface ClaimReading {
  /**
   * From the scanner: `node` holds (or no longer holds) a code shape outside the dataset. True
   * when that is news the checks must see (a shape to place, or a placed node that lost it).
   */
  otherCodes(node: Text, has: boolean): boolean;
  /** A field's value was read: note it when it holds a shape outside the dataset. */
  fieldRead(field: HTMLElement & { value: string }): void;
  /** The codes to keep for an owner the scan or a field just read (claim codes come back at check time). */
  scanned(owner: Node, matches: CodeMatch[]): CodeMatch[];
  /** Marked among a node's codes: dataset codes, and claim codes the tab's imports know. */
  shows(match: CodeMatch): boolean;
  /** The tab's known non-dataset codes, as the background last answered. */
  setKnown(codes: readonly string[] | undefined): void;
  /** A field's claim codes that are marked (known), for its indicator. */
  markedIn(field: HTMLElement): CodeMatch[];
  /** The frame's claim lines now: places and rows read for at most `budgetMs`; with the diagnoses when asked. */
  readLines(budgetMs: number, withDiagnoses?: boolean): Promise<FrameLines>;
  /** The reader, loaded if needed (null when it cannot load): cards wait for it to show the row. */
  reader(): Promise<ClaimReader | null>;
  prune(): void;
}

/** Lines of codes outside the dataset sent per frame at most: a misleading "Code" column of thousands of numbers stays cheap. */
export const MAX_OTHER_LINES = 500;
/**
 * Owners with claim codes placed per frame at most. A claim has tens of lines; a page with
 * thousands of code-shaped values under a "Code" header is a report or an inventory, and
 * placing all of them would cost more than the whole scan (measured: 10× on 20,000 rows). The
 * first ones in page order are placed; the rest stay unmarked.
 */
export const MAX_CLAIM_OWNERS = 1000;
const CELL = 'td, th, [role=gridcell], [role=cell], [role=rowheader]';
const LABEL = /\b(?:cpt|hcpcs|proc)/i;

/** Could `owner`'s place make a code of it (a table cell, a field, a code label)? Cheap: no row read. */
function mayBeClaim(owner: Node): boolean {
  if (!(owner instanceof Text)) return true;
  return !!owner.parentElement?.closest(CELL) || LABEL.test(textBefore(owner) + owner.data);
}

function merge(scan: readonly CodeMatch[], claim: CodeMatch[]): CodeMatch[] {
  if (!claim.length) return [...scan];
  const taken = new Set(claim.map((m) => m.start));
  return [...scan.filter((m) => !taken.has(m.start)), ...claim].sort((a, b) => a.start - b.start);
}

export function startClaimReading(deps: ClaimReadingDeps, signal: AbortSignal): ClaimReading {
  /** Owners holding a shape outside the dataset, not yet placed. */
  const pending = new Set<Node>();
  /** Every owner with such a shape and the matches the scan (or field) gave it. */
  const scans = new Map<Node, CodeMatch[]>();
  /** Owners with claim codes, and their merged matches as kept in `seen`. */
  const claimed = new Map<Node, CodeMatch[]>();
  /** The value each field was last read with: focusing a field re-reads it without a change. */
  const fieldValues = new WeakMap<Node, string>();
  let known = new Set<string>();
  let reader: Promise<ClaimReader | null> | null = null;
  const shows = (m: CodeMatch) => deps.isDataset(m.code) || (m.claim === true && known.has(m.code));
  // A node's diagnoses are marked beside its own codes (read only while the tab's imports can check them).
  const markDx = (node: Text, dx: CodeMatch[]) => deps.mark(node, [...(deps.seen.get(node) ?? []).filter(shows), ...dx]);

  const note = (owner: Node, has: boolean): boolean => {
    if (has) return !!pending.add(owner);
    const was = pending.delete(owner) || claimed.has(owner);
    scans.delete(owner);
    claimed.delete(owner);
    return was;
  };

  const loadReader = () =>
    (reader ??= (deps.loadReader ?? loadClaimReader)().catch((error: unknown) => {
      console.warn('CPT Lens: the claim reader could not load', error);
      reader = null;
      return null;
    }));

  /** Drops pending owners whose place cannot make a code; true at the first that may (checked once each). */
  const anyMayBeClaim = (): boolean => {
    for (const owner of pending) {
      if (mayBeClaim(owner)) return true;
      void note(owner, false);
    }
    return false;
  };

  /** Places pending owners until the budget runs out; false when some are left. */
  const place = (r: ClaimReader, until: number): boolean => {
    let placed = 0;
    for (const owner of pending) {
      if (claimed.size >= MAX_CLAIM_OWNERS) return true;
      if (placed++ > 0 && performance.now() > until) return false;
      pending.delete(owner);
      if (!owner.isConnected || !mayBeClaim(owner)) continue;
      const claim = r.claimCodes(owner, deps.isDataset);
      const merged = merge(scans.get(owner) ?? [], claim);
      if (claim.length) claimed.set(owner, merged);
      else claimed.delete(owner);
      if (!claim.length && !scans.get(owner)?.length) continue;
      deps.seen.update(owner, merged);
      if (owner instanceof Text) deps.mark(owner, merged.filter(shows));
    }
    return true;
  };

  /** At most MAX_OTHER_LINES lines of codes outside the dataset; dataset lines all go. */
  const capped = (frame: FrameLines): FrameLines => {
    let others = 0;
    const lines = frame.lines.filter((l) => deps.isDataset(l.code) || ++others <= MAX_OTHER_LINES);
    return { ...frame, lines };
  };

  signal.addEventListener('abort', () => {
    pending.clear();
    scans.clear();
    claimed.clear();
  });

  return {
    otherCodes: note,
    fieldRead(field) {
      if (fieldValues.get(field) === field.value) return;
      fieldValues.set(field, field.value);
      claimed.delete(field);
      void note(field, hasOtherCode(field.value, deps.isDataset));
    },
    scanned(owner, matches) {
      // A field read again with the same value keeps what its place made of it.
      const kept = owner instanceof Text ? undefined : claimed.get(owner);
      if (kept) return kept;
      if (pending.has(owner)) scans.set(owner, matches);
      // The text changed: its claim codes are placed again at the next check.
      claimed.delete(owner);
      return matches;
    },
    shows,
    setKnown(codes) {
      const next = new Set(codes ?? []);
      if (next.size === known.size && [...next].every((c) => known.has(c))) return;
      known = next;
      for (const [owner, merged] of claimed) if (owner instanceof Text) deps.mark(owner, merged.filter(shows));
    },
    markedIn: (field) => (claimed.get(field) ?? []).filter((m) => m.claim && shows(m)),
    async readLines(budgetMs, withDiagnoses) {
      const until = performance.now() + budgetMs;
      const none = { lines: [], excluded: [], more: false };
      // The reader loads for codes seen, a shape in a place that may make it a code, or diagnoses
      // asked for (a frame may hold the claim's diagnoses and its lines sit in another).
      const noCodes = deps.seen.entries().next().done && !anyMayBeClaim();
      if (noCodes && !withDiagnoses) return none;
      const r = await loadReader();
      if (signal.aborted) return none;
      // Without the reader the checks still get each code with its own modifiers and units.
      if (!r) return { lines: [...deps.seen.entries()].flatMap(([, ms]) => ms.map((m) => lineOf(m, null))), excluded: [], more: false };
      if (!place(r, until)) return { lines: [], excluded: [], more: true };
      const frame: FrameLines = noCodes ? none : capped(r.claimLines(deps.seen.entries(), Math.max(0, until - performance.now())));
      if (!withDiagnoses || !frame.more) frame.diagnoses = r.diagnoses(withDiagnoses ? document : null, deps.ignore ?? (() => false), markDx);
      return frame;
    },
    reader: () => loadReader(),
    prune() {
      for (const map of [scans, claimed]) for (const owner of map.keys()) if (!owner.isConnected) map.delete(owner);
      for (const owner of pending) if (!owner.isConnected) pending.delete(owner);
    },
  };
}
