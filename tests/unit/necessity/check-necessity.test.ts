import { describe, expect, it } from 'vitest';
import { checkNecessity } from '../../../components/coverage/check-necessity';
import type { NecessityInput, NecessityLookups } from '../../../components/coverage/necessity-types';
import type { IcdFact } from '../../../components/icd10/icd-types';
import { BLOCK, fact, ICD, KNEE, LOOKUPS } from './necessity-facts';

const DOS = '2026-11-02';
const line = (code: string, modifiers: string[] = [], dateOfService: string | null = DOS) => ({ code, modifiers, dateOfService });
const run = (lines: NecessityInput['lines'], diagnoses: string[], lookups: Partial<NecessityLookups> = {}) => checkNecessity({ lines, diagnoses, lookups: { ...LOOKUPS, ...lookups } });
const texts = (r: ReturnType<typeof run>, i = 0) => r.lines[i]!.findings.map((f) => `${f.level}: ${f.text}`);

describe('medical necessity per claim line', () => {
  it('a diagnosis among the article\'s covered codes: covered, naming the article and the code', () => {
    const r = run([line('27447', ['RT'])], ['M17.11']);
    expect(r.lines[0]!.verdict).toBe('covered');
    expect(texts(r)).toEqual(['ok: Covered by A59001: M17.11 on this claim ✓']);
    expect(r.lines[0]!.findings[0]).toMatchObject({ articleId: 'A59001', articleTitle: KNEE.title });
  });

  it('no diagnosis among them: a warning with the article id and title, and the ABN note', () => {
    const r = run([line('27447')], ['I10']);
    expect(r.lines[0]!.verdict).toBe('not-covered');
    expect(texts(r)).toEqual([
      "warning: No diagnosis on this claim is among A59001's covered codes for 27447 (Billing and Coding: Invented Knee Arthroplasty Article).",
      'note: Not supported as billed: if the patient was told in advance, an ABN (modifier GA/GZ) may apply.',
    ]);
  });

  it('with GA on the line, the note asks for the ABN on file instead', () => {
    expect(texts(run([line('27447', ['GA'])], ['I10']))[1]).toBe('note: GA on this line: the signed ABN (or the reason none is needed) must be on file.');
  });

  it('a group that needs a secondary code from another group: warned until that code is on the claim', () => {
    const alone = run([line('64483')], ['M54.50']);
    expect(alone.lines[0]!.verdict).toBe('not-covered');
    expect(texts(alone)[0]).toBe('warning: M54.50 (group 1 of A59002) needs a secondary code from group 2 on this claim for 64483.');
    const secondaryOnly = run([line('64483')], ['G89.29']);
    expect(texts(secondaryOnly)[0]).toBe('warning: G89.29 (group 2 of A59002) needs a primary code from group 1 on this claim for 64483.');
    const both = run([line('64483')], ['M54.50', 'G89.29']);
    expect(both.lines[0]!.verdict).toBe('covered');
    expect(texts(both)).toEqual(['ok: Covered by A59002: M54.50, G89.29 on this claim ✓']);
  });

  it('a diagnosis the article lists as never supporting the code: a warning even when another diagnosis covers it', () => {
    const r = run([line('27447')], ['M25.561', 'M17.11']);
    expect(r.lines[0]!.verdict).toBe('covered');
    expect(texts(r)).toEqual(['ok: Covered by A59001: M17.11 on this claim ✓', 'warning: A59001 lists M25.561 among the diagnoses that never support 27447.']);
  });

  it('no article of the contractor lists the code: a note, never "covered"', () => {
    const r = run([line('99213')], ['I10']);
    expect(r.lines[0]!.verdict).toBe('no-article');
    expect(texts(r)).toEqual(['note: No billing article of Invented Western MAC, LLC (01112) lists 99213: nothing to check its diagnoses against (not a sign it is covered).']);
  });

  it('an article not yet in effect on the date of service is not applied, and says so', () => {
    const r = run([line('27447', [], '2026-09-15')], ['M17.11']);
    expect(r.lines[0]!.verdict).toBe('no-article');
    expect(texts(r)[0]).toBe('note: A59001 takes effect 2026-10-01, after this date of service (2026-09-15): not applied.');
  });

  it('codes without the dot and in lower case are matched as the article writes them', () => {
    expect(run([line('27447')], ['m1711']).lines[0]!.verdict).toBe('covered');
  });

  it('no diagnoses read: not judged, and says which articles list the supporting diagnoses', () => {
    const r = run([line('27447')], []);
    expect(r.lines[0]!.verdict).toBe('unchecked');
    expect(texts(r)).toEqual(['note: No diagnosis codes read on this claim: A59001 lists the diagnoses that support 27447.']);
  });

  it('nothing imported or no contractor chosen: one note for the claim, the lines unchecked', () => {
    const none = run([line('27447')], ['M17.11'], { coverageImported: false, articlesByCode: {} });
    expect(none.lines[0]!.verdict).toBe('unchecked');
    expect(none.claim[0]!.text).toBe('Medical necessity not checked: no coverage articles imported (Options → Medical necessity).');
    const unchosen = run([line('27447')], ['M17.11'], { contractor: null, articlesByCode: {} });
    expect(unchosen.claim[0]!.text).toBe('Medical necessity not checked: choose your contractor or state in Options → Medical necessity.');
    expect(unchosen.lines[0]!.findings).toEqual([]);
  });
});

