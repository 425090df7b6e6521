/**
 * The card of a diagnosis code on the claim: routed by the code's shape, answer first from the
 * user's imported ICD-10-CM file (named with its fiscal year), and the claim's findings about it.
 */
import { render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CardApp } from '../../../components/card/CardApp';
import type { IcdCardFacts } from '../../../components/icd10/icd-card-facts';
import type { CardView } from '../../../components/overlay/card-ui-api';
import { EMPTY_TAB, type TabState } from '../../../components/tab-checks/tab-state-message';
import { fact } from '../necessity/necessity-facts';

const FILE = { fiscalYear: 2027, names: ['icd10cm-Code Descriptions-2027.zip'] };
const view = (code: string, tab: TabState = EMPTY_TAB): CardView => ({ code, modifiers: [], units: null, tab, pinned: false, onClose: () => {} });

const background = vi.hoisted(() => ({ reply: null as null | ((code: string) => unknown) }));
// The background's side of the request, as handle-message.ts answers it.
vi.mock('../../../components/messaging/send-request', () => ({
  sendRequest: (msg: { type: string; code: string }) => Promise.resolve(msg.type === 'cpt-lens/icd-facts' ? background.reply?.(msg.code) : []),
}));
function answer(reply: (code: string) => IcdCardFacts): void {
  background.reply = reply;
}
afterEach(() => (background.reply = null));
const verdict = () => screen.getByRole('tooltip').querySelector('.verdict')!.textContent;

describe('the diagnosis card', () => {
  it('names a billable code by the imported file’s title, with the file and fiscal year', async () => {
    answer((code) => ({ code, file: FILE, fact: fact(code, { title: 'Unilateral primary osteoarthritis, right knee' }) }));
    render(<CardApp view={view('M17.11')} />);
    await waitFor(() => expect(verdict()).toBe('Billable diagnosis code (FY 2027) ✓'));
    const card = screen.getByRole('tooltip', { name: 'ICD-10-CM M17.11: Unilateral primary osteoarthritis, right knee' });
    expect(card.textContent).toContain('From your imported ICD-10-CM file, FY 2027 (icd10cm-Code Descriptions-2027.zip) — CDC, public domain.');
  });

  it('says a header is not billable and shows the claim’s warning about it, not other diagnoses’', async () => {
    answer((code) => ({ code, file: FILE, fact: fact(code, { billable: false, title: 'Unilateral primary osteoarthritis of knee' }) }));
    const tab: TabState = {
      ...EMPTY_TAB,
      diagnoses: ['M17.1', 'S72.001'],
      warnings: [
        { kind: 'diagnosis-problem', codes: [], message: 'M17.1 is a header.', diagnoses: ['M17.1'] },
        { kind: 'diagnosis-problem', codes: [], message: 'S72.001 is missing its 7th character.', diagnoses: ['S72.001'] },
      ],
    };
    render(<CardApp view={view('M17.1', tab)} />);
    await waitFor(() => expect(verdict()).toBe('A header, not billable: code to the full specificity under it (FY 2027) ✗'));
    const card = screen.getByRole('tooltip');
    expect(card.textContent).toContain('M17.1 is a header.');
    expect(card.textContent).not.toContain('S72.001');
  });

  it('says a code needs its 7th character, or is not in the file, or that no file is imported', async () => {
    answer((code) =>
      code === 'S72.001'
        ? { code, file: FILE, fact: fact(code, { billable: false, needsSeventh: true }) }
        : code === 'Q99.9'
          ? { code, file: FILE, fact: fact(code, { found: false, billable: null }) }
          : { code, file: null, fact: null },
    );
    const { unmount } = render(<CardApp view={view('S72.001')} />);
    await waitFor(() => expect(verdict()).toBe('Not billable as written: it needs a 7th character (FY 2027) ✗'));
    unmount();
    const second = render(<CardApp view={view('Q99.9')} />);
    await waitFor(() => expect(verdict()).toBe('Not a code of your imported ICD-10-CM file (FY 2027) ✗'));
    second.unmount();
    render(<CardApp view={view('I10')} />);
    await waitFor(() => expect(verdict()).toMatch(/^No ICD-10-CM file imported/));
  });

  it('leaves five-character codes to the procedure card', () => {
    render(<CardApp view={view('50706')} />);
    expect(screen.getByRole('tooltip').getAttribute('aria-label')).toMatch(/^CPT 50706/);
  });
});
