/**
 * The summary as plain text for the clipboard: a note for the claim (lines, verdicts, warnings,
 * checklist progress) or a query to the provider asking for what is not yet documented.
 */
import { verdictText } from '../claim/verdict';
import { othersText, type ClaimWide, type SummaryRow } from './summary-rows';

export type CopyKind = 'note' | 'query';

export function claimNote(rows: readonly SummaryRow[], others: readonly string[] = [], wide: ClaimWide | null = null): string {
  const out = ['CPT Lens claim review'];
  if (wide) {
    out.push(`- Diagnoses: ${wide.diagnoses.length ? wide.diagnoses.join(', ') : 'none read'}`);
    for (const w of wide.warnings) out.push(`  ! ${w}`);
    for (const n of wide.notes) out.push(`  Note: ${n}`);
  }
  for (const r of rows) {
    out.push(`- ${r.written}: ${r.verdict ? verdictText(r.verdict) : 'not checked yet'}`);
    if (r.date) out.push(`  ${r.date}`);
    for (const w of r.warnings) out.push(`  ! ${w}`);
    for (const n of r.notes) out.push(`  Note: ${n}`);
    if (r.checklist) out.push(`  Documentation: ${r.checklist.done} of ${r.checklist.total}`);
  }
  const rest = othersText(others);
  if (rest) out.push(`- ${rest}`);
  return out.join('\n');
}

export function providerQuery(rows: readonly SummaryRow[]): string {
  const asks = rows.filter((r) => r.checklist?.unticked.length);
  if (!asks.length) return 'Documentation is complete for every code on this claim.';
  const out = ['Please document:'];
  for (const r of asks) out.push(`- For ${r.written}: ${r.checklist!.unticked.join('; ')}`);
  return out.join('\n');
}

export const copyText = (kind: CopyKind, rows: readonly SummaryRow[], others: readonly string[] = [], wide: ClaimWide | null = null): string =>
  kind === 'note' ? claimNote(rows, others, wide) : providerQuery(rows);
