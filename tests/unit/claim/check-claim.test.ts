/**
 * The claim checked as a whole: every source the checks use (dataset, NCCI files, MPFS rows)
 * feeds one set of warnings and notes, and each line's verdict agrees with them.
 */
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../data/rules';
import { checkClaim, type ClaimFacts } from '../../../components/claim/check-claim';
import type { ClaimLine } from '../../../components/claim/line';
import { lineView } from '../../../components/claim/line-view';
import { verdictText } from '../../../components/claim/verdict';
import type { EditFacts } from '../../../components/cms/edit-lookup';
import { facts } from './claim-facts';

const TODAY = '2026-05-04';
const line = (code: string, modifiers: string[] = [], units: number | null = null, dateOfService?: string): ClaimLine =>
  dateOfService ? { code, modifiers, units, dateOfService } : { code, modifiers, units };
const check = (lines: ClaimLine[], edits: EditFacts | null = null, known: string[] = []) =>
  checkClaim(lines, { rules: RULES, edits, known: new Set([...known, ...(edits ? edits.codes.keys() : [])]) } satisfies ClaimFacts, TODAY);
const verdictOf = (r: ReturnType<typeof check>, l: ClaimLine) => verdictText(lineView(r, l)!.verdict.parts);
const kinds = (list: Array<{ kind: string; codes: string[] }>) => list.map((f) => `${f.kind}:${f.codes.join('+')}`);

describe('the verdict agrees with the checks', () => {
  it('74360 x2 with the MUE file saying 1: the units are over, in the warning and the verdict', () => {
    const l = line('74360', [], 2);
    const r = check([l], facts({ mue: { '74360': { v: 1, a: 2 } } }));
    expect(kinds(r.warnings)).toEqual(['mue-exceeded:74360']);
    expect(verdictOf(r, l)).toBe('S&I only — no bundled pair on this page ✓ · 2 units, MUE 1 ✗');
  });

  it('50431 with a PTP edit denying 76496: the verdict names the pair the edit file flags', () => {
    const a = line('50431', [], 1);
    const r = check([a, line('76496', [], 1)], facts({ ptp: [{ c1: '50431', c2: '76496', ind: 1 }] }));
    expect(kinds(r.warnings)).toEqual(['ptp-needs-modifier:50431+76496']);
    expect(verdictOf(r, a)).toBe('Standalone — not with 76496 on this page ✗ · 1 unit, MUE unverified');
  });

  it('the file’s MUE wins over the dataset’s: 50706 x2 fits the dataset’s 2 but not a file value of 1', () => {
    const l = line('50706', [], 2);
    const r = check([line('50431', [], 1), l], facts({ mue: { '50706': { v: 1, a: 1 } } }));
    expect(kinds(r.warnings)).toEqual(['mue-exceeded:50706']);
    expect(verdictOf(r, l)).toMatch(/2 units, MUE 1 ✗$/);
  });
});

describe('one warning per problem', () => {
  it('an add-on without its primary, found by the dataset and the AOC file, is one warning citing both', () => {
    const r = check([line('50706', [], 1)], facts({ aoc: { '50706': ['50431', '50432'] } }));
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]!.message).toMatch(/^Add-on without a primary: 50706 \(add-on type 1\) needs one of 50431, 50432.*AOC_V2026Q2-MCR\.txt\) Also in CPT Lens's dataset: Add-on without a primary/);
  });

  it('the AOC file in force wins over the dataset’s primaries: a primary only the file lists clears the add-on', () => {
    // 50200 is known to nothing: no line of its own in the result, but it is on the claim.
    const r = check([line('50706', [], 1), line('50200', [], 1)], facts({ aoc: { '50706': ['50200'] } }));
    expect(kinds(r.warnings)).toEqual([]);
    expect(r.others).toEqual(['50200']);
    expect(verdictOf(r, line('50706', [], 1))).toMatch(/^Add-on — primary 50200 on this page ✓/);
  });

  it('a pair that both the dataset and a PTP edit flag is one warning', () => {
    const r = check([line('50431'), line('50432')], facts({ ptp: [{ c1: '50432', c2: '50431', ind: 0 }] }));
    expect(kinds(r.warnings)).toEqual(['ptp-never-together:50432+50431']);
    expect(r.warnings[0]!.message).toMatch(/Also in CPT Lens's dataset: Do not report 50431 with 50432/);
  });
});

describe('notes are not warnings', () => {
  it('an edit bypassed by -XS is a note on the line, not a warning, and the verdict does not mark it ✗', () => {
    const a = line('74360', [], 1);
    const r = check([a, line('76496', ['XS'], 1)], facts({ ptp: [{ c1: '74360', c2: '76496', ind: 1 }] }));
    expect(r.warnings).toEqual([]);
    expect(kinds(r.notes)).toEqual(['ptp-bypassed:74360+76496']);
    expect(r.notes[0]!.message).toMatch(/bypassed by -XS/);
    expect(lineView(r, a)!.notes).toHaveLength(1);
    expect(verdictOf(r, a)).toBe('S&I only — no bundled pair on this page ✓ · edit with 76496 bypassed by a modifier (note) · 1 unit, MUE unverified');
  });
});

