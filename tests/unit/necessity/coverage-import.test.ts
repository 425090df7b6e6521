// @vitest-environment node
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { coverageDb, readCoverageSet, resetCoverageDb } from '../../../components/coverage/coverage-db';
import { forgetCachedCoverage, lookupCoverage, saveChoice } from '../../../components/coverage/coverage-lookup';
import { importCoverageFiles, removeCoverageSet } from '../../../components/coverage/import-coverage';
import { fixture } from './files';

beforeEach(() => {
  resetCoverageDb();
  forgetCachedCoverage();
  globalThis.indexedDB = new IDBFactory();
});

async function imported(names: string[] = ['current_article.zip']) {
  const result = await importCoverageFiles(names.map(fixture));
  if (!result.ok) throw new Error(result.error);
  return result.set;
}
const WEST = '901|1|1';
const EAST = '902|1|2';

describe('MCD current article download', () => {
  it('reads the zip inside the zip: every table CPT Lens needs, with rows and the last-updated date per file', async () => {
    const set = await imported();
    expect(set.files.map((f) => [f.name, f.rows])).toEqual([
      ['article.csv', 6],
      ['article_x_contractor.csv', 6],
      ['article_x_hcpc_code.csv', 6],
      ['article_x_icd10_covered.csv', 8],
      ['article_x_icd10_covered_group.csv', 3],
      ['article_x_icd10_noncovered.csv', 1],
      ['article_x_icd10_noncovered_group.csv', 1],
      ['contractor.csv', 2],
      ['contractor_jurisdiction.csv', 4],
      ['contractor_type_lookup.csv', 2],
      ['state_lookup.csv', 3],
      ['update_period.csv', 1],
    ]);
    expect(set.files[0]).toMatchObject({ path: 'current_article.zip → current_article_csv.zip → article.csv', lastUpdated: '2026-11-20' });
    expect(set.asOf).toBe('2026-11-22');
    // The article without codes (A59004) is not kept; A59001 counts once (its highest version).
    expect(set.articles).toBe(4);
  });

  it('lists contractors with name, number, type and current states (an ended jurisdiction left out)', async () => {
    const set = await imported();
    expect(set.contractors).toEqual([
      { key: EAST, id: '902', number: '15102', name: 'Invented Eastern MAC, Inc.', type: 'A and B MAC', states: ['KY'] },
      { key: WEST, id: '901', number: '01112', name: 'Invented Western MAC, LLC', type: 'A and B MAC', states: ['CA', 'NV'] },
    ]);
  });

  it('answers per code with the chosen contractor\'s articles only: id, version, title, dates, covered groups and rules, noncovered codes', async () => {
    await imported();
    await saveChoice({ contractor: WEST });
    const facts = await lookupCoverage(['27447', '64483', '99999']);
    expect(facts.chosen?.label).toBe('Invented Western MAC, LLC (01112)');
    const [knee] = facts.articlesByCode['27447']!;
    expect(facts.articlesByCode['27447']).toHaveLength(1);
    expect(knee).toMatchObject({ id: 'A59001', version: 3, title: 'Billing and Coding: Invented Knee Arthroplasty Article', effective: '2026-10-01', ends: null });
    expect(knee!.covered).toEqual({ 'M17.0': [1], 'M17.11': [1], 'M17.12': [1] });
    expect(knee!.noncovered).toEqual({ 'M25.561': true });
    expect(knee!.asterisked).toEqual(['M17.12']);
    expect(knee!.groups[0]!.paragraph).toBe('Group 1 Paragraph: The diagnoses below support the service; an asterisk (*) marks codes that need the documentation in the article , item 3.');
    const [block] = facts.articlesByCode['64483']!;
    expect(block!.title).toBe('Billing and Coding: Invented Nerve Block Article, "Lumbar"');
    expect(block!.groups.map((g) => [g.group, g.rule])).toEqual([
      [1, { kind: 'needs', groups: [2], role: 'secondary' }],
      [2, { kind: 'needs', groups: [1], role: 'primary' }],
    ]);
    expect(facts.articlesByCode['99999']).toEqual([]);
  });

  it('filters by state: every contractor serving it', async () => {
    await imported();
    await saveChoice({ state: 'KY' });
    const facts = await lookupCoverage(['27447']);
    expect(facts.chosen?.label).toBe('the contractors serving KY');
    expect(facts.articlesByCode['27447']!.map((a) => a.id)).toEqual(['A59003']);
  });

  it('without a choice lists no articles (the check then asks for one)', async () => {
    await imported();
    const facts = await lookupCoverage(['27447']);
    expect(facts.chosen).toBeNull();
    expect(facts.articlesByCode['27447']).toEqual([]);
  });

  it('keeps the code index by 3-character prefix, and still reads an import made with one index record per code', async () => {
    const set = await imported();
    const db = await coverageDb();
    expect(set.layout).toBe('code-buckets');
    expect((await db.getAllKeys('code')).map((k) => k[1]).every((p) => p.length === 3)).toBe(true);
    // The same set as an older import wrote it: its index one record per code.
    const old = { ...set, gen: set.gen + 1, layout: undefined };
    for (const article of await db.getAll('article')) await db.put('article', article, [old.gen, article.id]);
    for (const bucket of (await db.getAll('code')) as Array<Record<string, string[]>>) for (const [code, ids] of Object.entries(bucket)) await db.put('code', ids, [old.gen, code]);
    await db.put('meta', old, 'set');
    forgetCachedCoverage();
    await saveChoice({ contractor: WEST });
    expect((await lookupCoverage(['27447'])).articlesByCode['27447']!.map((a) => a.id)).toEqual(['A59001']);
  });

  it('reads the inner CSV zip or the CSV files dropped together', async () => {
    expect((await imported(['current_article_csv.zip'])).articles).toBe(4);
  });
});

