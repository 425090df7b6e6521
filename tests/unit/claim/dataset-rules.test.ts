import { describe, expect, it } from 'vitest';
import { RULES } from '../../../data/rules';
import { DATASET } from '../../../data/dataset';
import { buildRules } from '../../../data/derive';
import { datasetFindings } from '../../../components/claim/dataset-rules';
import { findingsFor as warningsFor } from '../../../components/claim/finding';
import type { ClaimLine } from '../../../components/claim/line';

/** A line as the page may give it: modifiers and units optional. */
type SeenCode = { code: string; units: number | null; modifiers?: string[] };
const checkCodes = (s: SeenCode[], rules: typeof RULES) => datasetFindings(s.map((x): ClaimLine => ({ ...x, modifiers: x.modifiers ?? [] })), rules);

const seen = (...codes: Array<string | [string, number]>): SeenCode[] =>
  codes.map((c) => (typeof c === 'string' ? { code: c, units: null } : { code: c[0], units: c[1] }));
const kinds = (s: SeenCode[]) => checkCodes(s, RULES).map((w) => `${w.kind}:${w.codes.join('+')}`);

describe('the dataset’s claim rules', () => {
  it('warns about an add-on with none of its primaries on the page', () => {
    expect(kinds(seen('50706', '74360'))).toContain('addon-without-primary:50706');
  });

  it('says the 50706 primary list is AI-sourced and unconfirmed, beside the warning', () => {
    const [w] = checkCodes(seen('50706'), RULES);
    expect(w!.message).toMatch(/primary list comes from an AI-written page \(2025\), not yet confirmed/);
    expect(w!.message).toMatch(/add-on code edits file/);
  });

  it('gives no caveat when the primary list rests on CPT itself', () => {
    const fromCpt = DATASET.map((e) => (e.code === '50706' ? { ...e, status: { ...e.status, source: { ...e.status.source, kind: 'cpt' as const } } } : e));
    const [w] = checkCodes(seen('50706'), buildRules(fromCpt));
    expect(w!.message).toBe('Add-on without a primary: 50706 is an add-on code, but none of its primary codes is on this claim.');
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

  it('says a modifier does not apply when the fee schedule rules it out (50706-26, -TC, -51)', () => {
    const line = (modifiers: string[]): SeenCode[] => [{ code: '50431', units: null }, { code: '50706', units: null, modifiers }];
    for (const mod of ['26', 'TC', '51']) {
      const w = checkCodes(line([mod]), RULES).filter((x) => x.kind === 'modifier-not-applicable');
      expect(w.map((x) => x.message)).toEqual([expect.stringMatching(new RegExp(`^-${mod} does not apply to 50706`))]);
    }
    expect(checkCodes(line(['LT']), RULES)).toEqual([]);
  });

  it('rules nothing out from an unverified indicator (74360-26 stays allowed)', () => {
    expect(checkCodes([{ code: '74360', units: null, modifiers: ['26'] }], RULES)).toEqual([]);
  });

  describe('same-side bundling for 50431', () => {
    const lines = (a: string[], b: string[], other = '50432'): SeenCode[] => [
      { code: '50431', units: null, modifiers: a },
      { code: other, units: null, modifiers: b },
    ];
    const bundled = (s: SeenCode[]) => checkCodes(s, RULES).filter((w) => w.kind === 'bundled-pair');

    it('is quiet when the study and the tube are on opposite sides', () => {
      expect(bundled(lines(['LT'], ['RT']))).toEqual([]);
      expect(bundled(lines(['RT'], ['LT'], '50694'))).toEqual([]);
    });

    it('warns on the same side, and when -50 covers both sides', () => {
      expect(bundled(lines(['LT'], ['LT']))[0]!.message).toMatch(/on the same side/);
      expect(bundled(lines(['50'], ['RT']))).toHaveLength(1);
    });

    it('warns, saying the condition, when no side is written', () => {
      expect(bundled(lines([], []))[0]!.message).toMatch(/if they are on the same side/);
    });

    it('keeps 50436 bundled whatever the sides', () => {
      expect(bundled(lines(['LT'], ['RT'], '50436'))).toHaveLength(1);
    });
  });

  it('routes warnings to the cards of the codes involved', () => {
    const warnings = checkCodes(seen('74360', '43213', '50706'), RULES);
    expect(warningsFor('74360', warnings)).toHaveLength(1);
    expect(warningsFor('50706', warnings).map((w) => w.kind)).toEqual(['addon-without-primary']);
    expect(warningsFor('76496', warnings)).toEqual([]);
  });
});
