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

/** What the provider must still document: unticked checklist items, and a supporting diagnosis where the claim has none. */
export function providerQuery(rows: readonly SummaryRow[], wide: ClaimWide | null = null): string {
  const out = ['Please document:'];
  for (const w of wide?.warnings ?? []) out.push(`- Diagnoses: ${w}`);
  for (const r of rows) {
    const asks = [...r.unsupported.map((u) => `a diagnosis that supports it (${u})`), ...(r.checklist?.unticked ?? [])];
    if (asks.length) out.push(`- For ${r.written}: ${asks.join('; ')}`);
  }
  return out.length > 1 ? out.join('\n') : 'Documentation is complete for every code on this claim.';
}

export const copyText = (kind: CopyKind, rows: readonly SummaryRow[], others: readonly string[] = [], wide: ClaimWide | null = null): string =>
  kind === 'note' ? claimNote(rows, others, wide) : providerQuery(rows, wide);
