import { describe, expect, it } from 'vitest';
import { RULES } from '../../../data/rules';
import { checkCodes, warningsFor, type SeenCode } from '../../../components/page-checks/check-codes';
import type { RuleSet } from '../../../data/derive';

const seen = (...codes: Array<string | [string, number]>): SeenCode[] =>
  codes.map((c) => (typeof c === 'string' ? { code: c, units: null } : { code: c[0], units: c[1] }));
const kinds = (s: SeenCode[]) => checkCodes(s, RULES).map((w) => `${w.kind}:${w.codes.join('+')}`);

describe('page checks', () => {
  it('warns about an add-on with none of its primaries on the page', () => {
    expect(kinds(seen('50706', '74360'))).toContain('addon-without-primary:50706');
  });

  it('is quiet when a primary is present', () => {
    expect(kinds(seen('50706', '50432'))).not.toContain('addon-without-primary:50706');
  });

  it.each(['43213', '43214', '43233'])('flags 74360 with %s, giving the reason', (other) => {
    const warnings = checkCodes(seen('74360', other), RULES);
    expect(warnings.map((w) => w.codes)).toContainEqual(['74360', other]);
    expect(warnings[0]!.message).toMatch(/fluoro/i);
  });

  it.each(['50432', '50433', '50434', '50435', '50693', '50694', '50695'])('flags 50431 with %s', (other) => {
    expect(kinds(seen('50431', other))).toContain(`bundled-pair:50431+${other}`);
  });

  it('reports each pair once even when both codes are on the page many times', () => {
    expect(kinds(seen('50431', '50432', '50431', '50432')).filter((k) => k.startsWith('bundled'))).toHaveLength(1);
  });

  it('flags units above the MUE and not at it', () => {
    expect(kinds(seen('50431', ['50706', 3]))).toContain('units-over-mue:50706');
    expect(kinds(seen('50431', ['50706', 2]))).not.toContain('units-over-mue:50706');
  });

  it('has nothing to say about a clean claim', () => {
    expect(checkCodes(seen('50431', '50706', '76496'), RULES)).toEqual([]);
  });

  it('routes warnings to the cards of the codes involved', () => {
    const warnings = checkCodes(seen('74360', '43213', '50706'), RULES);
    expect(warningsFor('74360', warnings)).toHaveLength(1);
    expect(warningsFor('50706', warnings).map((w) => w.kind)).toEqual(['addon-without-primary']);
    expect(warningsFor('76496', warnings)).toEqual([]);
  });
});

describe('side-bound pairs (LT/RT/50 on the lines)', () => {
  const rules: RuleSet = {
    '50431': { code: '50431', kind: 'standard', primaries: [], mue: null, notWith: [{ codes: ['50432'], reason: 'Included on the same side.', sameSideOnly: true }] },
  };
  const line = (code: string, ...modifiers: string[]) => ({ code, modifiers, units: null });
  const bundled = (...lines: ReturnType<typeof line>[]) => checkCodes(lines, rules).filter((w) => w.kind === 'bundled-pair');

  it('is quiet on opposite sides', () => {
    expect(bundled(line('50431', 'LT'), line('50432', 'RT'))).toEqual([]);
  });

  it('warns on the same side, saying so', () => {
    const w = bundled(line('50431', 'LT'), line('50432', 'LT'));
    expect(w).toHaveLength(1);
    expect(w[0]!.message).toMatch(/same side/);
  });

  it.each([
    ['bilateral -50 on one line', ['50'], ['RT']],
    ['no side written on one line', [], ['RT']],
  ])('warns when %s may overlap', (_name, a, b) => {
    expect(bundled(line('50431', ...a), line('50432', ...b))).toHaveLength(1);
  });

  it('warns when any pair of lines shares a side', () => {
    expect(bundled(line('50431', 'LT'), line('50432', 'RT'), line('50432', 'LT'))).toHaveLength(1);
  });
});