describe('date of service', () => {
  it('does not check lines of different dates against each other: no pair across days, the add-on needs a primary that day', () => {
    const r = check([line('50431', [], 1, '2026-05-04'), line('50432', [], 1, '2026-05-05'), line('50706', [], 1, '2026-05-05')]);
    expect(kinds(r.warnings)).toEqual([]);
    const apart = check([line('50431', [], 1, '2026-05-04'), line('50706', [], 1, '2026-05-05')]);
    expect(kinds(apart.warnings)).toEqual(['addon-without-primary:50706']);
    expect(apart.warnings[0]!.message).toMatch(/^2026-05-05: /);
  });

  it('counts MUE units per day: two lines of one date add up, the same units on two dates do not', () => {
    const edits = facts({ mue: { '52000': { v: 1, a: 2 } } });
    expect(kinds(check([line('52000', [], 1, '2026-05-04'), line('52000', ['76'], 1, '2026-05-04')], edits).warnings)).toEqual(['mue-exceeded:52000']);
    expect(check([line('52000', [], 1, '2026-05-04'), line('52000', [], 1, '2026-05-05')], edits).warnings).toEqual([]);
  });

  it('selects the edits in force that day', () => {
    const edits = facts({ ptp: [{ c1: '74360', c2: '52000', ind: 0, from: '2026-07-01' }] });
    expect(check([line('74360', [], 1, '2026-06-30'), line('52000', [], 1, '2026-06-30')], edits).warnings).toEqual([]);
    expect(kinds(check([line('74360', [], 1, '2026-07-01'), line('52000', [], 1, '2026-07-01')], edits).warnings)).toEqual(['ptp-never-together:74360+52000']);
  });

  it('uses the claim’s date for an undated line, and today when the page shows none, and says which', () => {
    const dated = check([line('50431', [], 1, '2026-04-20'), line('50432')]);
    expect(dated.verdicts.map((v) => `${v.dos} ${v.dosFrom}`)).toEqual(['2026-04-20 line', '2026-04-20 claim']);
    const undated = check([line('50431', [], 1)]);
    expect(undated.verdicts.map((v) => `${v.dos} ${v.dosFrom}`)).toEqual([`${TODAY} today`]);
  });
});

describe('stale files', () => {
  it('a PTP file whose quarter ended before the date of service is still used, and a note says so', () => {
    const edits = facts({ ptp: [{ c1: '50431', c2: '76496', ind: 0 }] });
    const r = check([line('50431', [], 1, '2026-11-03'), line('76496', [], 1, '2026-11-03')], edits);
    expect(kinds(r.warnings)).toEqual(['ptp-never-together:50431+76496']);
    expect(r.notes.map((n) => n.message)).toEqual(['PTP edits are for 2026 Q2; this claim is dated 2026-11-03 — import the current quarter.']);
    expect(lineView(r, line('76496', [], 1, '2026-11-03'))!.notes).toHaveLength(1);
    expect(check([line('50431', [], 1, '2026-06-30')], edits).notes).toEqual([]);
  });
});

describe('codes nobody knows', () => {
  it('are not checked nor counted, only listed as other codes; a code an imported file knows is checked', () => {
    const r = check([line('50706', [], 1), line('99213', ['25'], 1)]);
    expect(r.lines.map((l) => l.code)).toEqual(['50706']);
    expect(r.others).toEqual(['99213']);
    expect(r.known).toEqual([]);
    const edits = facts({ mue: { '99213': { v: 1, a: 2 } } });
    const known = check([line('99213', [], 2)], edits);
    expect(known.known).toEqual(['99213']);
    expect(known.others).toEqual([]);
    expect(kinds(known.warnings)).toEqual(['mue-exceeded:99213']);
    // Only a PTP file names 99213's pairs: without one the verdict says so instead of a ✓.
    expect(verdictOf(known, line('99213', [], 2))).toBe('Code — pairs not checked: no NCCI PTP file imported · 2 units, MUE 1 ✗');
    const withPtp = check([line('99213', [], 2)], facts({ mue: { '99213': { v: 1, a: 2 } }, ptp: [{ c1: '50431', c2: '76496', ind: 1 }] }));
    expect(verdictOf(withPtp, line('99213', [], 2))).toBe('Code — no bundled pair on this page ✓ · 2 units, MUE 1 ✗');
  });

  it('keeps checking the codes the dataset’s rules name (50432 with 50431) without counting them as other', () => {
    const r = check([line('50431'), line('50432')]);
    expect(r.others).toEqual([]);
    expect(kinds(r.warnings)).toEqual(['bundled-pair:50431+50432']);
  });
});
