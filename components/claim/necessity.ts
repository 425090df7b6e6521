/**
 * Medical necessity on the claim: the coverage rule's answer (coverage/check-necessity.ts) put
 * into the claim's own words — a warning per line no diagnosis supports (counted on the badge
 * like any claim warning), notes apart, one verdict part per line ("M17.11 supports it, A59001
 * ✓"), and the diagnoses' own problems (header code, 7th character, Excludes1) as claim-wide
 * warnings. Pure; the background's tab checks call it after checkClaim.
 */
import type { NecessityFinding, NecessityLine, NecessityResult } from '../coverage/necessity-types';
import type { ClaimResult } from './check-claim';
import type { ClaimFinding } from './finding';
import { lineKey, type ClaimLine } from './line';
import type { VerdictPart } from './verdict';

export const necessityLines = (lines: readonly ClaimLine[]): NecessityLine[] =>
  lines.map((l) => ({ code: l.code, modifiers: l.modifiers, dateOfService: l.dateOfService ?? null }));

function verdictPart(line: NecessityResult['lines'][number]): VerdictPart | null {
  const covered = line.findings.find((f) => f.kind === 'covered');
  if (line.verdict === 'covered' && covered) {
    const dx = covered.diagnoses ?? [];
    return { text: `${dx.join(' + ')} ${dx.length > 1 ? 'support' : 'supports'} it (${covered.articleId})`, ok: true };
  }
  if (line.verdict === 'not-covered') return { text: 'no diagnosis on this claim supports it', ok: false };
  if (line.verdict === 'no-article') return { text: 'no coverage article lists it', ok: null };
  if (line.findings.some((f) => f.kind === 'not-covered')) return { text: 'no diagnosis read to check it against', ok: null };
  return null;
}

/** Codes a coverage article of the chosen contractor lists: the tab checks treat them like file-known codes. */
export const listedCodes = (result: NecessityResult): string[] =>
  result.lines.filter((l) => l.verdict === 'covered' || l.verdict === 'not-covered' || l.findings.some((f) => f.articleId || f.kind === 'not-covered')).map((l) => l.code);

function toFinding(f: NecessityFinding, codes: string[]): ClaimFinding {
  const kind = f.level !== 'warning' ? 'necessity-note' : codes.length ? 'necessity-not-supported' : 'diagnosis-problem';
  return { kind, codes, message: f.text, ...(f.diagnoses?.length ? { diagnoses: f.diagnoses } : {}) };
}

/**
 * Adds the necessity answer to a checked claim: `lines` and `diagnoses` are the ones `result`
 * was computed for. A claim-wide finding about no code in particular (the file's fiscal year,
 * Excludes1 not checked) is about every diagnosis, so each diagnosis card shows it.
 */
export function withNecessity(claim: ClaimResult, lines: readonly ClaimLine[], result: NecessityResult, diagnoses: readonly string[] = []): ClaimResult {
  const warnings = [...claim.warnings];
  const notes = [...claim.notes];
  const seen = new Set([...warnings, ...notes].map((f) => `${f.codes.join()}|${f.message}`));
  const push = (f: ClaimFinding) => {
    const key = `${f.codes.join()}|${f.message}`;
    if (seen.has(key)) return;
    seen.add(key);
    (f.kind === 'necessity-note' ? notes : warnings).push(f);
  };
  for (const f of result.claim) push(toFinding(f.diagnoses?.length || !diagnoses.length ? f : { ...f, diagnoses: [...diagnoses] }, []));
  const parts = new Map<string, VerdictPart>();
  for (const r of result.lines) {
    const line = lines[r.index];
    if (!line) continue;
    for (const f of r.findings) if (f.level !== 'ok') push(toFinding(f, [line.code]));
    const part = verdictPart(r);
    if (part) parts.set(lineKey(line), part);
  }
  const verdicts = claim.verdicts.map((v) => {
    const part = parts.get(v.key);
    return part ? { ...v, parts: [...v.parts, { ...part, text: `Medical necessity — ${part.text}` }] } : v;
  });
  return { ...claim, warnings, notes, verdicts };
}