describe('ICD-10-CM warnings about the claim\'s diagnoses', () => {
  const icd = (facts: Record<string, IcdFact>, hasExcludes1 = false, fiscalYear: number | null = 2027) => ({ icd: { fiscalYear, hasExcludes1, facts } });
  const claim = (r: ReturnType<typeof run>) => r.claim.map((f) => `${f.level}: ${f.text}`);

  it('a header (non-billable) code', () => {
    const r = run([line('27447')], ['M17.1'], icd({ 'M17.1': fact('M17.1', { billable: false, title: 'Unilateral primary osteoarthritis of knee' }) }));
    expect(claim(r)).toEqual(['warning: M17.1 (Unilateral primary osteoarthritis of knee) is a header, not a billable code: code to the full specificity under it.']);
  });

  it('a code missing its 7th character', () => {
    const r = run([line('27236')], ['S72.001'], icd({ 'S72.001': fact('S72.001', { billable: false, needsSeventh: true }) }));
    expect(claim(r)).toEqual(['warning: S72.001 is missing its 7th character (e.g. S72.001A): not billable as written.']);
  });

  it('a code the imported file does not have', () => {
    expect(claim(run([line('27447')], ['M17.9'], icd({ 'M17.9': fact('M17.9', { found: false, billable: null, needsSeventh: null }) })))).toEqual([
      'warning: M17.9 is not a code of the imported ICD-10-CM file (FY 2027).',
    ]);
  });

  it('Excludes1 pairs among the diagnoses, when the file has them; otherwise says they were not checked', () => {
    const e10 = fact('E10.9', { excludes1: [{ text: 'type 2 diabetes mellitus (E11.-)', refs: ['E11'] }] });
    const e11 = fact('E11.9', { excludes1: [{ text: 'type 1 diabetes mellitus (E10.-)', refs: ['E10'] }] });
    const i10 = fact('I10', { excludes1: [] });
    const r = run([line('99213')], ['E10.9', 'E11.9', 'I10'], icd({ 'E10.9': e10, 'E11.9': e11, I10: i10 }, true));
    expect(claim(r)).toEqual(['warning: Excludes1: E10.9 and E11.9 are not coded together — E10.9\'s note: "type 2 diabetes mellitus (E11.-)".']);
    const without = run([line('99213')], ['E10.9', 'E11.9'], icd({ 'E10.9': fact('E10.9'), 'E11.9': fact('E11.9') }, false));
    expect(claim(without)).toEqual(['note: Excludes1 pairs not checked: not in the imported file (the CDC tabular XML carries them).']);
  });

  it('Excludes1 ranges name every code inside them', () => {
    const a = fact('Q10.0', { excludes1: [{ text: 'x (M00-M25)', refs: ['M00-M25'] }] });
    const r = run([line('99213')], ['Q10.0', 'M17.11', 'M25.561', 'M54.50'], icd({ 'Q10.0': a, 'M17.11': fact('M17.11', { excludes1: [] }), 'M25.561': fact('M25.561', { excludes1: [] }), 'M54.50': fact('M54.50', { excludes1: [] }) }, true));
    expect(r.claim.map((f) => f.diagnoses)).toEqual([
      ['Q10.0', 'M17.11'],
      ['Q10.0', 'M25.561'],
    ]);
  });

  it('a claim dated in another fiscal year than the imported file: a note', () => {
    const r = run([line('27447', [], '2027-10-05')], ['M17.11']);
    expect(claim(r)).toEqual(['note: Dated 2027-10-05 (FY 2028); the imported ICD-10-CM file is FY 2027: codes may have changed between the years.']);
  });
});
