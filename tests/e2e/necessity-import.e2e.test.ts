/**
 * Medical-necessity imports in real Chromium: the fixtures go in through the options page, the
 * Worker parses them into IndexedDB (what only a real browser shows: the bundled worker, nested
 * zips streamed there, the generation flip), a broken download is refused naming file and line
 * with the previous import kept, and the contractor choice survives a reload.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useLensBrowser } from './support/lens-browser';

const ctx = useLensBrowser();
const fixture = (name: string) => ({ name: name.split('/').pop()!, mimeType: 'application/octet-stream', buffer: readFileSync(`tests/fixtures/necessity/${name}`) });

describe('Medical necessity imports', () => {
  it('imports ICD-10-CM and coverage articles in the Worker, refuses a broken download, keeps the choice', async () => {
    const options = await ctx.browser().context.newPage();
    await options.goto(`chrome-extension://${ctx.browser().extensionId}/options.html`);
    const section = options.getByRole('region', { name: 'Medical necessity (coverage articles, ICD-10-CM)' });

    await section.getByLabel('ICD-10-CM files:').setInputFiles([fixture('icd10cm-Code Descriptions-2027.zip'), fixture('icd10cm-table-index-2027.zip')]);
    await expect.poll(() => section.locator('[data-set="icd"]').textContent().catch(() => ''), { timeout: 20_000 }).toMatch(/ICD-10-CM FY 2027 \(file name\): 39 codes, 17 billable; Excludes1 imported/);

    const mcd = section.getByLabel('The "current article" download (current_article.zip):');
    await mcd.setInputFiles([fixture('current_article.zip')]);
    await expect.poll(() => section.locator('[data-set="coverage"]').textContent().catch(() => ''), { timeout: 20_000 }).toMatch(/Coverage articles as of 2026-11-22: 4 billing articles/);

    await mcd.setInputFiles([fixture('broken/moved-header-current_article.zip')]);
    await expect.poll(() => section.getByRole('alert').textContent().catch(() => ''), { timeout: 20_000 }).toBe(
      'Not imported: article_x_hcpc_code.csv, line 1: a data row where the header line belongs: expected the column names (article_id, article_version, hcpc_code_id) on line 1. The previous import is unchanged.',
    );
    expect(await section.locator('[data-set="coverage"]').textContent()).toContain('article_x_hcpc_code.csv: 6 rows, last updated 2026-11-20');

    await section.getByLabel('Your contractor').selectOption({ label: 'Invented Western MAC, LLC (01112) — A and B MAC, CA NV' });
    // The choice is written to IndexedDB asynchronously; reload only once it is there.
    const stored = () =>
      options.evaluate(
        () =>
          new Promise<unknown>((resolve) => {
            const open = indexedDB.open('cpt-lens-coverage');
            open.onsuccess = () => {
              const get = open.result.transaction('meta').objectStore('meta').get('choice');
              get.onsuccess = () => resolve(get.result ?? null);
            };
          }),
      );
    await expect.poll(stored, { timeout: 5000 }).toEqual({ contractor: '901|1|1' });
    await options.reload();
    await expect.poll(() => options.getByLabel('Your contractor').inputValue().catch(() => ''), { timeout: 10_000 }).toBe('c:901|1|1');
    await options.close();
  });
});
