/** staleNotes(sets, dos): what the cards, the summary and the Options page say about old files. */
import { describe, expect, it } from 'vitest';
import { staleNotes } from '../../../components/claim/dates';

const set = (quarter: string) => ({ files: [{ quarter }] });
const say = (...a: Parameters<typeof staleNotes>) => staleNotes(...a).map((n) => n.message);

describe('staleNotes', () => {
  it('names each NCCI file whose quarter ended before the date of service, and none still in force', () => {
    const sets = { ptp: set('2026Q2'), mue: set('2026Q3'), aoc: set('2026Q2') };
    expect(say(sets, '2026-06-30')).toEqual([]);
    expect(say(sets, '2026-07-01')).toEqual([
      'PTP edits are for 2026 Q2; this claim is dated 2026-07-01 — import the current quarter.',
      'Add-on code edits are for 2026 Q2; this claim is dated 2026-07-01 — import the current quarter.',
    ]);
    expect(say(sets, '2026-11-03')).toContain('MUE values are for 2026 Q3; this claim is dated 2026-11-03 — import the current quarter.');
  });

  it('names an MPFS file of another year than the claim’s', () => {
    expect(say({ mpfs: { files: [{ quarter: '2026' }] } }, '2026-11-03')).toEqual([]);
    expect(say({ mpfs: { files: [{ year: 2025 }] } }, '2026-01-02')).toEqual(['The MPFS file is for 2025; this claim is dated 2026-01-02 — import the 2026 file.']);
    expect(say({ mpfs: { year: 2027, files: [] } }, '2026-12-30')).toEqual(['The MPFS file is for 2027; this claim is dated 2026-12-30 — its indicators may differ for 2026.']);
  });

  it('says nothing about a file whose name gave no period', () => {
    expect(say({ ptp: { files: [{ quarter: null, version: null }] } }, '2030-01-01')).toEqual([]);
  });
});
