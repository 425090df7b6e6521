// @vitest-environment node
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { icdDb, readIcdSet, resetIcdDb } from '../../../components/icd10/icd-db';
import { forgetCachedIcd, lookupIcd } from '../../../components/icd10/icd-lookup';
import { importIcdFiles, removeIcdSet } from '../../../components/icd10/import-icd';
import { fiscalYearFromName, fiscalYearOf, placeDot } from '../../../components/icd10/icd-code';
import { fixture } from './files';

beforeEach(() => {
  resetIcdDb();
  forgetCachedIcd();
  globalThis.indexedDB = new IDBFactory();
});

async function imported(names: string[], options: { fiscalYear?: number } = {}) {
  const result = await importIcdFiles(names.map(fixture), options);
  if (!result.ok) throw new Error(result.error);
  return result.set;
}
const fact = async (code: string) => (await lookupIcd([code])).facts.get(placeDot(code))!;

describe('ICD-10-CM order file', () => {
  it('stores every code with the dot placed, billable or header, its long title, fiscal year and file name', async () => {
    const set = await imported(['icd10cm_order_2027.txt']);
    // 31 lines, 17 billable; the 8 parents the small fixture leaves out (M25, M25.5, …) are derived headers.
    expect(set).toMatchObject({ fiscalYear: 2027, fiscalYearFrom: 'file name', codes: 39, billable: 17, hasExcludes1: false });
    expect(set.files).toEqual([{ name: 'icd10cm_order_2027.txt', kind: 'order', rows: 31, fiscalYear: 2027 }]);
    expect(await fact('A000')).toMatchObject({ code: 'A00.0', found: true, billable: true, title: 'Cholera due to Vibrio cholerae 01, biovar cholerae' });
    expect(await fact('M17.1')).toMatchObject({ billable: false, title: 'Unilateral primary osteoarthritis of knee', needsSeventh: false });
    expect(await fact('I10')).toMatchObject({ billable: true, needsSeventh: false });
  });

  it('derives "7th character required" for a header whose billable codes all have 7 characters', async () => {
    await imported(['icd10cm_order_2027.txt']);
    expect((await fact('S72.001')).needsSeventh).toBe(true);
    expect((await fact('S72')).needsSeventh).toBe(true);
    expect((await fact('S72.001A')).needsSeventh).toBe(false);
    expect((await fact('M17')).needsSeventh).toBe(false);
  });

  it('says a code is not in the file, and that Excludes1 is not in it', async () => {
    await imported(['icd10cm_order_2027.txt']);
    expect(await fact('M17.9')).toMatchObject({ found: false, billable: null, needsSeventh: null, excludes1: null });
    expect((await fact('E11.9')).excludes1).toBeNull();
  });
});

describe('how the codes are stored', () => {
  it('writes one record per 3-character category, not one per code (each put is a request of its own)', async () => {
    const set = await imported(['icd10cm_order_2027.txt']);
    const db = await icdDb();
    const categories = new Set((await db.getAllKeys('codes')).map((k) => k[1]));
    expect(set.layout).toBe('by-category');
    expect([...categories].every((c) => /^[A-Z]\d[0-9A-Z]$/.test(c))).toBe(true);
    expect(categories.size).toBeLessThan(set.codes / 3);
    expect(await fact('S72.001A')).toMatchObject({ found: true, billable: true });
  });

  it('still reads an import made before that layout, one record per code', async () => {
    const db = await icdDb();
    await db.put('codes', { t: 'Unilateral primary osteoarthritis, right knee', b: 1 }, [7, 'M17.11']);
    await db.put('codes', { t: 'Unilateral primary osteoarthritis of knee', b: 0, s7: 0 }, [7, 'M17.1']);
    await db.put('meta', { gen: 7, fiscalYear: 2026, fiscalYearFrom: 'file name', files: [], codes: 2, billable: 1, hasExcludes1: false, importedAt: '2026-10-02T00:00:00.000Z', ms: 1 }, 'set');
    expect(await fact('M17.11')).toMatchObject({ found: true, billable: true, title: 'Unilateral primary osteoarthritis, right knee' });
    expect(await fact('M17.1')).toMatchObject({ found: true, billable: false, needsSeventh: false });
    expect(await fact('M17.12')).toMatchObject({ found: false });
  });
});

