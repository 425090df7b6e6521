// @vitest-environment node
// The two imports and the rule together, as the background will run them: fixtures imported into
// fake-indexeddb, a contractor chosen, a claim checked. Also prints the figures of the report:
// import times of the fixtures and the warm check of a 30-line claim (info only, not asserted).
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetCoverageDb } from '../../../components/coverage/coverage-db';
import { forgetCachedCoverage, saveChoice } from '../../../components/coverage/coverage-lookup';
import { importCoverageFiles } from '../../../components/coverage/import-coverage';
import { checkClaimNecessity } from '../../../components/coverage/lookup-necessity';
import { resetIcdDb } from '../../../components/icd10/icd-db';
import { forgetCachedIcd } from '../../../components/icd10/icd-lookup';
import { importIcdFiles } from '../../../components/icd10/import-icd';
import { fixture } from './files';

beforeEach(async () => {
  resetIcdDb();
  resetCoverageDb();
  forgetCachedIcd();
  forgetCachedCoverage();
  globalThis.indexedDB = new IDBFactory();
  const icd = await importIcdFiles([fixture('icd10cm-Code Descriptions-2027.zip'), fixture('icd10cm-table-index-2027.zip')]);
  const mcd = await importCoverageFiles([fixture('current_article.zip')]);
  if (!icd.ok || !mcd.ok) throw new Error(`${!icd.ok ? icd.error : ''} ${!mcd.ok ? mcd.error : ''}`);
  await saveChoice({ contractor: '901|1|1' });
});

const DOS = '2026-11-02';
const line = (code: string, modifiers: string[] = []) => ({ code, modifiers, dateOfService: DOS });

describe('a claim checked against the imported files', () => {
  it('says which lines the diagnoses support and what is wrong with the diagnoses', async () => {
    const r = await checkClaimNecessity([line('27447', ['RT']), line('64483'), line('99213')], ['M17.11', 'M54.50', 'S72.001', 'E10.9', 'E11.9']);
    expect(r.lines.map((l) => [l.code, l.verdict])).toEqual([
      ['27447', 'covered'],
      ['64483', 'not-covered'],
      ['99213', 'no-article'],
    ]);
    expect(r.lines[1]!.findings[0]!.text).toBe('M54.50 (group 1 of A59002) needs a secondary code from group 2 on this claim for 64483.');
    expect(r.claim.map((f) => f.kind)).toEqual(['icd-seventh', 'icd-excludes1']);
  });

  it('sees a new contractor choice at once (the cache follows the change)', async () => {
    expect((await checkClaimNecessity([line('27447')], ['M17.11'])).lines[0]!.findings[0]!.articleId).toBe('A59001');
    await saveChoice({ contractor: '902|1|2' });
    expect((await checkClaimNecessity([line('27447')], ['M17.11'])).lines[0]!.findings[0]!.articleId).toBe('A59003');
  });

  it('figures: fixture import times and a warm 30-line claim check', async () => {
    const t0 = performance.now();
    await importIcdFiles([fixture('icd10cm-Code Descriptions-2027.zip'), fixture('icd10cm-table-index-2027.zip')]);
    const t1 = performance.now();
    await importCoverageFiles([fixture('current_article.zip')]);
    const t2 = performance.now();
    const codes = ['27447', '64483', '64484', '72148', '99213', '20610', '97110', '36415', '80053', '71046'];
    const lines = Array.from({ length: 30 }, (_, i) => line(codes[i % codes.length]!, i % 3 ? [] : ['RT']));
    const dx = ['M17.11', 'M54.50', 'G89.29', 'E11.9', 'I10', 'Z96.651'];
    await checkClaimNecessity(lines, dx);
    const runs = 50;
    const w0 = performance.now();
    for (let i = 0; i < runs; i++) await checkClaimNecessity(lines, dx);
    const warm = (performance.now() - w0) / runs;
    console.info(`necessity figures: ICD zips import ${(t1 - t0).toFixed(1)} ms, MCD current_article.zip import ${(t2 - t1).toFixed(1)} ms, warm 30-line check ${warm.toFixed(2)} ms`);
    expect(warm).toBeGreaterThan(0);
  });
});
