/**
 * Medical necessity on a claim in real Chromium: the invented coverage articles and ICD-10-CM
 * files go in through the options page, then the demo claim (demo/necessity.html) is checked
 * against the diagnoses on it — its Dx column and the "Other Dx" field the coder types into.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { highlightedTexts, hoverText, waitForHighlights } from './support/page-helpers';
import { toolbar } from './support/toolbar';
import { useLensBrowser } from './support/lens-browser';

const ctx = useLensBrowser();
const fixture = (name: string) => ({ name, mimeType: 'application/octet-stream', buffer: readFileSync(`tests/fixtures/necessity/${name}`) });

async function importFixtures(): Promise<void> {
  const options = await ctx.browser().context.newPage();
  await options.goto(`chrome-extension://${ctx.browser().extensionId}/options.html`);
  const section = options.getByRole('region', { name: 'Medical necessity (coverage articles, ICD-10-CM)' });
  await section.getByLabel('ICD-10-CM files:').setInputFiles([fixture('icd10cm-Code Descriptions-2027.zip'), fixture('icd10cm-table-index-2027.zip')]);
  await expect.poll(() => section.locator('[data-set="icd"]').textContent().catch(() => ''), { timeout: 20_000 }).toMatch(/ICD-10-CM FY 2027/);
  await section.getByLabel('The "current article" download (current_article.zip):').setInputFiles([fixture('current_article.zip')]);
  await expect.poll(() => section.locator('[data-set="coverage"]').textContent().catch(() => ''), { timeout: 20_000 }).toMatch(/4 billing articles/);
  await section.getByLabel('Your contractor').selectOption({ label: 'Invented Western MAC, LLC (01112) — A and B MAC, CA NV' });
  await expect.poll(() => options.getByLabel('Your contractor').inputValue().catch(() => ''), { timeout: 5000 }).toBe('c:901|1|1');
  await options.close();
}

// With warnings the status button shows them; on a clean claim it opens the summary.
const openSummary = (p: Page) => p.getByRole('button', { name: /^(?:Show CPT Lens claim warnings|Open CPT Lens claim summary)/ }).click();
const status = (p: Page) => p.getByRole('status').filter({ hasText: 'CPT Lens' }).textContent({ timeout: 200 }).catch(() => '');

describe('medical necessity on the claim', () => {
  it('judges each line by the diagnoses on the page, and a diagnosis typed into a field clears the warning', async () => {
    const p = await ctx.browser().context.newPage();
    await p.goto(ctx.server().url('/necessity.html'));
    await waitForHighlights(p, 1);
    // Before any import: 27447 and 64483 are codes nobody describes, not checked, not warned.
    await expect.poll(() => status(p), { timeout: 8000 }).toBe('CPT Lens: 0 claim warnings on this tab');

    await importFixtures();
    // The nerve block's low back pain needs a secondary diagnosis from group 2, M17.1 is a header
    // and S72.001 lacks its 7th character: three warnings.
    await expect.poll(() => status(p), { timeout: 10_000 }).toBe('CPT Lens: 3 claim warnings on this tab');
    await expect.poll(() => toolbar(ctx.browser().context, p.url()).then((t) => t.text), { timeout: 5000 }).toBe('3');
    await hoverText(p, '#necessity-lines', '27447');
    const card = p.getByRole('tooltip', { name: 'Code 27447: from your imported files' });
    await expect.poll(() => card.locator('.verdict').textContent({ timeout: 500 }).catch(() => ''), { timeout: 5000 }).toMatch(/Medical necessity — M17\.11 supports it \(A59001\) ✓$/);
    await p.keyboard.press('Escape');
    // The diagnoses are marked too (the Dx column, not the descriptions), each with its card from the imported file.
    await expect.poll(() => highlightedTexts(p), { timeout: 5000 }).toEqual(expect.arrayContaining(['M17.11', 'M54.50', 'M17.1', 'S72.001']));
    await hoverText(p, '#dx-table', 'S72.001');
    const dxCard = p.getByRole('tooltip', { name: 'ICD-10-CM S72.001: Fracture of unspecified part of neck of right femur' });
    await expect.poll(() => dxCard.locator('.verdict').textContent({ timeout: 500 }).catch(() => ''), { timeout: 5000 }).toBe('Not billable as written: it needs a 7th character (FY 2027) ✗');
    expect(await dxCard.textContent()).toContain('S72.001 is missing its 7th character (e.g. S72.001A): not billable as written.');
    await p.keyboard.press('Escape');
    await openSummary(p);
    const panel = p.getByRole('dialog', { name: 'CPT Lens: claim summary' });
    await expect.poll(() => panel.locator('.dx-list').textContent().catch(() => ''), { timeout: 5000 }).toBe('Diagnoses on this claim: M17.11, M54.50, M17.1, S72.001');
    const verdicts = () => panel.locator('.row-verdict').allTextContents();
    // The dataset's code first, then the codes the imports know, in page order.
    expect(await verdicts()).toEqual([
      'Standalone — no bundled pair on this page ✓ · 1 unit, MUE unverified · Medical necessity — no coverage article lists it',
      'Code — pairs not checked: no NCCI PTP file imported · 1 unit, MUE unverified · Medical necessity — M17.11 supports it (A59001) ✓',
      'Code — pairs not checked: no NCCI PTP file imported · 1 unit, MUE unverified · Medical necessity — no diagnosis on this claim supports it ✗',
    ]);
    expect(await panel.getByRole('list', { name: 'Claim warnings for 64483 x1' }).textContent()).toBe('M54.50 (group 1 of A59002) needs a secondary code from group 2 on this claim for 64483.');
    const dxWarnings = await panel.getByRole('list', { name: 'Claim warnings about the diagnoses' }).locator('li').allTextContents();
    expect(dxWarnings).toEqual([
      'M17.1 (Unilateral primary osteoarthritis of knee) is a header, not a billable code: code to the full specificity under it.',
      'S72.001 is missing its 7th character (e.g. S72.001A): not billable as written.',
    ]);
    await p.keyboard.press('Escape');

    await p.locator('#other-dx').fill('G89.29');
    await expect.poll(() => status(p), { timeout: 10_000 }).toBe('CPT Lens: 2 claim warnings on this tab');
    await openSummary(p);
    await expect.poll(() => panel.locator('.dx-list').textContent().catch(() => ''), { timeout: 5000 }).toBe('Diagnoses on this claim: M17.11, M54.50, M17.1, S72.001, G89.29');
    expect((await verdicts())[2]).toMatch(/Medical necessity — M54\.50 \+ G89\.29 support it \(A59002\) ✓$/);
    await p.close();
  });
});
