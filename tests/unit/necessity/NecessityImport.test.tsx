import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { NecessityImport } from '../../../components/options/NecessityImport';
import { readChoice, resetCoverageDb } from '../../../components/coverage/coverage-db';
import { forgetCachedCoverage } from '../../../components/coverage/coverage-lookup';
import { importCoverageFiles } from '../../../components/coverage/import-coverage';
import type { runNecessityImport } from '../../../components/coverage/run-necessity-import';
import { resetIcdDb } from '../../../components/icd10/icd-db';
import { forgetCachedIcd } from '../../../components/icd10/icd-lookup';
import { importIcdFiles } from '../../../components/icd10/import-icd';
import { fixture } from './files';

// The Worker's job, done in-process: the same import functions, so the page shows real results.
const inProcess: typeof runNecessityImport = async (request) => {
  const o = request.kind === 'icd' ? await importIcdFiles(request.files, { fiscalYear: request.fiscalYear }) : await importCoverageFiles(request.files);
  return o.ok ? { ok: true } : o;
};

beforeEach(() => {
  resetIcdDb();
  resetCoverageDb();
  forgetCachedIcd();
  forgetCachedCoverage();
  globalThis.indexedDB = new IDBFactory();
});

const drop = (id: string, names: string[]) => fireEvent.change(document.getElementById(id)!, { target: { files: names.map(fixture) } });

describe('Options → Medical necessity', () => {
  it('imports the ICD-10-CM zips and shows fiscal year, files, rows and Excludes1; remove empties it', async () => {
    render(<NecessityImport run={inProcess} />);
    expect(await screen.findByText('No ICD-10-CM file imported yet.')).toBeTruthy();
    drop('necessity-icd-files', ['icd10cm-Code Descriptions-2027.zip', 'icd10cm-table-index-2027.zip']);
    expect(await screen.findByText(/ICD-10-CM FY 2027 \(file name\)/)).toBeTruthy();
    const summary = document.querySelector('[data-set="icd"]')!.textContent!;
    expect(summary).toContain('39 codes, 17 billable; Excludes1 imported');
    expect(summary).toContain('icd10cm_order_2027.txt: order file FY 2027, 31 lines');
    expect(summary).toContain('icd10cm_tabular_2027.xml: tabular XML (Excludes1) FY 2027, 3 codes with Excludes1 notes');
    fireEvent.click(screen.getByRole('button', { name: 'Remove ICD-10-CM file' }));
    expect(await screen.findByText('No ICD-10-CM file imported yet.')).toBeTruthy();
  });

  it('uses the fiscal year typed in for a renamed file', async () => {
    render(<NecessityImport run={inProcess} />);
    fireEvent.input(screen.getByLabelText('Fiscal year, if the file name has none'), { target: { value: '2025' } });
    drop('necessity-icd-files', ['diagnosis-codes.txt']);
    expect(await screen.findByText(/ICD-10-CM FY 2025 \(your choice\)/)).toBeTruthy();
  });

  it('a refused file names file and line in an alert, and the previous import is still listed', async () => {
    render(<NecessityImport run={inProcess} />);
    drop('necessity-mcd-files', ['current_article.zip']);
    expect(await screen.findByText(/Coverage articles as of 2026-11-22/)).toBeTruthy();
    drop('necessity-mcd-files', ['broken/bad-row-current_article.zip']);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Not imported: article_x_icd10_covered.csv, line 5: icd10_code_id "M17 12" is not an ICD-10-CM code. The previous import is unchanged.');
    expect(document.querySelector('[data-set="coverage"]')!.textContent).toContain('article_x_icd10_covered.csv: 8 rows, last updated 2026-11-20');
    expect(screen.getByText(/AMA \(CPT\), ADA \(CDT\) and AHA \(UB-04\) licence terms/)).toBeTruthy();
  });

  it('offers the imported contractors and states, and keeps the choice', async () => {
    render(<NecessityImport run={inProcess} />);
    drop('necessity-mcd-files', ['current_article.zip']);
    const select = (await screen.findByLabelText('Your contractor')) as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual([
      '— choose —',
      'Invented Eastern MAC, Inc. (15102) — A and B MAC, KY',
      'Invented Western MAC, LLC (01112) — A and B MAC, CA NV',
      'CA',
      'KY',
      'NV',
    ]);
    fireEvent.change(select, { target: { value: 'c:901|1|1' } });
    await waitFor(async () => expect(await readChoice()).toEqual({ contractor: '901|1|1' }));
    fireEvent.change(select, { target: { value: 's:NV' } });
    await waitFor(async () => expect(await readChoice()).toEqual({ state: 'NV' }));
  });
});
