/**
 * Which date of service each line is checked for, and whether the imported files cover it.
 * A line's own date (the row's DOS cell or field) wins; a line without one takes the claim's
 * date when every dated line shares one; otherwise today, and the card says so. Lines of
 * different dates are never checked against each other (pairs, add-on/primary, MUE per day).
 */
import type { ClaimFinding } from './finding';
import type { ClaimLine } from './line';

export type DateFrom = 'line' | 'claim' | 'today';
export interface DatedLine {
  line: ClaimLine;
  dos: string;
  from: DateFrom;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function dateLines(lines: readonly ClaimLine[], today: string): DatedLine[] {
  const dates = new Set(lines.flatMap((l) => (l.dateOfService && ISO.test(l.dateOfService) ? [l.dateOfService] : [])));
  const claimDate = dates.size === 1 ? [...dates][0]! : null;
  return lines.map((line) =>
    line.dateOfService && ISO.test(line.dateOfService)
      ? { line, dos: line.dateOfService, from: 'line' }
      : claimDate
        ? { line, dos: claimDate, from: 'claim' }
        : { line, dos: today, from: 'today' },
  );
}

export function byDate(dated: readonly DatedLine[]): Map<string, DatedLine[]> {
  const out = new Map<string, DatedLine[]>();
  for (const d of dated) out.set(d.dos, [...(out.get(d.dos) ?? []), d]);
  return out;
}

/** What staleNotes reads of an imported set: the period its files name ("2026Q2", or "2026" for the MPFS). */
export interface PeriodSet {
  files: ReadonlyArray<{ quarter?: string | null; version?: string | null; year?: number | null }>;
  year?: number | null;
}
export interface StaleSets {
  ptp?: PeriodSet | undefined;
  mue?: PeriodSet | undefined;
  aoc?: PeriodSet | undefined;
  mpfs?: PeriodSet | undefined;
}

function periodOf(set: PeriodSet): { year: number; quarter: number | null } | null {
  const file = set.files[0];
  const year = set.year ?? file?.year;
  if (year) return { year, quarter: null };
  const m = /(\d{4})\s*Q?([1-4])?/i.exec(file?.quarter ?? file?.version ?? '');
  return m ? { year: Number(m[1]), quarter: m[2] ? Number(m[2]) : null } : null;
}

const QUARTER_END = ['03-31', '06-30', '09-30', '12-31'];
const LABEL = { ptp: 'PTP edits are', mue: 'MUE values are', aoc: 'Add-on code edits are' } as const;

/**
 * Notes for files whose period ended before the date of service (they are still used), and for
 * an MPFS file of another year than the claim's. Pure, for the cards, the summary and the
 * Options page (which passes today).
 */
export function staleNotes(sets: StaleSets, dos: string): ClaimFinding[] {
  const out: ClaimFinding[] = [];
  const note = (message: string): ClaimFinding => ({ kind: 'stale-file', codes: [], message, dateOfService: dos });
  for (const kind of ['ptp', 'mue', 'aoc'] as const) {
    const set = sets[kind];
    const p = set && periodOf(set);
    if (!p) continue;
    const end = `${p.year}-${QUARTER_END[(p.quarter ?? 4) - 1]}`;
    const label = p.quarter ? `${p.year} Q${p.quarter}` : String(p.year);
    if (dos > end) out.push(note(`${LABEL[kind]} for ${label}; this claim is dated ${dos} — import the current quarter.`));
  }
  const fee = sets.mpfs && periodOf(sets.mpfs);
  const year = Number(dos.slice(0, 4));
  if (fee && fee.year < year) out.push(note(`The MPFS file is for ${fee.year}; this claim is dated ${dos} — import the ${year} file.`));
  else if (fee && fee.year > year) out.push(note(`The MPFS file is for ${fee.year}; this claim is dated ${dos} — its indicators may differ for ${year}.`));
  return out;
}
