/**
 * The answer first: one line per claim line that says whether the code, as written on that
 * line, fits the claim — "Add-on — primary 50431 on this page ✓", "-26 does not apply to this
 * code ✗", "2 units, MUE 2 ✓". Built from the same findings and facts the checks used (dataset,
 * edit files, MPFS), so the verdict never says ✓ where a warning says otherwise. Pure; the
 * background computes it, the card and the summary show it.
 */
import type { StatusKind } from '../../data/schema';
import type { DateFrom } from './dates';
import type { ClaimFinding } from './finding';
import type { ClaimLine } from './line';

export interface VerdictPart {
  text: string;
  /** true ✓, false ✗, null: nothing to judge (an unverified limit, an unlisted code, a note). */
  ok: boolean | null;
}

/** A line's verdict with the date of service it was checked for and where that date came from. */
export interface LineVerdict {
  key: string;
  parts: VerdictPart[];
  dos: string;
  dosFrom: DateFrom;
}

export interface VerdictInput {
  line: ClaimLine;
  /** The dataset's kind, 'add-on' when a file says so, null when nothing describes the code. */
  kind: StatusKind | null;
  /** Primaries from the dataset and the AOC file in force that day. */
  primaries: readonly string[];
  /** AOC type 2: the contractor defines the primaries. */
  contractorPrimaries: boolean;
  /** The MUE the checks used (the file's when imported) and whether it counts per day. */
  mue: { value: number; perDay: boolean } | null;
  /** Units of this code on all lines of the date. */
  dayUnits: number | null;
  /** Codes on the lines of the same date. */
  dayCodes: ReadonlySet<string>;
  /** False when nothing could name this code's bundled pairs: not in the dataset and no NCCI PTP file. */
  pairsChecked?: boolean;
  /** Warnings and notes about this code on this date. */
  warnings: readonly ClaimFinding[];
  notes: readonly ClaimFinding[];
}

const KIND_LEAD: Record<StatusKind, string> = {
  standard: 'Standalone',
  'add-on': 'Add-on',
  'supervision-interpretation': 'S&I only',
  unlisted: 'Unlisted',
};
const ADDON = new Set(['addon-without-primary', 'aoc-no-primary', 'aoc-contractor-primary']);
const PAIR = new Set(['bundled-pair', 'ptp-never-together', 'ptp-needs-modifier']);

const partners = (code: string, list: readonly ClaimFinding[], kinds: ReadonlySet<string>) => [
  ...new Set(list.filter((f) => kinds.has(f.kind)).flatMap((f) => f.codes.filter((c) => c !== code))),
];

function addOnPart(v: VerdictInput): VerdictPart | null {
  if (v.kind !== 'add-on') return null;
  if (v.warnings.some((w) => ADDON.has(w.kind))) {
    return v.contractorPrimaries && !v.primaries.length
      ? { text: "Add-on — report it with a primary from your contractor's list", ok: false }
      : { text: 'Add-on — no primary on this page', ok: false };
  }
  const found = v.primaries.filter((p) => v.dayCodes.has(p));
  if (found.length) return { text: `Add-on — primary ${found.join(', ')} on this page`, ok: true };
  if (v.contractorPrimaries) return { text: 'Add-on — primaries set by your contractor', ok: null };
  return null;
}

function leadParts(v: VerdictInput): VerdictPart[] {
  const code = v.line.code;
  const others = partners(code, v.warnings, PAIR);
  const addOn = addOnPart(v);
  const lead = v.kind ? KIND_LEAD[v.kind] : 'Code';
  if (addOn) return others.length ? [addOn, { text: `not with ${others.join(', ')} on this page`, ok: false }] : [addOn];
  if (others.length) return [{ text: `${lead} — not with ${others.join(', ')} on this page`, ok: false }];
  if (v.kind === 'unlisted') return [{ text: 'Unlisted — send a special report with the claim', ok: null }];
  if (v.pairsChecked === false) return [{ text: `${lead} — pairs not checked: no NCCI PTP file imported`, ok: null }];
  return [{ text: `${lead} — no bundled pair on this page`, ok: true }];
}

function unitsPart(v: VerdictInput): VerdictPart | null {
  const units = v.line.units;
  if (units === null) return null;
  const written = `${units} ${units === 1 ? 'unit' : 'units'}`;
  if (!v.mue) return { text: `${written}, MUE unverified`, ok: null };
  const day = v.mue.perDay && v.dayUnits !== null && v.dayUnits !== units ? ` (${v.dayUnits} on this date)` : '';
  // ✗ exactly when the checks flagged the units: the verdict and the warning cannot disagree.
  const over = v.warnings.some((w) => w.kind === 'units-over-mue' || w.kind === 'mue-exceeded');
  return { text: `${written}${day}, MUE ${v.mue.value}`, ok: !over };
}

export function verdictFor(v: VerdictInput): VerdictPart[] {
  const parts = leadParts(v);
  for (const other of partners(v.line.code, v.notes, new Set(['ptp-bypassed']))) {
    parts.push({ text: `edit with ${other} bypassed by a modifier (note)`, ok: null });
  }
  for (const m of v.line.modifiers) {
    if (v.warnings.some((w) => w.kind === 'modifier-not-applicable' && w.modifier === m)) parts.push({ text: `-${m} does not apply to this code`, ok: false });
  }
  const units = unitsPart(v);
  if (units) parts.push(units);
  return parts;
}

/** The verdict as one plain line, for the summary and its copied text. */
export function verdictText(parts: readonly VerdictPart[]): string {
  return parts.map((p) => `${p.text}${p.ok === true ? ' ✓' : p.ok === false ? ' ✗' : ''}`).join(' · ');
}

/** "Checked for 2026-12-03 (today: the page shows no date of service)". */
export function dateText(v: Pick<LineVerdict, 'dos' | 'dosFrom'>): string {
  if (v.dosFrom === 'line') return `Date of service ${v.dos}`;
  if (v.dosFrom === 'claim') return `Date of service ${v.dos} (the claim's date; none on this line)`;
  return `Checked for ${v.dos} (today: the page shows no date of service)`;
}
