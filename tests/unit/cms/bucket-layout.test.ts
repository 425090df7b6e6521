// @vitest-environment node
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { editDb, resetEditDb } from '../../../components/cms/edit-db';
import { forgetCachedEdits, lookupEdits } from '../../../components/cms/edit-lookup';
import { importEditFiles } from '../../../components/cms/import-edit-files';
import { FIXTURES } from './cms-files';

beforeEach(() => {
  resetEditDb();
  forgetCachedEdits();
  globalThis.indexedDB = new IDBFactory();
});

const MUE_NAME = 'MCR_MUE_PractitionerServices_Eff_04-01-2026.csv';
const head = readFileSync(`${FIXTURES}/${MUE_NAME}`, 'latin1').split('\n').slice(0, 5).join('\n');
const mueFile = (rows: string[]) => new File([`${head}\n${rows.join('\n')}\n`], MUE_NAME);
const mue = async (code: string) => (await lookupEdits([code])).codes.get(code)!.mue;

describe('MUE and MPFS records by code prefix', () => {
  it('writes one record per run of a 3-character prefix, and answers every code from it', async () => {
    const rows = Array.from({ length: 300 }, (_, i) => `${50400 + i},${1 + (i % 9)},"2 Date of Service Edit: Policy",Anatomic Consideration`);
    const result = await importEditFiles([mueFile(rows)], 'practitioner');
    expect(result.ok).toBe(true);
    const keys = await (await editDb()).getAllKeys('mue');
    expect(keys.map((k) => k[1])).toEqual(['504', '505', '506']);
    expect(await mue('50431')).toMatchObject({ v: 1 + (31 % 9), a: 2 });
    expect(await mue('50699')).toMatchObject({ v: 1 + (299 % 9) });
    expect(await mue('50700')).toBeNull();
  });

  it('keeps a prefix that comes back later in an unsorted file; its later row wins, as it did per code', async () => {
    const rows = ['50431,2,"2 Date of Service Edit: Policy",A', '74360,1,"3 Date of Service Edit: Clinical",B', '50432,3,"1 Line Edit",C', '74361,1,"1 Line Edit",D', '50431,4,"1 Line Edit",E'];
    expect((await importEditFiles([mueFile(rows)], 'practitioner')).ok).toBe(true);
    expect(await mue('50431')).toMatchObject({ v: 4, a: 1 });
    expect(await mue('50432')).toMatchObject({ v: 3 });
    expect(await mue('74360')).toMatchObject({ v: 1, a: 3 });
  });

  it('still reads MUE and MPFS sets imported before, one record per code', async () => {
    const db = await editDb();
    await db.put('mue', { v: 2, a: 2, r: 'Anatomic Consideration', f: 0 }, [3, '50431']);
    const row = { code: '50431', modifier: '', status: 'A', global: '000', pctc: '0', bilateral: '1', multipleProcedure: '2', assistant: '1', coSurgeon: '0', team: '0', workRvu: 1.1 };
    await db.put('mpfs', { rows: [row], f: 0 }, [3, '50431']);
    const set = { gen: 3, setting: 'practitioner' as const, files: [], rows: 1, importedAt: '2026-06-01T00:00:00.000Z', ms: 1 };
    await db.put('meta', { mue: set, mpfs: { ...set, setting: null, feeSchedule: { file: 'PPRRVU2026_Apr_nonQPP.csv', year: 2026, release: '2026 B' } } }, 'sets');
    const facts = (await lookupEdits(['50431'])).codes.get('50431')!;
    expect(facts.mue).toMatchObject({ v: 2, a: 2 });
    expect(facts.mpfs).toMatchObject({ global: '000', workRvu: 1.1 });
  });
});
