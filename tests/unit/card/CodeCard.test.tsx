/** The hover card as a coder reads it: every content block, modifier order, checklist count. */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getEntry } from '../../../data/dataset';
import { toggled } from '../../../components/card/checklist-state';
import { CodeCard, type CodeCardProps } from '../../../components/card/CodeCard';
import { EntryBody } from '../../../components/card/EntryBody';
import type { PageWarning } from '../../../components/claim/finding';

function renderCard(code: string, over: Partial<CodeCardProps> = {}) {
  const props: CodeCardProps = {
    entry: getEntry(code)!,
    modifiers: [],
    units: null,
    warnings: [],
    pinned: false,
    checklist: { checked: new Set(), onToggle: () => {} },
    onClose: () => {},
    onOpenDetail: () => {},
    ...over,
  };
  return render(<CodeCard {...props} />);
}

describe('card header and content', () => {
  it.each([
    ['50706', 'Add-on'],
    ['50431', 'Standalone'],
    ['74360', 'S&I only'],
    ['76496', 'Unlisted'],
  ])('%s shows its code, title and status badge %s', (code, badge) => {
    renderCard(code);
    const card = screen.getByRole('tooltip', { name: new RegExp(code) });
    expect(within(card).getByText(badge)).toBeTruthy();
    expect(within(card).getByRole('heading', { level: 2 }).textContent).toBe(getEntry(code)!.title);
    expect(card.textContent).toContain(getEntry(code)!.description);
  });

  it('lists the primaries an add-on must be reported with', () => {
    renderCard('50706');
    const heading = screen.getByText(/report with one of these primary codes/i);
    const list = heading.nextElementSibling as HTMLElement;
    expect(within(list).getByText('50431')).toBeTruthy();
    expect(within(list).getByText('51610')).toBeTruthy();
  });

  it('says what an unlisted claim needs', () => {
    renderCard('76496');
    expect(screen.getByText(/what the claim needs/i)).toBeTruthy();
    expect(screen.getByText(/what the claim needs/i).nextElementSibling!.textContent).toMatch(/special report/i);
  });

  it('shows the pairs not to report together, with the reason', () => {
    renderCard('74360');
    const section = screen.getByRole('region', { name: /don't report with/i });
    expect(section.textContent).toContain('43213, 43214, 43233');
    expect(section.textContent?.toLowerCase()).toContain('fluoro');
  });

  it('cites each source by its public origin, kind and edition, with the reference-aid note', () => {
    renderCard('50431');
    const sources = screen.getByRole('list', { name: 'Sources' });
    expect(sources.textContent).toMatch(/ACR Coding Source, Jul–Aug 2020.*\(professional society; 2020-08\)/);
    expect(sources.textContent).toMatch(/iframe\.ai .*\(AI-written site; 2025\)/);
    expect(sources.textContent).not.toMatch(/seed|code-facts|\.txt/);
    expect(screen.getByText(/reference aid, not a coding decision/i)).toBeTruthy();
  });

  it('shows the fee-schedule indicators, saying "unverified" with the reason where no source settles one', () => {
    renderCard('50431');
    const fee = screen.getByText('Fee-schedule indicators').closest('details')!;
    const row = (label: string) => [...fee.querySelectorAll('dt')].find((dt) => dt.textContent === label)!.nextElementSibling!.textContent;
    expect(row('Global period')).toMatch(/^000 — same day only.*rvuedge/);
    expect(row('Bilateral indicator')).toMatch(/^unverified No source we could read/);
  });

  it('offers the full entry', () => {
    const onOpenDetail = vi.fn();
    renderCard('50431', { onOpenDetail });
    fireEvent.click(screen.getByRole('button', { name: 'Open full entry' }));
    expect(onOpenDetail).toHaveBeenCalledOnce();
  });
});

describe('modifier tips', () => {
  const tipOrder = () => screen.getAllByText(/^-[0-9A-Z]{2}$/).map((el) => el.textContent);

  it('puts the modifier written on the page first and marks it in use', () => {
    renderCard('74360', { modifiers: ['26'] });
    expect(tipOrder()[0]).toBe('-26');
    const first = screen.getAllByRole('listitem').find((li) => li.classList.contains('in-use'))!;
    expect(first.textContent).toContain('in use on this line');
    expect(screen.getByText(/as written on the page: 74360-26/i)).toBeTruthy();
  });

  it('keeps the written order for a chain of modifiers', () => {
    renderCard('74360', { modifiers: ['59', '26'] });
    expect(tipOrder().slice(0, 2)).toEqual(['-59', '-26']);
  });

  it('says when a written modifier is not in our list for this code', () => {
    renderCard('50431', { modifiers: ['TC'] });
    expect(screen.getByText(/modifier TC is written on the page but is not in our list for this code/i)).toBeTruthy();
  });

  it.each(['26', 'TC'])('warns that 50706-%s does not apply, instead of offering it', (mod) => {
    renderCard('50706', { modifiers: [mod] });
    expect(screen.getByRole('alert').textContent).toMatch(new RegExp(`^-${mod} does not apply to 50706: .*no professional/technical split`));
  });

  it('keeps 74360-26 as a usable tip (its PC/TC indicator is unverified, so nothing is ruled out)', () => {
    renderCard('74360', { modifiers: ['26'] });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('marks nothing in use when the page wrote no modifier', () => {
    const { container } = renderCard('74360');
    expect(container.querySelector('.in-use')).toBeNull();
  });
});

describe('documentation checklist', () => {
  function Stateful() {
    const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
    return (
      <CodeCard
        entry={getEntry('50706')!}
        modifiers={[]}
        units={null}
        warnings={[]}
        pinned
        checklist={{ checked, onToggle: (id, on) => setChecked((s) => toggled(s, id, on)) }}
        onClose={() => {}}
        onOpenDetail={() => {}}
      />
    );
  }

  it('counts ticked items as "n of total"', () => {
    render(<Stateful />);
    const total = getEntry('50706')!.checklist.items.length;
    expect(screen.getByText(`0 of ${total}`)).toBeTruthy();
    const boxes = screen.getAllByRole('checkbox');
    expect(boxes).toHaveLength(total);
    fireEvent.click(boxes[0]!);
    fireEvent.click(boxes[2]!);
    expect(screen.getByText(`2 of ${total}`)).toBeTruthy();
    fireEvent.click(boxes[0]!);
    expect(screen.getByText(`1 of ${total}`)).toBeTruthy();
  });
});

describe('pinned card and warnings', () => {
  it('becomes a focused dialog when pinned, and closes from its button', () => {
    const onClose = vi.fn();
    renderCard('50431', { pinned: true, onClose });
    const dialog = screen.getByRole('dialog', { name: /50431/ });
    expect(document.activeElement).toBe(dialog);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close card' }));
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('shows page-check warnings at the top of the card', () => {
    const warnings: PageWarning[] = [{ kind: 'addon-without-primary', codes: ['50706'], message: 'Add-on without a primary: test.' }];
    renderCard('50706', { warnings });
    expect(screen.getByRole('list', { name: 'Claim warnings' }).textContent).toContain('Add-on without a primary');
  });
});

describe('dataset vintage, per code set', () => {
  afterEach(() => vi.useRealTimers());
  const at = (iso: string) => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(iso));
  };
  const staleLines = () => screen.queryAllByRole('note').map((n) => n.textContent ?? '');
  const detail = (code: string) =>
    render(<EntryBody entry={getEntry(code)!} writtenModifiers={[]} checklist={{ checked: new Set(), onToggle: () => {} }} full />);

  it('switches the diagnoses to "may be out of date" on 1 October, when the new ICD-10-CM year starts', () => {
    at('2026-09-30T23:00:00Z');
    detail('50706');
    expect(screen.getByRole('list', { name: 'Editions' }).textContent).toMatch(/Diagnoses: ICD-10-CM FY2026/);
    expect(staleLines().some((t) => t.startsWith('Diagnoses'))).toBe(false);
    cleanup();
    at('2026-10-01T00:30:00Z');
    detail('50706');
    expect(staleLines().find((t) => t.startsWith('Diagnoses'))).toMatch(/took effect on 2026-10-01: may be out of date/);
    // A new ICD-10-CM year says nothing about CPT.
    expect(staleLines().some((t) => t.startsWith('Codes and rules'))).toBe(false);
  });

  it('keeps CPT and MPFS current until 1 January, then says they may be out of date', () => {
    at('2026-12-31T12:00:00Z');
    renderCard('50706');
    expect(screen.getByText(/^Codes and rules: CPT 2026 \(next edition 2027-01-01\)\.$/)).toBeTruthy();
    cleanup();
    at('2027-01-01T09:00:00Z');
    renderCard('50706');
    const stale = staleLines();
    expect(stale.find((t) => t.startsWith('Codes and rules'))).toMatch(/CPT 2026.*may be out of date/);
    expect(stale.find((t) => t.startsWith('Fee-schedule'))).toMatch(/MPFS 2026.*may be out of date/);
  });

  it('says the NCCI edits may be out of date once a quarter has passed', () => {
    at('2026-12-03T09:00:00Z');
    renderCard('50706');
    expect(staleLines().find((t) => t.startsWith('NCCI'))).toMatch(/may be out of date/);
  });
});

describe('card order', () => {
  it('answers a written modifier before the description', () => {
    const { container } = renderCard('74360', { modifiers: ['26'] });
    const blocks = [...container.querySelectorAll('.entry-body > *')].map((el) => el.className || el.tagName);
    expect(blocks.indexOf('block')).toBeLessThan(blocks.indexOf('description'));
  });

  it('keeps the description first when no modifier was written', () => {
    const { container } = renderCard('74360');
    expect(container.querySelector('.entry-body > *')?.className).toBe('description');
  });
});

describe('modifier tips: Medicare first, then other payers, for a named claim', () => {
  it('76496-26 on the page: the facility rule, no "does not apply" alert, other payers after', () => {
    renderCard('76496', { modifiers: ['26'] });
    expect(screen.queryByRole('alert')).toBeNull();
    const tipItem = screen.getByText('-26').closest('li')!;
    expect(tipItem.textContent).toMatch(/physician's claim/);
    const texts = [...tipItem.querySelectorAll('.tip-text')].map((t) => t.textContent ?? '');
    expect(texts[0]).toMatch(/^Medicare, facility setting/);
    expect(texts[1]).toMatch(/^Other payers: .*one payer's policy/);
  });

  it('76496 lists where the unlisted-code description goes on the claim', () => {
    renderCard('76496');
    const needs = screen.getByText(/What the claim needs/).parentElement!.textContent!;
    expect(needs).toMatch(/item 19 of the CMS-1500/);
    expect(needs).toMatch(/Medicare contractor/);
  });
});
