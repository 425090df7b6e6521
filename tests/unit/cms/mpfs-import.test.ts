// @vitest-environment node
// The MPFS file through the whole import: stored per code with the file's year and release,
// read back by lookupEdits for any code, all-or-nothing against the previous import, an import
// cut off mid-way (the options page closed) leaving the previous one answering, and files the
// browser evicted reported as gone.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { editDb, readSets, resetEditDb } from '../../../components/cms/edit-db';
import { forgetCachedEdits, lookupEdits } from '../../../components/cms/edit-lookup';
import { importEditFiles, removeEditSet } from '../../../components/cms/import-edit-files';
import { cardFacts } from '../../../components/cms/card-facts';
import { markImported } from '../../../components/cms/import-marker';
import { mpfsCsv } from '../../../scripts/mpfs-layout.mjs';
import { fixture } from './cms-files';

beforeEach(() => {
  resetEditDb();
  forgetCachedEdits();
  globalThis.indexedDB = new IDBFactory();
  fakeBrowser.reset();
});

async function importOk(names: string[]) {
  const result = await importEditFiles(names.map(fixture), 'practitioner');
  if (!result.ok) throw new Error(result.error);
  return result;
}

describe('MPFS import', () => {
  it('lists the file with its year, release and rows, and answers any code with its global row and the file', async () => {
    const { sets } = await importOk(['RVU26A.zip']);
    expect(sets.mpfs!.files.map((f) => [f.name, f.version, f.rows])).toEqual([['PPRRVU2026_Jan_QPP.csv', '2026 A (January release)', 10]]);
    expect(sets.mpfs!.feeSchedule).toEqual({ file: 'PPRRVU2026_Jan_QPP.csv', year: 2026, release: '2026 A' });
    const facts = await lookupEdits(['74360', '52000', '99999']);
    expect(facts.codes.get('74360')!.mpfs).toMatchObject({ modifier: '', pctc: '1', global: 'XXX', workRvu: 0.54 });
    expect(facts.codes.get('52000')!.mpfs).toMatchObject({ status: 'A', bilateral: '0', assistant: '1' });
    expect(facts.codes.get('99999')!.mpfs).toBeNull();
    expect((await cardFacts('52000')).feeSchedule).toMatchObject({ from: 'PPRRVU2026_Jan_QPP.csv (MPFS 2026, release A)', year: 2026 });
  });

  it('never stores the descriptor column', async () => {
    await importOk(['PPRRVU2026_Jan_nonQPP.csv']);
    const stored = await (await editDb()).getAll('mpfs');
    expect(stored.length).toBe(8);
    expect(JSON.stringify(stored)).not.toMatch(/TEST|PROCEDURE|IMAGING|VISIT/);
  });

  it('imports beside the NCCI files and is removed on its own', async () => {
    await importOk(['medicare-ncci-2026-q2-practitioner-services-mue-table.zip', 'PPRRVU2026_Jan_nonQPP.csv']);
    const after = await removeEditSet('mpfs');
    expect(after.mpfs).toBeUndefined();
    expect(after.mue).toBeDefined();
    expect((await lookupEdits(['52000'])).codes.get('52000')).toMatchObject({ mpfs: null, mue: { v: 1 } });
  });

  it.each([
    ['broken/PPRRVU2026_Jan_nonQPP.csv', /line 12: HCPCS "52-00"/],
    ['broken/RVU26A.zip', /RVU26A\.zip/],
    ['broken/my-fee-schedule.csv', /^my-fee-schedule\.csv: gives its year neither in its name .* nor in a title line/],
  ])('refuses %s and keeps the previous import whole', async (broken, message) => {
    await importOk(['PPRRVU2026_Apr_nonQPP.csv']);
    const result = await importEditFiles([fixture(broken)], 'practitioner');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(message);
    const sets = await readSets();
    expect(sets.mpfs!.files[0]!.name).toBe('PPRRVU2026_Apr_nonQPP.csv');
    forgetCachedEdits();
    expect((await lookupEdits(['50431'])).codes.get('50431')!.mpfs).toMatchObject({ bilateral: '1', workRvu: 1.1 });
  });
});

/** A file whose stream delivers `until` bytes and then never another: a worker killed mid-import. */
function stallingFile(bytes: Uint8Array, name: string, until: number): File {
  const file = new File([bytes as BlobPart], name);
  Object.defineProperty(file, 'stream', {
    value: () =>
      new ReadableStream<Uint8Array>({
        start(c) {
          for (let at = 0; at < until; at += 4096) c.enqueue(bytes.slice(at, Math.min(until, at + 4096)));
        },
      }),
  });
  return file;
}

describe('an import cut off mid-way', () => {
  it('leaves the previous import answering, and the next import clears what it had written', async () => {
    const jan = (await importOk(['PPRRVU2026_Jan_nonQPP.csv'])).sets.mpfs!.gen;
    const rows = Array.from({ length: 12_000 }, (_, i) => ({ code: String(10000 + i), status: 'A', work: '9.99', pctc: '0', glob: '090', mult: '2', bilat: '0', asst: '0', co: '0', team: '0' }));
    rows.push({ code: '50431', status: 'A', work: '9.99', pctc: '0', glob: '090', mult: '2', bilat: '0', asst: '0', co: '0', team: '0' });
    const big = new TextEncoder().encode(mpfsCsv(rows, { year: 2026, month: 'July' }));
    // Never settles: the options page (and its Worker) went away with it.
    void importEditFiles([stallingFile(big, 'PPRRVU2026_Jul_nonQPP.csv', Math.floor(big.length / 2))], 'practitioner');
    const db = await editDb();
    // Written as it goes: records of the cut-off import (about half of its 12,000 codes) are there before the stall.
    const cutOff = async () => (await db.getAllKeys('mpfs')).map((k) => k[0]).filter((g) => g !== jan);
    await expect.poll(async () => (await cutOff()).length, { timeout: 5000 }).toBeGreaterThan(0);
    const abandoned = await cutOff();

    forgetCachedEdits();
    const facts = await lookupEdits(['50431', '10001']);
    expect(facts.sets.mpfs!.files[0]!.name).toBe('PPRRVU2026_Jan_nonQPP.csv');
    expect(facts.codes.get('50431')!.mpfs).toMatchObject({ global: '000', workRvu: 1.1 });
    expect(facts.codes.get('10001')!.mpfs).toBeNull();

    resetEditDb();
    const { sets } = await importOk(['PPRRVU2026_Apr_nonQPP.csv']);
    const gens = new Set((await (await editDb()).getAllKeys('mpfs')).map((k) => k[0]));
    expect([...gens]).toEqual([sets.mpfs!.gen]);
    expect(abandoned.every((g) => !gens.has(g))).toBe(true);
  });
});

describe('files the browser evicted', () => {
  it('are reported as gone to cards when the import marker is there and IndexedDB is empty', async () => {
    await importOk(['PPRRVU2026_Jan_nonQPP.csv']);
    await markImported(['PPRRVU2026_Jan_nonQPP.csv']);
    expect((await lookupEdits(['50431'])).filesGone).toBe(false);
    // Eviction empties the whole database.
    resetEditDb();
    forgetCachedEdits();
    globalThis.indexedDB = new IDBFactory();
    const facts = await cardFacts('50431');
    expect(facts.filesGone).toBe(true);
    expect(facts.feeSchedule).toBeNull();
  });

  it('are not reported when nothing was ever imported', async () => {
    expect((await lookupEdits(['50431'])).filesGone).toBe(false);
  });
});
