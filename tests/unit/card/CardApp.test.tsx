/** The card as the content script shows it: the verdict first, sections that remember, primaries found. */
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CardApp } from '../../../components/card/CardApp';
import type { CardView } from '../../../components/overlay/card-ui-api';
import { EMPTY_TAB } from '../../../components/tab-checks/tab-state-message';

/** The tab as the background may not have answered yet: lines only. */
const tab = (...codes: string[]) => ({ ...EMPTY_TAB, lines: codes.map((code) => ({ code, modifiers: [], units: null })) });

const view = (over: Partial<CardView>): CardView => ({
  code: '50706',
  modifiers: [],
  units: null,
  tab: EMPTY_TAB,
  pinned: false,
  onClose: () => {},
  ...over,
});

describe('the card, answer first', () => {
  it('opens with the verdict for this line on this page, before any prose', () => {
    render(<CardApp view={view({ modifiers: ['LT'], units: 2, tab: tab('50431', '50706') })} />);
    const card = screen.getByRole('tooltip');
    const first = card.querySelector('header .verdict')!;
    expect(first.textContent).toBe('Add-on — primary 50431 on this page ✓ · 2 units, MUE 2 ✓');
    // The prose comes later, in a section.
    expect(card.textContent!.indexOf(first.textContent!)).toBeLessThan(card.textContent!.indexOf('A narrowed stretch'));
  });

  it('marks the primaries found on the page among the chips, first', () => {
    render(<CardApp view={view({ tab: tab('50706', '50432') })} />);
    const chips = [...document.querySelectorAll('.codes .code-chip')];
    expect(chips[0]!.textContent).toBe('50432 ✓ on this page');
    expect(chips.filter((c) => c.classList.contains('on-page'))).toHaveLength(1);
  });

  it('says -26 does not apply, and no primary', () => {
    render(<CardApp view={view({ modifiers: ['26'] })} />);
    expect(document.querySelector('.verdict')!.textContent).toBe('Add-on — no primary on this page ✗ · -26 does not apply to this code ✗');
  });

  it('remembers a section the coder opened or closed, for the next card', async () => {
    const first = render(<CardApp view={view({})} />);
    const checklist = () => document.querySelector<HTMLDetailsElement>('details[data-section="checklist"]')!;
    expect(checklist().open).toBe(true);
    checklist().open = false;
    fireEvent(checklist(), new Event('toggle'));
    await waitFor(async () => expect((await fakeBrowser.storage.local.get('cardSections')).cardSections).toEqual({ checklist: false }));
    first.unmount();
    render(<CardApp view={view({ code: '50431' })} />);
    expect(checklist().open).toBe(false);
  });

  it('shows the background’s verdict, warnings and notes for its line, and the date it was checked for', () => {
    const line = { code: '50706', modifiers: [], units: 2, dateOfService: '2026-05-04' };
    const checked = {
      ...EMPTY_TAB,
      lines: [line],
      verdicts: [{ key: '50706||2|2026-05-04', parts: [{ text: '2 units, MUE 1', ok: false }], dos: '2026-05-04', dosFrom: 'line' as const }],
      warnings: [{ kind: 'mue-exceeded' as const, codes: ['50706'], message: '2 units on this date of 50706 is above its MUE of 1.' }],
      notes: [{ kind: 'stale-file' as const, codes: ['50706'], message: 'MUE values are for 2026 Q1; this claim is dated 2026-05-04 — import the current quarter.' }],
    };
    render(<CardApp view={view({ units: 2, dateOfService: '2026-05-04', tab: checked })} />);
    expect(document.querySelector('.verdict')!.textContent).toBe('2 units, MUE 1 ✗');
    expect(document.querySelector('.dos-used')!.textContent).toBe('Date of service 2026-05-04');
    expect(screen.getByRole('list', { name: 'Claim warnings' }).textContent).toContain('above its MUE of 1');
    expect(screen.getByRole('list', { name: 'Notes' }).textContent).toContain('import the current quarter');
  });
});
