/**
 * The imported edit files' findings alone, for the `cpt-lens/cms-check` request (the CMS import
 * test and `npm run bench:cms` time it): one batched lookup of the codes, then the pure rules of
 * claim/edit-rules.ts per date of service — a line's own date, else the given one, else today.
 * Warnings and notes come back together, as the request always answered.
 */
import { checkEdits } from '../claim/edit-rules';
import type { ClaimFinding } from '../claim/finding';
import type { ClaimLine } from '../claim/line';
import { fromIso, today } from '../cms/edit-dates';
import { lookupEdits } from '../cms/edit-lookup';

/** The last check's duration is left as a performance measure, read by `npm run bench:cms`. */
export const CHECK_MEASURE = 'cpt-lens:cms-check';

export async function checkWithEditFiles(lines: readonly ClaimLine[], dateOfService: string | null): Promise<ClaimFinding[]> {
  if (lines.length === 0) return [];
  const start = performance.now();
  const facts = await lookupEdits(lines.map((l) => l.code));
  if (!facts.sets.ptp && !facts.sets.mue && !facts.sets.aoc) return [];
  const fallback = (dateOfService ? fromIso(dateOfService) : null) ?? today();
  const byDay = new Map<number, ClaimLine[]>();
  for (const line of lines) {
    const day = (line.dateOfService ? fromIso(line.dateOfService) : null) ?? fallback;
    byDay.set(day, [...(byDay.get(day) ?? []), line]);
  }
  const findings = [...byDay].flatMap(([day, group]) => checkEdits(group, day, facts));
  performance.clearMeasures(CHECK_MEASURE);
  performance.measure(CHECK_MEASURE, { start, end: performance.now() });
  return findings;
}
