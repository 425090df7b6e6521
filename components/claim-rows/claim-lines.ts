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
  for (const [owner, matches] of list) {
    if (!(owner instanceof Text) || readings.has(matches)) continue;
    // At least one row per call, so every call makes progress.
    if (read1 && performance.now() > until) return { lines: [], excluded: [], more: true };
    readings.set(matches, read(owner));
    read1 = true;
  }
  const out = new Map<string, ClaimLine>();
  const excluded: Node[] = [];
  for (const [owner, matches] of list) {
    const row = owner instanceof Text ? readings.get(matches)! : read(owner);
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
