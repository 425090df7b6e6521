/**
 * The medical-necessity rule: for each claim line, do the claim's diagnoses support its code
 * under the chosen contractor's billing and coding articles? Pure — all data comes in
 * `lookups` (coverage-lookup.ts and icd10/icd-lookup.ts fill it; lookup-necessity.ts does both).
 *
 *   covered      a diagnosis is among an article's covered codes, and its group's rule (a
 *                secondary code from another group) is met by another diagnosis → ✓
 *   needs-group  a covered diagnosis whose group needs a code of another group that is absent
 *   not-covered  no diagnosis is among any listing article's covered codes → warning + ABN note
 *   never-covered a diagnosis the article lists as never supporting its codes → warning
 *   no-article   no article of the contractor lists the code → a note, never "covered"
 */
import { placeDot } from '../icd10/icd-code';
import { checkDiagnoses } from './check-diagnoses';
import type { CoverageArticle, GroupRule } from './coverage-types';
import type { NecessityFinding, NecessityInput, NecessityLine, NecessityLineResult, NecessityResult } from './necessity-types';

const ABN_MODIFIERS = ['GA', 'GZ', 'GX'];
const ROLE = { secondary: 'a secondary code', primary: 'a primary code', with: 'a code' } as const;

const groupList = (gs: readonly number[]) => (gs.length === 1 ? `group ${gs[0]}` : `groups ${gs.slice(0, -1).join(', ')} or ${gs[gs.length - 1]}`);

function applies(a: CoverageArticle, dos: string | null): string | null {
  if (!dos) return null;
  if (a.effective && dos < a.effective) return `${a.id} takes effect ${a.effective}, after this date of service (${dos}): not applied.`;
  if (a.ends && dos > a.ends) return `${a.id} ended ${a.ends}, before this date of service (${dos}): not applied.`;
  return null;
}

interface ArticleVerdict {
  covering: string[];
  unmet: Array<{ dx: string; group: number; rule: Extract<GroupRule, { kind: 'needs' }> }>;
  never: string[];
}

function judge(a: CoverageArticle, dx: readonly string[]): ArticleVerdict {
  const rules = new Map(a.groups.map((g) => [g.group, g.rule]));
  const covering: string[] = [];
  const unmet: ArticleVerdict['unmet'] = [];
  for (const d of dx) {
    const groups = a.covered[d];
    if (!groups) continue;
    let ok = false;
    let firstUnmet: ArticleVerdict['unmet'][number] | null = null;
    for (const g of groups) {
      const rule = rules.get(g) ?? { kind: 'alone' as const };
      if (rule.kind === 'alone') ok = true;
      else if (dx.some((e) => e !== d && a.covered[e]?.some((h) => rule.groups.includes(h)))) ok = true;
      else firstUnmet ??= { dx: d, group: g, rule };
    }
    if (ok) covering.push(d);
    else if (firstUnmet) unmet.push(firstUnmet);
  }
  return { covering, unmet, never: dx.filter((d) => a.noncovered[d]) };
}

function checkLine(line: NecessityLine, index: number, input: NecessityInput, dx: readonly string[]): NecessityLineResult {
  const { lookups } = input;
  const code = line.code.trim().toUpperCase();
  const findings: NecessityFinding[] = [];
  const result = (verdict: NecessityLineResult['verdict']): NecessityLineResult => ({ index, code, verdict, findings });
  if (!lookups.coverageImported || !lookups.contractor) return result('unchecked');
  const listing = lookups.articlesByCode[code] ?? [];
  const articles: CoverageArticle[] = [];
  for (const a of listing) {
    const why = applies(a, line.dateOfService);
    if (why) findings.push({ level: 'note', kind: 'article-dates', text: why, articleId: a.id, articleTitle: a.title });
    else articles.push(a);
  }
  if (articles.length === 0) {
    findings.push({ level: 'note', kind: 'no-article', text: `No billing article of ${lookups.contractor} lists ${code}: nothing to check its diagnoses against (not a sign it is covered).` });
    return result('no-article');
  }
  if (dx.length === 0) {
    findings.push({ level: 'note', kind: 'not-covered', text: `No diagnosis codes read on this claim: ${articles.map((a) => a.id).join(', ')} list${articles.length > 1 ? '' : 's'} the diagnoses that support ${code}.` });
    return result('unchecked');
  }
  let covered = false;
  for (const a of articles) {
    const v = judge(a, dx);
    const about = { articleId: a.id, articleTitle: a.title };
    for (const d of v.never) findings.push({ level: 'warning', kind: 'never-covered', diagnoses: [d], text: `${a.id} lists ${d} among the diagnoses that never support ${code}.`, ...about });
    if (v.covering.length > 0) {
      covered = true;
      findings.push({ level: 'ok', kind: 'covered', diagnoses: v.covering, text: `Covered by ${a.id}: ${v.covering.join(', ')} on this claim ✓`, ...about });
    } else if (v.unmet.length > 0) {
      for (const u of v.unmet) {
        findings.push({ level: 'warning', kind: 'needs-group', diagnoses: [u.dx], text: `${u.dx} (group ${u.group} of ${a.id}) needs ${ROLE[u.rule.role]} from ${groupList(u.rule.groups)} on this claim for ${code}.`, ...about });
      }
    } else {
      findings.push({ level: 'warning', kind: 'not-covered', text: `No diagnosis on this claim is among ${a.id}'s covered codes for ${code} (${a.title}).`, ...about });
    }
  }
  if (!covered) {
    const abn = line.modifiers.map((m) => m.toUpperCase()).find((m) => ABN_MODIFIERS.includes(m));
    findings.push({
      level: 'note',
      kind: 'abn',
      text: abn ? `${abn} on this line: the signed ABN (or the reason none is needed) must be on file.` : 'Not supported as billed: if the patient was told in advance, an ABN (modifier GA/GZ) may apply.',
    });
  }
  // The covering article first: the card shows the answer, then the details.
  findings.sort((x, y) => (x.kind === 'covered' ? -1 : 0) - (y.kind === 'covered' ? -1 : 0));
  return result(covered ? 'covered' : 'not-covered');
}

export function checkNecessity(input: NecessityInput): NecessityResult {
  const dx = [...new Set(input.diagnoses.map(placeDot).filter(Boolean))];
  const claim: NecessityFinding[] = [];
  if (input.lines.length > 0 && !input.lookups.coverageImported) claim.push({ level: 'note', kind: 'setup', text: 'Medical necessity not checked: no coverage articles imported (Options → Medical necessity).' });
  else if (input.lines.length > 0 && !input.lookups.contractor) claim.push({ level: 'note', kind: 'setup', text: 'Medical necessity not checked: choose your contractor or state in Options → Medical necessity.' });
  claim.push(...checkDiagnoses(input));
  return { lines: input.lines.map((l, i) => checkLine(l, i, input, dx)), claim };
}
