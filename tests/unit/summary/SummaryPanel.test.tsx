/** The claim summary as a coder reads it: the count in the words of the status, notes apart, other codes named. */
import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../data/rules';
import { checkClaim } from '../../../components/claim/check-claim';
import { SummaryPanel } from '../../../components/summary/SummaryPanel';
import { facts } from '../claim/claim-facts';

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
    render(<SummaryPanel view={{ ...tab, openLine: () => {}, onClose: () => {} }} />);
    const panel = screen.getByRole('dialog', { name: 'CPT Lens: claim summary' });
    // The add-on without a primary is the one warning; the bypassed edit and the old file are notes.
    expect(panel.querySelector('h2')!.textContent).toBe('Claim on this tab: 1 claim warning');
    expect(screen.getByRole('list', { name: 'Notes for 74360 x1' }).textContent).toMatch(/bypassed by -XS.*PTP edits are for 2026 Q2; this claim is dated 2026-11-03 — import the current quarter\./);
    expect(screen.getByRole('list', { name: 'Claim warnings for 50706 x1' }).textContent).toMatch(/^Add-on without a primary/);
    expect(panel.querySelectorAll('.summary-row')).toHaveLength(3);
    expect(panel.querySelector('.others')!.textContent).toBe('1 other code (99213) — import the CMS files to check them');
    expect(panel.textContent).toContain('Date of service 2026-11-03');
  });
});