describe('ICD-10-CM code-description file and zips', () => {
  it('reads the billable-only file and derives headers from the codes (titles unknown)', async () => {
    const set = await imported(['icd10cm_codes_2027.txt']);
    expect(set.files[0]).toMatchObject({ kind: 'codes', rows: 17 });
    expect(await fact('M17.11')).toMatchObject({ billable: true, title: 'Unilateral primary osteoarthritis, right knee' });
    expect(await fact('M17.1')).toMatchObject({ found: true, billable: false, title: null, needsSeventh: false });
    expect((await fact('S72.001')).needsSeventh).toBe(true);
  });

  it('reads the CDC zip (order and codes files inside a folder), skipping the addenda and the PDF', async () => {
    const set = await imported(['icd10cm-Code Descriptions-2027.zip']);
    expect(set.files.map((f) => f.name).sort()).toEqual(['icd10cm_codes_2027.txt', 'icd10cm_order_2027.txt']);
    expect(set.codes).toBe(39);
    expect((await fact('A00')).title).toBe('Cholera');
  });

  it('reads Excludes1 notes from the tabular XML in the table-and-index zip, the note of a parent applying to its codes', async () => {
    const set = await imported(['icd10cm-Code Descriptions-2027.zip', 'icd10cm-table-index-2027.zip']);
    expect(set.hasExcludes1).toBe(true);
    expect(set.files.find((f) => f.kind === 'tabular')).toMatchObject({ name: 'icd10cm_tabular_2027.xml' });
    const e119 = await fact('E11.9');
    expect(e119.excludes1).toEqual([{ text: 'type 1 diabetes mellitus (E10.-)', refs: ['E10'] }]);
    expect((await fact('M17.0')).excludes1).toEqual([{ text: 'unilateral primary osteoarthritis of knee (M17.1-)', refs: ['M17.1'] }]);
    expect((await fact('I10')).excludes1).toEqual([]);
  });

  it('takes the fiscal year of the April update from its zip name, and the user\'s year when the name has none', async () => {
    expect((await imported(['April 1 2026 Code Descriptions in Tabular Order.zip'])).fiscalYear).toBe(2026);
    const renamed = await imported(['diagnosis-codes.txt'], { fiscalYear: 2025 });
    expect(renamed).toMatchObject({ fiscalYear: 2025, fiscalYearFrom: 'your choice' });
    expect(fiscalYearFromName('icd10cm_order_2027.txt')).toBe(2027);
    expect(fiscalYearOf('2026-09-30')).toBe(2026);
    expect(fiscalYearOf('2026-10-01')).toBe(2027);
  });
});

describe('broken ICD-10-CM files are refused with file, line and what was expected; the previous import stays', () => {
  it.each([
    ['broken/icd10cm_order_2027.txt', /^icd10cm_order_2027\.txt, line 5: "" in column 15 is not the header\/billable flag 0 or 1 \(order file layout: order number in columns 1–5, code in 7–13, 0\/1 in 15/],
    ['broken/icd10cm-Code Descriptions-2027.zip', /^icd10cm-Code Descriptions-2027\.zip: is not a readable zip \(invalid zip data\): cut short or damaged — download it again\.$/],
    ['broken/icd10cm_order_2028.txt', /^icd10cm_order_2028\.txt, line 1: the name says ICD-10-CM order file, but the line does not start with a 5-digit order number/],
    ['current_article.zip', /^current_article\.zip: holds no ICD-10-CM order file, code-description file or tabular XML/],
    ['icd10cm_tabular_2027.xml', /the tabular XML alone has no billable flags: drop the order file/],
  ])('%s', async (name, message) => {
    await imported(['icd10cm_order_2027.txt']);
    const before = await readIcdSet();
    const result = await importIcdFiles([fixture(name)]);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(message);
    expect(await readIcdSet()).toEqual(before);
    expect((await fact('M17.11')).found).toBe(true);
  });

  it('refuses a tabular XML cut short, with its line', async () => {
    const result = await importIcdFiles([fixture('icd10cm_order_2027.txt'), fixture('broken/icd10cm_tabular_2027.xml')]);
    expect(!result.ok && result.error).toMatch(/^icd10cm_tabular_2027\.xml, line 24: ends inside <diag>: the file is cut short\.$/);
  });

  it('refuses two fiscal years in one import', async () => {
    const result = await importIcdFiles([fixture('icd10cm_order_2027.txt'), fixture('April 1 2026 Code Descriptions in Tabular Order.zip')]);
    expect(!result.ok && result.error).toMatch(/mixes fiscal years 2026 and 2027/);
  });

  it('leaves no records of a failed import behind, and remove drops the set and its codes', async () => {
    await imported(['icd10cm_order_2027.txt']);
    const db = await icdDb();
    const stored = await db.count('codes');
    await importIcdFiles([fixture('broken/icd10cm_order_2027.txt')]);
    expect(await db.count('codes')).toBe(stored);
    await removeIcdSet();
    expect(await readIcdSet()).toBeNull();
    expect(await db.count('codes')).toBe(0);
    expect((await lookupIcd(['M17.11'])).set).toBeNull();
  });
});
