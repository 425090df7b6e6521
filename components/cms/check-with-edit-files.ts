/**
 * The background entry point the tab-wide checker calls (see /work/notes/INTERFACES.md):
 * one batched lookup of every code on the tab, then the pure checks per date of service: a
 * line's own date, else the page's (YYYY-MM-DD), else today. No imported files → no warnings.
 */
import type { PageWarning } from '../page-checks/check-codes';
import { fromIso, today } from './edit-dates';
import { checkEdits, type EditCheckLine } from './check-edit-files';
import { lookupEdits } from './edit-lookup';

/** The last check's duration is left as a performance measure, read by `npm run bench:cms`. */
export const CHECK_MEASURE = 'cpt-lens:cms-check';

export async function checkWithEditFiles(lines: readonly EditCheckLine[], dateOfService: string | null): Promise<PageWarning[]> {
  if (lines.length === 0) return [];
  const start = performance.now();
  const facts = await lookupEdits(lines.map((l) => l.code));
  if (!facts.sets.ptp && !facts.sets.mue && !facts.sets.aoc) return [];
  // PTP, MUE and add-on edits apply per date of service: lines dated differently are checked apart.
  const fallback = (dateOfService ? fromIso(dateOfService) : null) ?? today();
  const byDay = new Map<number, EditCheckLine[]>();
  for (const line of lines) {
    const day = (line.dateOfService ? fromIso(line.dateOfService) : null) ?? fallback;
    byDay.set(day, [...(byDay.get(day) ?? []), line]);
  }
  const warnings = [...byDay].flatMap(([day, group]) => checkEdits(group, day, facts));
  performance.clearMeasures(CHECK_MEASURE);
  performance.measure(CHECK_MEASURE, { start, end: performance.now() });
  return warnings;
}
