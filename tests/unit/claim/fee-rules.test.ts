/**
 * The fee-schedule rules from an imported MPFS row, one per indicator value that decides
 * something (CMS's RVU file read-me): a warning where the modifier cannot apply, a note where
 * the record must show something, nothing where the indicator allows it.
 */
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../data/rules';
import { checkClaim } from '../../../components/claim/check-claim';
import type { ClaimLine } from '../../../components/claim/line';
import type { FeeScheduleRow } from '../../../components/cms/fee-schedule-types';
import { facts } from './claim-facts';

function findings(code: string, modifiers: string[], row: Partial<FeeScheduleRow>, others: ClaimLine[] = []) {
  const edits = facts({ mpfs: [{ code, ...row }] });
  const r = checkClaim([{ code, modifiers, units: 1 }, ...others], { rules: RULES, edits, known: new Set([code]) }, '2026-05-04');
  return { warnings: r.warnings.map((w) => w.message), notes: r.notes.map((n) => n.message) };
}

describe('MPFS row rules', () => {
  it.each(['0', '2', '3', '4', '5', '9'])('PC/TC %s: -26 and -TC do not apply', (pctc) => {
    for (const mod of ['26', 'TC']) expect(findings('99999', [mod], { pctc }).warnings).toEqual([expect.stringMatching(new RegExp(`^-${mod} does not apply to 99999: .*PC/TC indicator ${pctc}.*MPFS`))]);
  });

  it('PC/TC 1 allows -26 and -TC; PC/TC 6 allows -26 but not -TC', () => {
    expect(findings('99999', ['26'], { pctc: '1' }).warnings).toEqual([]);
    expect(findings('99999', ['TC'], { pctc: '1' }).warnings).toEqual([]);
    expect(findings('99999', ['26'], { pctc: '6' }).warnings).toEqual([]);
    expect(findings('99999', ['TC'], { pctc: '6' }).warnings).toEqual([expect.stringMatching(/indicator 6/)]);
  });

  it.each(['0', '2', '9'])('bilateral %s: -50 does not apply', (bilateral) => {
    expect(findings('99999', ['50'], { bilateral }).warnings).toEqual([expect.stringMatching(new RegExp(`bilateral indicator ${bilateral}`))]);
  });

  it('bilateral 3 accepts -50 (each side paid in full): a note, not a warning; bilateral 1 says nothing', () => {
    expect(findings('99999', ['50'], { bilateral: '3' })).toEqual({ warnings: [], notes: [expect.stringMatching(/^-50 on 99999: bilateral indicator 3: no 150% rule/)] });
    expect(findings('99999', ['50'], { bilateral: '1' })).toEqual({ warnings: [], notes: [] });
  });

  it('-51 on an add-on (global ZZZ) does not apply', () => {
    expect(findings('99999', ['51'], { global: 'ZZZ' }).warnings).toEqual([expect.stringMatching(/add-on codes are exempt/)]);
    expect(findings('99999', ['51'], { global: '090' }).warnings).toEqual([]);
  });

  it.each([
    ['62', 'coSurgeon'],
    ['66', 'team'],
  ] as const)('-%s only with indicator 1 (a note: documentation) or 2', (mod, field) => {
    expect(findings('99999', [mod], { [field]: '0' }).warnings).toHaveLength(1);
    expect(findings('99999', [mod], { [field]: '9' }).warnings).toHaveLength(1);
    expect(findings('99999', [mod], { [field]: '1' })).toEqual({ warnings: [], notes: [expect.stringMatching(/paid only if the record shows/)] });
    expect(findings('99999', [mod], { [field]: '2' })).toEqual({ warnings: [], notes: [] });
  });

  it.each(['80', '81', '82', 'AS'])('-%s: not with assistant indicator 1 or 9; 0 needs documentation; 2 is fine', (mod) => {
    expect(findings('99999', [mod], { assistant: '1' }).warnings).toEqual([expect.stringMatching(/never paid/)]);
    expect(findings('99999', [mod], { assistant: '9' }).warnings).toHaveLength(1);
    expect(findings('99999', [mod], { assistant: '0' })).toEqual({ warnings: [], notes: [expect.stringMatching(/documentation of medical necessity/)] });
    expect(findings('99999', [mod], { assistant: '2' })).toEqual({ warnings: [], notes: [] });
  });

  it('wins over the dataset for its four codes: 50706-26 is fine when the MPFS row splits it, 74360-26 is not when it does not', () => {
    const primary: ClaimLine[] = [{ code: '50431', modifiers: [], units: 1 }];
    expect(findings('50706', ['26'], { pctc: '0' }, primary).warnings).toHaveLength(1);
    expect(findings('50706', ['26'], { pctc: '1', global: 'ZZZ' }, primary).warnings).toEqual([]);
    expect(findings('74360', ['26'], { pctc: '2' }).warnings).toEqual([expect.stringMatching(/^-26 does not apply to 74360/)]);
  });

  it('50431-26: no warning from the dataset alone (PC/TC unverified), a warning once the MPFS row says PC/TC 0', () => {
    const bare = checkClaim([{ code: '50431', modifiers: ['26'], units: 1 }], { rules: RULES, edits: null, known: new Set() }, '2026-05-04');
    expect(bare.warnings).toEqual([]);
    expect(findings('50431', ['26'], { pctc: '0' }).warnings).toEqual([expect.stringMatching(/^-26 does not apply to 50431: no professional\/technical split \(PC\/TC indicator 0\)/)]);
  });

  it('never warns on 76496-26 (the facility setting bills it so), from the dataset or its MPFS row', () => {
    const r = checkClaim([{ code: '76496', modifiers: ['26'], units: 1 }], { rules: RULES, edits: null, known: new Set() }, '2026-05-04');
    expect(r.warnings).toEqual([]);
    expect(findings('76496', ['26'], { pctc: '1', status: 'C', global: 'XXX' }).warnings).toEqual([]);
  });
});
