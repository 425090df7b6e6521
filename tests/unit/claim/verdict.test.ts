import { describe, expect, it } from 'vitest';
import { RULES } from '../../../data/rules';
import { checkClaim } from '../../../components/claim/check-claim';
import { lineView } from '../../../components/claim/line-view';
import { dateText, verdictText } from '../../../components/claim/verdict';

/** The verdict for `code` written as on a claim line, with the other lines of the page (dataset only). */
function verdict(code: string, modifiers: string[], units: number | null, ...others: Array<[string, string[]]>): string {
  const lines = [{ code, modifiers, units }, ...others.map(([c, m]) => ({ code: c, modifiers: m, units: null }))];
  const claim = checkClaim(lines, { rules: RULES, edits: null, known: new Set() }, '2026-05-04');
  return verdictText(lineView(claim, lines[0]!)!.verdict.parts);
}

describe('the one-line verdict', () => {
  it('says an add-on has its primary on this page, and that its units fit the MUE', () => {
    expect(verdict('50706', ['LT'], 2, ['50431', ['LT']])).toBe('Add-on — primary 50431 on this page ✓ · 2 units, MUE 2 ✓');
  });

  it('says an add-on has no primary on this page, and units over the MUE', () => {
    expect(verdict('50706', [], 3)).toBe('Add-on — no primary on this page ✗ · 3 units, MUE 2 ✗');
  });

  it('says a modifier does not apply to this code', () => {
    expect(verdict('50706', ['26'], null, ['50431', []])).toBe('Add-on — primary 50431 on this page ✓ · -26 does not apply to this code ✗');
  });

  it('names a bundled code on the same side, and is quiet on opposite sides', () => {
    expect(verdict('50431', ['LT'], 1, ['50432', ['LT']])).toBe('Standalone — not with 50432 on this page ✗ · 1 unit, MUE unverified');
    expect(verdict('50431', ['LT'], null, ['50432', ['RT']])).toBe('Standalone — no bundled pair on this page ✓');
  });

  it('leads with what the code is for S&I and unlisted codes', () => {
    expect(verdict('74360', ['26'], null)).toBe('S&I only — no bundled pair on this page ✓');
    expect(verdict('76496', [], null)).toBe('Unlisted — send a special report with the claim');
  });

  it('says which date of service it checked for', () => {
    expect(dateText({ dos: '2026-05-04', dosFrom: 'line' })).toBe('Date of service 2026-05-04');
    expect(dateText({ dos: '2026-12-03', dosFrom: 'today' })).toBe('Checked for 2026-12-03 (today: the page shows no date of service)');
  });
});
