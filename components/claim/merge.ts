/**
 * One warning per problem: when the dataset and an imported file find the same thing (an
 * add-on without its primary, a pair that bundles, units over the MUE), the claim shows one
 * warning that cites both, the file's words first (CMS's file is the payer's own rule).
 */
import type { ClaimFinding } from './finding';

const FAMILY: Partial<Record<ClaimFinding['kind'], string>> = {
  'addon-without-primary': 'addon',
  'aoc-no-primary': 'addon',
  'bundled-pair': 'pair',
  'ptp-never-together': 'pair',
  'ptp-needs-modifier': 'pair',
  'units-over-mue': 'mue',
  'mue-exceeded': 'mue',
};
const FROM_DATASET = new Set<ClaimFinding['kind']>(['addon-without-primary', 'bundled-pair', 'units-over-mue']);

const problemKey = (f: ClaimFinding): string =>
  [FAMILY[f.kind] ?? f.kind, [...f.codes].sort().join('+'), f.modifier ?? '', f.dateOfService ?? ''].join('|');

export function mergeFindings(findings: readonly ClaimFinding[]): ClaimFinding[] {
  const byProblem = new Map<string, ClaimFinding>();
  for (const f of findings) {
    const key = problemKey(f);
    const seen = byProblem.get(key);
    if (!seen) {
      byProblem.set(key, f);
      continue;
    }
    if (seen.message === f.message) continue;
    const [lead, other] = FROM_DATASET.has(seen.kind) && !FROM_DATASET.has(f.kind) ? [f, seen] : [seen, f];
    byProblem.set(key, { ...lead, message: `${lead.message} Also in CPT Lens's dataset: ${other.message}` });
  }
  return [...byProblem.values()];
}
