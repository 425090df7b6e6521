import { describe, expect, it } from 'vitest';
import { getEntry } from '../../../data/dataset';
import { RULES } from '../../../data/rules';
import { checkClaim } from '../../../components/claim/check-claim';
import type { ClaimLine } from '../../../components/claim/line';
import { claimWide, summaryRows } from '../../../components/summary/summary-rows';
import { claimNote, providerQuery } from '../../../components/summary/summary-text';

const lines: ClaimLine[] = [
  { code: '50431', modifiers: ['LT'], units: 1 },
  { code: '50706', modifiers: ['LT'], units: 3 },
  { code: '50432', modifiers: ['RT'], units: null },
  { code: '99213', modifiers: [], units: 1 },
];
const claim = checkClaim(lines, { rules: RULES, edits: null, known: new Set() }, '2026-05-04');
const items = (code: string) => getEntry(code)!.checklist.items;

function rows(ticked: Record<string, string[]> = {}) {
  return summaryRows(claim, getEntry, (c) => new Set(ticked[c] ?? []));
}

describe('the claim summary as text', () => {
  it('writes a note with each line, its verdict, warnings and checklist progress', () => {
    const ids = items('50431').slice(0, 4).map((i) => i.id);
    const note = claimNote(rows({ '50431': ids }), claim.others).split('\n');
    expect(note[0]).toBe('CPT Lens claim review');
    expect(note).toContain('- 50431-LT x1: Standalone — no bundled pair on this page ✓ · 1 unit, MUE unverified');
    expect(note).toContain(`  Documentation: 4 of ${items('50431').length}`);
    expect(note).toContain('- 50706-LT x3: Add-on — primary 50431, 50432 on this page ✓ · 3 units, MUE 2 ✗');
    expect(note.some((l) => /^ {2}! 3 units of 50706 is above its MUE of 2/.test(l))).toBe(true);
    expect(note).toContain('- 50432-RT: Code — no bundled pair on this page ✓');
    expect(note).toContain('  Checked for 2026-05-04 (today: the page shows no date of service)');
    // A code nobody knows is not checked: counted at the end, not a line with a verdict.
    expect(note.at(-1)).toBe('- 1 other code (99213) — import the CMS files to check them');
  });

  it('asks the provider for exactly the unticked items, per line', () => {
    const all = items('50431').map((i) => i.id);
    const query = providerQuery(rows({ '50431': all, '50706': [items('50706')[0]!.id] })).split('\n');
    expect(query[0]).toBe('Please document:');
    expect(query).toHaveLength(2);
    expect(query[1]).toBe(`- For 50706-LT x3: ${items('50706').slice(1).map((i) => i.text).join('; ')}`);
  });

  it('asks for a diagnosis that supports a line none does, and for the full code of a header diagnosis', () => {
    const knee: ClaimLine = { code: '27447', modifiers: ['RT'], units: 1 };
    const checked = checkClaim([knee], { rules: RULES, edits: null, known: new Set(['27447']) }, '2026-11-02');
    const why = 'No diagnosis on this claim is among the covered codes of A59001 for 27447.';
    const claimWithDx = { ...checked, warnings: [...checked.warnings, { kind: 'necessity-not-supported' as const, codes: ['27447'], message: why }, { kind: 'diagnosis-problem' as const, codes: [], message: 'M17.1 is a header.' }], diagnoses: ['M17.1'] };
    const query = providerQuery(summaryRows(claimWithDx, getEntry, () => new Set()), claimWide(claimWithDx)).split('\n');
    expect(query).toEqual(['Please document:', '- Diagnoses: M17.1 is a header.', `- For 27447-RT x1: a diagnosis that supports it (${why})`]);
  });

  it('says so when nothing is left to document', () => {
    const ticks = Object.fromEntries(['50431', '50706'].map((c) => [c, items(c).map((i) => i.id)]));
    expect(providerQuery(rows(ticks))).toBe('Documentation is complete for every code on this claim.');
  });
});
