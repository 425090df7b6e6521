/** The card's CMS block and the numbers-only card, as a coder reads them. */
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { CardFacts, PartnerFact } from '../../../components/cms/card-facts';
import { CmsFacts } from '../../../components/cms/CmsFacts';
import { NumbersOnlyCard } from '../../../components/cms/NumbersOnlyCard';

const partners: PartnerFact[] = [
  ...Array.from({ length: 60 }, (_, i) => ({ code: String(20000 + i), role: 'denied' as const, ind: 1 as const, since: '2015-01-01', rationale: '' })),
  { code: '50431', role: 'denied', ind: 0, since: '2022-01-01', rationale: 'Misuse of column two code with column one code' },
  { code: '74360', role: 'denies', ind: 1, since: null, rationale: '' },
];
const facts: CardFacts = {
  code: '50706',
  imported: true,
  filesGone: false,
  mueImported: true,
  feeSchedule: null,
  setting: 'practitioner',
  partners,
  ptpFrom: 'ccipra-v321r0-f1.txt, ccipra-v321r0-f2.txt (v32.1r0)',
  mue: { value: 2, mai: 3, rationale: 'Clinical: Data', from: 'MCR_MUE_PractitionerServices_Eff_04-01-2026.csv (effective 2026-04-01)' },
  addon: { type: 1, primaries: ['22612', '22630'], contractorDefined: false, from: 'AOC_V2026Q2-MCR.txt (2026Q2)' },
};

describe('CMS block on a card', () => {
  it('shows MUE with its type, add-on type and primaries, and the file each came from', () => {
    render(<CmsFacts facts={facts} />);
    const block = screen.getByRole('region', { name: 'From your CMS edit files' });
    expect(block.textContent).toContain('MUE 2 per day · MAI 3: per date of service, clinical');
    expect(block.textContent).toContain('MCR_MUE_PractitionerServices_Eff_04-01-2026.csv (effective 2026-04-01)');
    expect(block.textContent).toContain('Add-on code, type 1: primary codes 22612, 22630');
    expect(block.textContent).toContain('AOC_V2026Q2-MCR.txt (2026Q2)');
    expect(block.textContent).toContain('ccipra-v321r0-f1.txt, ccipra-v321r0-f2.txt (v32.1r0)');
  });

  it('lists partners in both directions and filters them by code', () => {
    render(<CmsFacts facts={facts} />);
    const list = () => screen.getByRole('list', { name: 'PTP partners of 50706' });
    expect(screen.getByText('62 PTP edits active today.')).toBeTruthy();
    expect(within(list()).getAllByRole('listitem')).toHaveLength(40);
    expect(screen.getByText('22 more: type a code to narrow the list.')).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Filter partner codes of 50706'), { target: { value: '5043' } });
    expect(within(list()).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['50431 denied with this code (never together)']);
    fireEvent.input(screen.getByLabelText('Filter partner codes of 50706'), { target: { value: '7436' } });
    expect(list().textContent).toBe('74360 this code is denied with it (modifier may bypass)');
  });

  it('says the contractor defines the primaries of a type 2 add-on, and renders nothing without imported files', () => {
    const { container, rerender } = render(<CmsFacts facts={{ ...facts, addon: { type: 2, primaries: [], contractorDefined: true, from: 'AOC' } }} />);
    expect(container.textContent).toContain('Add-on code, type 2: primary codes defined by your contractor (MAC)');
    rerender(<CmsFacts facts={{ ...facts, imported: false }} />);
    expect(container.textContent).toBe('');
  });
});

describe('numbers-only card', () => {
  it('shows the code, its page checks, and no descriptor unless the licensed file has one', () => {
    const warnings = [{ kind: 'mue-exceeded' as const, codes: ['52000'], message: '3 units on this date of 52000 is above its MUE of 1' }];
    const { rerender } = render(<NumbersOnlyCard code="52000" warnings={warnings} pinned={false} onClose={() => {}} />);
    const card = screen.getByRole('tooltip', { name: 'Code 52000: from your imported files' });
    expect(card.textContent).toContain("Not in CPT Lens's dataset");
    expect(within(card).getByRole('list', { name: 'Claim warnings' }).textContent).toContain('above its MUE of 1');
    expect(card.textContent).not.toContain('Official descriptor');
    rerender(<NumbersOnlyCard code="52000" warnings={[]} pinned={false} officialDescriptor="Licensed text" onClose={() => {}} />);
    expect(screen.getByRole('tooltip').textContent).toContain('Official descriptor (your licensed file)Licensed text');
  });

  it('leads with the line\'s verdict and lists its notes, as the dataset\'s cards do', () => {
    const verdict = { key: '27447||1', dos: '2026-11-02', dosFrom: 'claim' as const, parts: [{ text: 'Medical necessity — M17.11 supports it (A59001)', ok: true }] };
    const notes = [{ kind: 'necessity-note' as const, codes: ['27447'], message: 'A59001 is in force from 2026-10-01.' }];
    render(<NumbersOnlyCard code="27447" warnings={[]} notes={notes} verdict={verdict} pinned={false} onClose={() => {}} />);
    const card = screen.getByRole('tooltip', { name: 'Code 27447: from your imported files' });
    expect(card.querySelector('.verdict')!.textContent).toBe('Medical necessity — M17.11 supports it (A59001) ✓');
    expect(card.textContent).toContain('A59001 is in force from 2026-10-01.');
  });
});
