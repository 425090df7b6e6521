/** The popup as a coder drives it: type, arrow, Enter, read, Escape. */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import searchIndex from 'virtual:cpt-search-index';
import { DATASET } from '../../../data/dataset';
import { PopupApp } from '../../../components/popup/PopupApp';
import { createSearch } from '../../../components/search/search-codes';

const search = createSearch(searchIndex, DATASET);
const renderPopup = (initialCode?: string) => render(<PopupApp dataset={DATASET} search={search} initialCode={initialCode} />);
const box = () => screen.getByRole('searchbox', { name: 'Search CPT codes' });
const type = (text: string) => fireEvent.input(box(), { target: { value: text } });

describe('popup', () => {
  it('opens with the caret in the search box, listing every code', () => {
    renderPopup();
    expect(document.activeElement).toBe(box());
    expect(screen.getAllByRole('option')).toHaveLength(DATASET.length);
  });

  it('shows code, title and status badge for each result', () => {
    renderPopup();
    type('esophag');
    const [first] = screen.getAllByRole('option');
    expect(first!.textContent).toContain('74360');
    expect(within(first!).getByText('S&I only')).toBeTruthy();
    expect(first!.textContent).toContain(DATASET.find((e) => e.code === '74360')!.title);
  });

  it('says "No matching codes" when nothing matches', () => {
    renderPopup();
    type('zzzzqqq');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(screen.getByRole('status').textContent).toBe('No matching codes');
  });

  it('moves the active result with the arrow keys and opens it with Enter', () => {
    renderPopup();
    type('5');
    const options = () => screen.getAllByRole('option');
    expect(options()[0]!.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(box(), { key: 'ArrowDown' });
    expect(options()[1]!.getAttribute('aria-selected')).toBe('true');
    expect(box().getAttribute('aria-activedescendant')).toBe(options()[1]!.id);
    fireEvent.keyDown(box(), { key: 'ArrowDown' });
    fireEvent.keyDown(box(), { key: 'ArrowDown' });
    expect(options().at(-1)!.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(box(), { key: 'ArrowUp' });
    const chosen = options()[0]!.textContent!.slice(0, 5);
    fireEvent.keyDown(box(), { key: 'ArrowUp' });
    fireEvent.keyDown(box(), { key: 'Enter' });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain(chosen);
  });

  it('shows everything the card shows in the detail view, plus more, and Escape goes back', async () => {
    renderPopup();
    type('50706');
    fireEvent.keyDown(box(), { key: 'Enter' });
    const detail = screen.getByRole('article');
    const entry = DATASET.find((e) => e.code === '50706')!;
    expect(detail.textContent).toContain(entry.description);
    expect(within(detail).getAllByRole('checkbox')).toHaveLength(entry.checklist.items.length);
    expect(within(detail).getByText(/report with one of these primary codes/i)).toBeTruthy();
    expect(within(detail).getByText(/modifier tips/i)).toBeTruthy();
    expect(within(detail).getByText('MUE (units per day)')).toBeTruthy();
    expect(within(detail).getByText(/where sources disagree/i)).toBeTruthy();
    fireEvent.keyDown(detail, { key: 'Escape' });
    await waitFor(() => expect(document.activeElement).toBe(box()));
    expect((box() as HTMLInputElement).value).toBe('50706');
  });

  it('opens straight on an entry when asked for one (from a card)', () => {
    renderPopup('74360');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('74360');
  });
});
