// @vitest-environment node
/** Which codes outside the dataset the user's imports know: only those are checked and marked. */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { resetEditDb } from '../../../components/cms/edit-db';
import { forgetCachedEdits } from '../../../components/cms/edit-lookup';
import { importEditFiles } from '../../../components/cms/import-edit-files';
import { saveDescriptors } from '../../../components/settings/descriptor-store';
import { readFacts } from '../../../components/tab-checks/read-facts';
import { fixture } from '../cms/cms-files';

beforeEach(() => {
  fakeBrowser.reset();
  resetEditDb();
  forgetCachedEdits();
  globalThis.indexedDB = new IDBFactory();
});

describe('readFacts', () => {
  it('knows nothing outside the dataset before an import, except codes in the licensed descriptor file', async () => {
    await saveDescriptors({ fileName: 'cpt.csv', importedAt: '2026-05-01', entries: { '99213': 'x' } });
    const f = await readFacts(['50706', '99213', '52000']);
    expect(f.edits).toBeNull();
    expect([...f.known]).toEqual(['99213']);
  });

  it('knows codes with an MUE, an add-on row or a PTP edit in either column, and not the rest', async () => {
    const files = ['medicare-ncci-2026q2-practitioner-ptp-edits-ccipra-v321r0-f1.zip', 'medicare-ncci-2026-q2-practitioner-services-mue-table.zip', 'medicare-ncci-2026q2-add-on-code-edits.zip'];
    const result = await importEditFiles(files.map(fixture), 'practitioner');
    if (!result.ok) throw new Error(result.error);
    const f = await readFacts(['50706', '52000', '22614', '11042', '20930', '12345']);
    expect(f.edits).not.toBeNull();
    // 50706 is the dataset's own; 11042 is only ever a column 2 code; 20930's one row (indicator 9) is not kept.
    expect([...f.known].sort()).toEqual(['11042', '22614', '52000']);
  });
});
