/** The claim summary as a coder reads it: the count in the words of the status, notes apart, other codes named. */
import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../data/rules';
import { checkClaim } from '../../../components/claim/check-claim';
import { SummaryPanel } from '../../../components/summary/SummaryPanel';
import { facts } from '../claim/claim-facts';
import { necessityLines, withNecessity } from '../../../components/claim/necessity';
import { checkNecessity } from '../../../components/coverage/check-necessity';
import { EMPTY_TAB } from '../../../components/tab-checks/tab-state-message';
import { claimWide, summaryRows } from '../../../components/summary/summary-rows';
import { claimNote } from '../../../components/summary/summary-text';
import { getEntry } from '../../../data/dataset';
import { fact, ICD, LOOKUPS } from '../necessity/necessity-facts';

describe('SummaryPanel', () => {
  it('counts claim warnings only, lists notes under their line, and names the codes it did not check', () => {
    const lines = [
      { code: '74360', modifiers: [], units: 1, dateOfService: '2026-11-03' },
      { code: '76496', modifiers: ['XS'], units: 1, dateOfService: '2026-11-03' },
      { code: '50706', modifiers: [], units: 1, dateOfService: '2026-11-03' },
      { code: '99213', modifiers: [], units: 1, dateOfService: '2026-11-03' },
    ];
    const edits = facts({ ptp: [{ c1: '74360', c2: '76496', ind: 1 }] });
    const tab = checkClaim(lines, { rules: RULES, edits, known: new Set(['76496']) }, '2026-11-03');
    render(<SummaryPanel view={{ ...EMPTY_TAB, ...tab, openLine: () => {}, onClose: () => {} }} />);
    const panel = screen.getByRole('dialog', { name: 'CPT Lens: claim summary' });
    // The add-on without a primary is the one warning; the bypassed edit and the old file are notes.
    expect(panel.querySelector('h2')!.textContent).toBe('Claim on this tab: 1 claim warning');
    expect(screen.getByRole('list', { name: 'Notes for 74360 x1' }).textContent).toMatch(/bypassed by -XS.*PTP edits are for 2026 Q2; this claim is dated 2026-11-03 — import the current quarter\./);
    expect(screen.getByRole('list', { name: 'Claim warnings for 50706 x1' }).textContent).toMatch(/^Add-on without a primary/);
    expect(panel.querySelectorAll('.summary-row')).toHaveLength(3);
    expect(panel.querySelector('.others')!.textContent).toBe('1 other code (99213) — import the CMS files to check them');
    expect(panel.textContent).toContain('Date of service 2026-11-03');
  });

  it('shows the claim\'s diagnoses above its lines, with their own warnings, and copies them into the note', () => {
    const lines = [{ code: '27447', modifiers: [], units: 1, dateOfService: '2026-11-02' }];
    const diagnoses = ['M17.11', 'M17.1'];
    const lookups = { ...LOOKUPS, icd: { ...LOOKUPS.icd!, facts: { ...ICD, 'M17.1': fact('M17.1', { billable: false, title: null }) } } };
    const checked = checkClaim(lines, { rules: RULES, edits: null, known: new Set(['27447']) }, '2026-11-02');
    const tab = { ...EMPTY_TAB, ...withNecessity(checked, lines, checkNecessity({ lines: necessityLines(lines), diagnoses, lookups })), diagnoses, readDiagnoses: true };
    render(<SummaryPanel view={{ ...tab, openLine: () => {}, onClose: () => {} }} />);
    const dx = screen.getByRole('region', { name: 'Diagnoses on this claim' });
    expect(dx.querySelector('.dx-list')!.textContent).toBe('Diagnoses on this claim: M17.11, M17.1');
    expect(screen.getByRole('list', { name: 'Claim warnings about the diagnoses' }).textContent).toBe('M17.1 is a header, not a billable code: code to the full specificity under it.');
    // The header code is the one warning; the knee line is supported by M17.11.
    expect(screen.getByRole('dialog').querySelector('h2')!.textContent).toBe('Claim on this tab: 1 claim warning');
    expect(screen.getByRole('dialog').querySelector('.row-verdict')!.textContent).toMatch(/Medical necessity — M17\.11 supports it \(A59001\) ✓$/);
    const note = claimNote(summaryRows(tab, getEntry, () => new Set()), [], claimWide(tab));
    expect(note.split('\n').slice(0, 3)).toEqual(['CPT Lens claim review', '- Diagnoses: M17.11, M17.1', '  ! M17.1 is a header, not a billable code: code to the full specificity under it.']);
  });
});
