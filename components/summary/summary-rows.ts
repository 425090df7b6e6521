/**
 * The summary panel's rows: every line on the tab's claim (all frames) with its verdict, its
 * warnings and its checklist progress. Pure: the panel and the copied text read the same rows.
 */
import { modifierProblems } from '../../data/modifier-validity';
import type { CodeEntry } from '../../data/schema';
import { verdictFor, type VerdictPart } from '../card/verdict';
import type { PageWarning } from '../page-checks/check-codes';
import type { ClaimLine } from '../page-checks/claim-line';

export interface SummaryRow {
  line: ClaimLine;
  /** "50706-LT x2" */
  written: string;
  /** Null for codes the rules mention but the dataset does not describe. */
  verdict: VerdictPart[] | null;
  warnings: string[];
  checklist: { done: number; total: number; unticked: string[] } | null;
}

export const writtenLine = (l: ClaimLine): string => [l.code, ...l.modifiers].join('-') + (l.units !== null ? ` x${l.units}` : '');

export function summaryRows(
  lines: readonly ClaimLine[],
  warnings: readonly PageWarning[],
  entryOf: (code: string) => CodeEntry | undefined,
  ticked: (code: string) => ReadonlySet<string>,
): SummaryRow[] {
  const pageCodes = new Set(lines.map((l) => l.code));
  return lines.map((line) => {
    const entry = entryOf(line.code);
    const mine = warnings.filter((w) => w.codes.includes(line.code));
    const done = entry ? ticked(line.code) : new Set<string>();
    return {
      line,
      written: writtenLine(line),
      verdict: entry
        ? verdictFor({
            code: line.code,
            kind: entry.status.kind,
            primaries: (entry.status.primaries ?? []).map((p) => p.code),
            mue: entry.feeSchedule.mue.value,
            badModifiers: modifierProblems(entry),
            modifiers: line.modifiers,
            units: line.units,
            pageCodes,
            warnings: mine,
          })
        : null,
      warnings: mine.map((w) => w.message),
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
