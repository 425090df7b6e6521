/**
 * Modifier advice a Medicare claim can follow: where a rule depends on the payer, the tip leads
 * with Medicare's rule and says where other payers differ. Each test fails when the old hedged
 * text or the old value comes back.
 */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../data/load';
import { modifierProblems } from '../../../data/modifier-validity';
import * as v from 'valibot';
import { SourceSchema, INTERNAL_WORDING } from '../../../data/schema';

const dataset = loadDataset();
const entry = (code: string) => dataset.find((e) => e.code === code)!;
const tip = (code: string, mod: string) => entry(code).modifiers.find((m) => m.modifier === mod)!;
const allText = (o: unknown): string[] =>
  typeof o === 'string' ? [o] : Array.isArray(o) ? o.flatMap(allText) : o && typeof o === 'object' ? Object.values(o).flatMap(allText) : [];

describe('76496 and -26 (facility setting)', () => {
  it('states the Medicare facility rule first and the no-modifier rule as one payer policy', () => {
    const t = tip('76496', '26');
    expect(t.whenToUse).toMatch(/^Medicare, facility setting/);
    expect(t.whenToUse).toMatch(/facility bills the technical/);
    expect(t.setting).toBe('professional');
    expect(t.otherPayers).toMatch(/one payer's policy/);
    expect(t.whenToUse).not.toMatch(/check the payer first|ask the payer/i);
    expect(t.source.kind).toBe('professional');
  });

  it('keeps PC/TC unverified and never rules -26 out', () => {
    expect(entry('76496').feeSchedule.pcTc.value).toBeNull();
    expect(modifierProblems(entry('76496'))['26']).toBeUndefined();
  });

  it('tells where the claim narrative goes (item 19 / loop 2400)', () => {
    const where = entry('76496').status.claimInstructions!.map((c) => c.text).join(' ');
    expect(where).toMatch(/item 19/);
    expect(where).toMatch(/loop 2400/);
    expect(entry('76496').status.claimInstructions!.every((c) => c.source.kind === 'contractor')).toBe(true);
  });
});

describe('bilateral tips follow the MPFS bilateral indicator', () => {
  it.each(['50431', '50706'])('%s -50: Medicare rule per indicator value, other payers after', (code) => {
    const t = tip(code, '50');
    expect(t.whenToUse).toMatch(/^Medicare: the MPFS bilateral indicator decides/);
    for (const value of ['1:', '0:', '2:', '3:', '9:']) expect(t.whenToUse).toContain(value);
    expect(t.whenToUse).toMatch(/one line with -50 and 1 unit/);
    expect(t.whenToUse).toMatch(/RT\/LT lines are incorrect/);
    expect(t.whenToUse).not.toMatch(/as the payer asks|many payers take two units/i);
    expect(t.otherPayers).toMatch(/unverified until your MPFS file/);
    expect(t.source.kind).toBe('contractor');
    expect(entry(code).feeSchedule.bilateral.value).toBeNull();
  });
});

describe('50431', () => {
  it('questions -26: most likely does not apply, PC/TC unverified', () => {
    expect(tip('50431', '26').whenToUse).toMatch(/^Most likely does not apply/);
    expect(tip('50431', '26').whenToUse).toMatch(/PC\/TC unverified/);
    expect(entry('50431').feeSchedule.pcTc.value).toBeNull();
  });

  it('bundles 74425 on the same side only', () => {
    const g = entry('50431').notWith.find((b) => b.codes.some((c) => c.code === '74425'))!;
    expect(g.when).toBe('same-side');
  });

  it('does not claim high confidence for a side condition its source does not state', () => {
    for (const g of entry('50431').notWith.filter((b) => b.when === 'same-side')) expect(g.source.confidence).not.toBe('H');
  });

  it('cites the CPT parenthetical, not an internal note, for 50436/50437', () => {
    const g = entry('50431').notWith.find((b) => b.codes.some((c) => c.code === '50436'))!;
    expect(g.source.ref).toMatch(/^CPT 2026 parenthetical/);
    expect(g.source.ref).not.toMatch(INTERNAL_WORDING);
  });
});

describe('labels and sources', () => {
  it('labels 50706 primaries as coming from an AI-written page', () => {
    expect(entry('50706').status.source.kind).toBe('ai-written');
    expect(entry('50706').status.source.note).toMatch(/add-on code file/);
  });

  it('gives diagnoses for 50706 and 50431, headers marked', () => {
    for (const code of ['50706', '50431']) {
      const dx = entry(code).diagnoses!.items;
      expect(dx.map((d) => d.code)).toEqual(expect.arrayContaining(['N13.5', 'Z93.6']));
      expect(dx.find((d) => d.code === 'N13.3')).toMatchObject({ billable: false });
      expect(entry(code).diagnoses!.source.kind).toBe('cdc');
    }
  });

  it('says which claim (physician or facility) every modifier tip is for', () => {
    for (const e of dataset) for (const m of e.modifiers) expect(['professional', 'facility', 'both']).toContain(m.setting);
    expect(tip('74360', 'TC').setting).toBe('facility');
  });

  it('names Medicare contractors and machine-generated pages for what they are', () => {
    const refs: { ref: string; kind: string }[] = [];
    JSON.stringify(dataset, (_key, val) => {
      if (val && typeof val === 'object' && 'ref' in val && 'kind' in val) refs.push(val);
      return val;
    });
    for (const s of refs) {
      if (/^openpayer/.test(s.ref)) expect(s.kind).toBe('machine-generated');
      if (/Noridian|First Coast/.test(s.ref)) expect(s.kind).toBe('contractor');
    }
    expect(refs.some((s) => s.kind === 'contractor')).toBe(true);
  });

  it('attributes 74360 primaries to what medpayiq lists, and drops those it does not', () => {
    const related = entry('74360').related;
    const codes = related.map((r) => r.code.code);
    for (const gone of ['43248', '43450', '43453']) expect(codes).not.toContain(gone);
    for (const kept of ['43220', '43226', '43249']) expect(related.find((r) => r.code.code === kept)!.source.ref).toMatch(/^medpayiq/);
    expect(entry('74360').discrepancies!.some((d) => d.disputed.includes('43233'))).toBe(true);
  });

  it('leaves unsourced indicator values unverified (50706 multiple procedure, 76496 status)', () => {
    expect(entry('50706').feeSchedule.multipleProcedure.value).toBeNull();
    expect(entry('76496').feeSchedule.status.value).toBeNull();
  });

  it('prefers XE/XS/XP/XU to 59 for Medicare, with no internal wording on the card', () => {
    expect(tip('74360', '59').whenToUse).toMatch(/^Medicare: prefer the more specific XE, XS, XP or XU/);
    const internal = dataset.flatMap(allText).filter((t) => INTERNAL_WORDING.test(t));
    expect(internal).toEqual([]);
  });
});

describe('the schema refuses internal wording', () => {
  const src = (ref: string) => ({ ref, kind: 'cpt', asOf: 'CPT 2026', confidence: 'M' });
  it.each([
    'CPT 2026 guidelines for 50436/50437 as summarised in our code facts review',
    'Listed by one seed',
    'code-facts.md',
    'our working notes',
  ])('rejects "%s"', (ref) => {
    expect(v.safeParse(SourceSchema, src(ref)).success).toBe(false);
  });
  it('accepts a public citation', () => {
    expect(v.safeParse(SourceSchema, src('CPT 2026 parenthetical notes under 50436 and 50437 (AMA)')).success).toBe(true);
  });
});