describe('broken downloads are refused with file, line and what was expected; the previous import stays', () => {
  it.each([
    ['broken/current_article.zip', /^current_article\.zip: is not a readable zip \(invalid zip data\): cut short or damaged — download it again\.$/],
    ['broken/bad-row-current_article.zip', /^article_x_icd10_covered\.csv, line 5: icd10_code_id "M17 12" is not an ICD-10-CM code\.$/],
    ['broken/moved-header-current_article.zip', /^article_x_hcpc_code\.csv, line 1: a data row where the header line belongs: expected the column names \(article_id, article_version, hcpc_code_id\) on line 1\.$/],
    ['broken/short-row-current_article.zip', /^contractor\.csv, line 3: 11 cells where the header has 12/],
    ['broken/current_lcd.zip', /^current_lcd\.zip: is the MCD current LCD download; import the "current article" download/],
    ['broken/unclosed-quote-current_article.zip', /^article_x_icd10_covered_group\.csv, line 2: 5 cells where the header has 6 \(a quote or comma out of place, or a cut-short line\)\.$/],
    ['icd10cm_order_2027.txt', /^icd10cm_order_2027\.txt: lacks article\.csv, article_x_hcpc_code\.csv, .*not the MCD "current article" download/],
    ['article.csv', /^article\.csv: lacks article_x_hcpc_code\.csv, article_x_icd10_covered\.csv, article_x_contractor\.csv, contractor\.csv/],
  ])('%s', async (name, message) => {
    await imported();
    const before = await readCoverageSet();
    const result = await importCoverageFiles([fixture(name)]);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(message);
    expect(await readCoverageSet()).toEqual(before);
    const db = await coverageDb();
    expect(await db.count('article')).toBe(4);
  });

  it('remove drops the set and its records; the check then sees nothing imported', async () => {
    await imported();
    await removeCoverageSet();
    expect(await readCoverageSet()).toBeNull();
    expect(await (await coverageDb()).count('code')).toBe(0);
    expect((await lookupCoverage(['27447'])).set).toBeNull();
  });
});
