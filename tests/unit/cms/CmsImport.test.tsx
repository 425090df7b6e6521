/** The options page's CMS section as the user finds it: files gone after an eviction, and the storage note. */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { render, screen } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetEditDb } from '../../../components/cms/edit-db';
import { importEditFiles } from '../../../components/cms/import-edit-files';
import { markImported, readImportMarker } from '../../../components/cms/import-marker';
import { CmsImport } from '../../../components/options/CmsImport';
import { fixture } from './cms-files';

beforeEach(() => {
  resetEditDb();
  globalThis.indexedDB = new IDBFactory();
});

describe('CMS section of the options page', () => {
  it('says the files are gone when they were imported and IndexedDB is now empty', async () => {
    await markImported(['PPRRVU2026_Jan_nonQPP.csv']);
    render(<CmsImport />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Your imported CMS files are gone: .*PPRRVU2026_Jan_nonQPP\.csv\)\. Import them again/);
  });

  it('lists an imported MPFS file with its year, release and rows, and no warning', async () => {
    const result = await importEditFiles([fixture('PPRRVU2026_Jan_nonQPP.csv')], 'practitioner');
    expect(result.ok).toBe(true);
    render(<CmsImport />);
    const list = await screen.findByRole('list', { name: 'Imported CMS edit files' });
    expect(list.textContent).toMatch(/MPFS relative value file: 10 rows, .*PPRRVU2026_Jan_nonQPP\.csv: year 2026, release 2026 A \(January release\), 10 rows/);
    expect(screen.getByRole('button', { name: 'Remove MPFS relative value file' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    // An import from before the marker existed gets one, so a later eviction is noticed.
    await expect.poll(() => readImportMarker()).toMatchObject({ files: ['PPRRVU2026_Jan_nonQPP.csv'] });
  });
});
