/**
 * Turns the codes seen in a frame into its claim lines: each match takes the modifiers and units
 * written beside it plus those of its row or line form. Matches in an excluded column (ZIP, MRN,
 * amount…) are dropped and reported, so the caller can stop marking them.
 */
import type { CodeMatch } from '../detection/find-codes';
import { lineKey, type ClaimLine } from '../claim/line';
import { lineOf } from './line-of';
import type { FrameLines } from './claim-reader-api';
import type { RowReading } from './row-reading';

export type { FrameLines } from './claim-reader-api';

/**
 * Readings of page text kept per match list: the scanner hands a new list whenever a node's
 * text changes (a recycled row rewrites its code cell), so an unchanged node is not read again
 * and a check on a big table costs only its changed rows. Fields are always read afresh: their
 * modifier and units neighbours change without their own value changing.
 */
const readings = new WeakMap<readonly CodeMatch[], RowReading | null>();

/**
 * Text nodes whose rows are read per check at most. A claim has tens of lines; a page with
 * thousands of codes is a report, where reading every row cost more than the scan itself
 * (120 ms of 494 ms main-thread time on the 20k-row bench table). Past the cap a code keeps its
 * own modifiers and units (the text beside it), as it does before the reader loads.
 */
export const MAX_ROWS_READ = 1000;

export function claimLines(
  seen: Iterable<readonly [Node, readonly CodeMatch[]]>,
  read: (owner: Node) => RowReading | null,
  budgetMs = Infinity,
): FrameLines {
  const list = Array.isArray(seen) ? (seen as ReadonlyArray<readonly [Node, readonly CodeMatch[]]>) : [...seen];
  // A first check of a 20,000-row table reads thousands of rows: in slices, not one long task.
  // Rows first; the lines are built only once every row is read, so a slice that runs out of
  // time costs its reads and a look-up per code, not a line per code.
  const until = performance.now() + budgetMs;
  let read1 = false;
  let texts = 0;
  for (const [owner, matches] of list) {
    if (!(owner instanceof Text) || ++texts > MAX_ROWS_READ || readings.has(matches)) continue;
    // At least one row per call, so every call makes progress.
    if (read1 && performance.now() > until) return { lines: [], excluded: [], more: true };
    readings.set(matches, read(owner));
    read1 = true;
  }
  const out = new Map<string, ClaimLine>();
  const excluded: Node[] = [];
  for (const [owner, matches] of list) {
    const row = owner instanceof Text ? (readings.get(matches) ?? null) : read(owner);
    if (row?.column === 'excluded') {
      excluded.push(owner);
      continue;
    }
    for (const m of matches) {
      const line = lineOf(m, row);
      out.set(lineKey(line), line);
    }
  }
  // A bare mention ("see 50431") adds nothing when a line of the same code says more.
  const lines = [...out.values()];
  const detailed = new Set(lines.filter((l) => l.modifiers.length || l.units !== null).map((l) => l.code));
  return { lines: lines.filter((l) => l.modifiers.length || l.units !== null || !detailed.has(l.code)), excluded, more: false };
}
