/** The card as the content script shows it: the verdict first, sections that remember, primaries found. */
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CardApp } from '../../../components/card/CardApp';
import type { CardView } from '../../../components/overlay/card-ui-api';

const view = (over: Partial<CardView>): CardView => ({
  code: '50706',
  modifiers: [],
  units: null,
  warnings: [],
  pageCodes: [],
  pinned: false,
  onClose: () => {},
  ...over,
});

describe('the card, answer first', () => {
  it('opens with the verdict for this line on this page, before any prose', () => {
    render(<CardApp view={view({ modifiers: ['LT'], units: 2, pageCodes: ['50431', '50706'] })} />);
    const card = screen.getByRole('tooltip');
    const first = card.querySelector('header .verdict')!;
    expect(first.textContent).toBe('Add-on — primary 50431 on this page ✓ · 2 units, MUE 2 ✓');
    // The prose comes later, in a section.
    expect(card.textContent!.indexOf(first.textContent!)).toBeLessThan(card.textContent!.indexOf('A narrowed stretch'));
  });

  it('marks the primaries found on the page among the chips, first', () => {
    render(<CardApp view={view({ pageCodes: ['50706', '50432'] })} />);
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
});
