/**
 * The summary panel's rows: every checked line of the tab's claim (all frames) with the verdict,
 * warnings and notes the background gave it, and its checklist progress. Pure: the panel and
 * the copied text read the same rows.
 */
import type { CodeEntry } from '../../data/schema';
import { lineView, type CheckedClaim } from '../claim/line-view';
import type { ClaimLine } from '../claim/line';
import { dateText, type VerdictPart } from '../claim/verdict';

export interface SummaryRow {
  line: ClaimLine;
  /** "50706-LT x2" */
  written: string;
  /** Null until the background has checked the line. */
  verdict: VerdictPart[] | null;
  /** "Date of service 2026-05-04", or which date was assumed. */
  date: string | null;
  warnings: string[];
  notes: string[];
  /** Why no diagnosis on the claim supports the line (medical necessity), for the provider query. */
  unsupported: string[];
  /** Null for codes the dataset does not describe (known from the imported files, or its rules). */
  checklist: { done: number; total: number; unticked: string[] } | null;
}

export const writtenLine = (l: ClaimLine): string => [l.code, ...l.modifiers].join('-') + (l.units !== null ? ` x${l.units}` : '');

export function summaryRows(claim: CheckedClaim, entryOf: (code: string) => CodeEntry | undefined, ticked: (code: string) => ReadonlySet<string>): SummaryRow[] {
  return claim.lines.map((line) => {
    const entry = entryOf(line.code);
    const here = lineView(claim, line);
    const done = entry ? ticked(line.code) : new Set<string>();
    return {
      line,
      written: writtenLine(line),
      verdict: here?.verdict.parts ?? null,
      date: here ? dateText(here.verdict) : null,
      warnings: here?.warnings.map((w) => w.message) ?? [],
      notes: here?.notes.map((n) => n.message) ?? [],
      unsupported: here?.warnings.filter((w) => w.kind === 'necessity-not-supported').map((w) => w.message) ?? [],
      checklist: entry
        ? {
            done: entry.checklist.items.filter((i) => done.has(i.id)).length,
            total: entry.checklist.items.length,
            unticked: entry.checklist.items.filter((i) => !done.has(i.id)).map((i) => i.text),
          }
        : null,
    };
  });
}

/** "3 other codes — import the CMS files to check them" (codes nobody knows are not checked). */
export function othersText(others: readonly string[]): string | null {
  if (!others.length) return null;
  return `${others.length} other ${others.length === 1 ? 'code' : 'codes'} (${others.join(', ')}) — import the CMS files to check them`;
}

/** The claim's diagnoses and what is said about them as a whole (header codes, Excludes1, set-up). */
export interface ClaimWide {
  diagnoses: string[];
  warnings: string[];
  notes: string[];
}

export function claimWide(claim: CheckedClaim & { diagnoses?: readonly string[] }): ClaimWide | null {
  const wide = (list: CheckedClaim['warnings']) => list.filter((f) => f.codes.length === 0).map((f) => f.message);
  const out = { diagnoses: [...(claim.diagnoses ?? [])], warnings: wide(claim.warnings), notes: wide(claim.notes) };
  return out.diagnoses.length || out.warnings.length || out.notes.length ? out : null;
}
