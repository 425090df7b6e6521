/**
 * What a card or a summary row shows for one line, read from the checked claim: its verdict
 * (with the date it was checked for), and the warnings and notes about its code on that date.
 * Claim-wide notes (a stale file) reach every line of their date.
 */
import type { ClaimResult } from './check-claim';
import { findingsFor, type ClaimFinding } from './finding';
import { lineKey, type ClaimLine } from './line';
import type { LineVerdict } from './verdict';

export type CheckedClaim = Pick<ClaimResult, 'lines' | 'warnings' | 'notes' | 'verdicts'>;

export interface LineView {
  verdict: LineVerdict;
  warnings: ClaimFinding[];
  notes: ClaimFinding[];
}

/** The line's own verdict; else (a bare mention the claim merged away) the first line of its code. */
export function lineView(claim: CheckedClaim, line: ClaimLine): LineView | null {
  const key = lineKey(line);
  const verdict = claim.verdicts.find((v) => v.key === key) ?? claim.verdicts.find((v) => v.key.startsWith(`${line.code}|`));
  if (!verdict) return null;
  const sameDay = (f: ClaimFinding) => !f.dateOfService || f.dateOfService === verdict.dos;
  return {
    verdict,
    warnings: findingsFor(line.code, claim.warnings).filter(sameDay),
    notes: findingsFor(line.code, claim.notes).filter(sameDay),
  };
}
