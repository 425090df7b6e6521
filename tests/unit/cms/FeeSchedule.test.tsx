/** What a coder reads of the imported MPFS file: on the numbers-only card, beside the dataset's values, and when the files are gone. */
import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { getEntry } from '../../../data/dataset';
import type { CardFacts, FeeScheduleFact } from '../../../components/cms/card-facts';
import { CmsFacts } from '../../../components/cms/CmsFacts';
import { FeeScheduleBlock } from '../../../components/card/FeeScheduleBlock';
import { CmsStorageNote } from '../../../components/options/CmsStorageNote';

const FROM = 'PPRRVU2026_Jan_nonQPP.csv (MPFS 2026, release A)';
const fileRow = (over: Partial<FeeScheduleFact['row']>): FeeScheduleFact => ({
  year: 2026,
  from: FROM,
  row: { code: '50706', modifier: '', status: 'A', pctc: '0', global: 'ZZZ', multipleProcedure: '0', bilateral: '1', assistant: '1', coSurgeon: '0', team: '0', workRvu: 3.5, ...over },
});
const base: CardFacts = { code: '52000', imported: true, filesGone: false, mueImported: false, setting: null, partners: [], ptpFrom: null, mue: null, addon: null, feeSchedule: null };

function feeRow(label: string): string {
  const dt = [...document.querySelectorAll('.fee-schedule dt')].find((d) => d.textContent === label)!;
  return dt.nextElementSibling!.textContent!;
}

describe('fee-schedule block of a dataset card', () => {
  const fee = getEntry('50706')!.feeSchedule;

  it('fills what the dataset leaves unverified from the user’s file, naming the file and year', () => {
    render(<FeeScheduleBlock feeSchedule={fee} imported={fileRow({})} />);
    expect(feeRow('Bilateral indicator')).toBe(`1 — modifier 50 applies: one line, 1 unit, 150% (your file ${FROM}; CPT Lens's dataset has no verified value)`);
  });

  it('shows both values where file and dataset disagree, and says the file wins', () => {
    render(<FeeScheduleBlock feeSchedule={fee} imported={fileRow({})} />);
    expect(feeRow('Work RVU')).toMatch(new RegExp(`^Your file: 3\\.5 \\(${FROM.replace(/[().]/g, '\\$&')}\\)\\. CPT Lens's dataset says 3\\.71 \\(payerready\\.com.*\\)\\. Your file wins\\.$`));
    expect(feeRow('Global period')).toMatch(/^ZZZ — add-on: part of the primary procedure’s global period \(payerready.*\) Your file PPRRVU2026_Jan_nonQPP\.csv \(MPFS 2026, release A\) says the same\.$/);
  });

  it('keeps the dataset’s "unverified" when there is no file', () => {
    render(<FeeScheduleBlock feeSchedule={fee} imported={null} />);
    expect(feeRow('Bilateral indicator')).toMatch(/^unverified /);
    expect(feeRow('Work RVU')).not.toMatch(/Your file/);
  });
});

describe('MPFS facts on the numbers-only card', () => {
  it('lists each indicator with its plain meaning and the file and year', () => {
    render(<CmsFacts facts={{ ...base, feeSchedule: fileRow({ code: '52000', pctc: '1', bilateral: '3', coSurgeon: '2' }) }} />);
    const list = document.querySelector('.cms-fee-schedule dl')!;
    expect(list.getAttribute('aria-label')).toBe('Fee-schedule indicators of 52000 from your MPFS file');
    const block = screen.getByRole('region', { name: 'From your CMS edit files' }).textContent!;
    expect(block).toContain('Medicare Physician Fee Schedule 2026');
    expect(block).toContain('PC/TC indicator1: diagnostic test with a professional and a technical part: bill global, or -26 / -TC');
    expect(block).toContain('Bilateral (50)3: each side paid in full');
    expect(block).toContain('Co-surgeons (62)2: co-surgeons permitted (62)');
    expect(block).toContain(FROM);
    // Only an MUE table imported makes a missing MUE worth a line.
    expect(block).not.toContain('No MUE');
  });

  it('says the files are gone and need importing again when the browser cleared them', () => {
    render(<CmsFacts facts={{ ...base, imported: false, filesGone: true }} />);
    expect(screen.getByRole('note').textContent).toMatch(/^Your imported CMS files are gone: this browser cleared the storage .* Import them again on the CPT Lens options page/);
  });
});

describe('storage note on the options page', () => {
  it('says whether persistent storage was granted, and names the files that are gone', () => {
    const { rerender } = render(<CmsStorageNote persisted={true} gone={null} />);
    expect(screen.getByText(/^Storage: persistent/)).toBeTruthy();
    rerender(<CmsStorageNote persisted={false} gone={{ at: '2026-04-02T10:00:00.000Z', files: ['PPRRVU2026_Jan_nonQPP.csv'] }} />);
    expect(screen.getByText(/^Storage: not persistent/)).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toMatch(/gone.*imported 2026-04-02 10:00 UTC: PPRRVU2026_Jan_nonQPP\.csv\)\. Import them again/);
  });
});
