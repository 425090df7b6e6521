/**
 * The vertical slice in real Chromium: a page shows codes → they are highlighted (and nothing
 * else is) → hovering shows the card → Escape closes it → the popup finds codes; and the
 * page's DOM gets nothing but our one host element.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hoverText, waitForHighlights } from './support/page-helpers';
import { useLensBrowser } from './support/lens-browser';
import { ONLY_OUR_HOST, recordMutationsAfterParse } from './support/mutation-log';

const ctx = useLensBrowser();

async function openDemo(): Promise<Page> {
  const page = await ctx.browser().context.newPage();
  // Record every DOM mutation after parsing, from the page's own world.
  await page.addInitScript(recordMutationsAfterParse);
  await page.goto(ctx.server().url('/index.html'));
  return page;
}

describe('demo charge-entry page in Chromium', () => {
  it('highlights each of the four codes and none of the decoys', async () => {
    const page = await openDemo();
    await waitForHighlights(page, 4);
    const owners = await page.evaluate(() =>
      [...CSS.highlights.get('cpt-lens')!].map((r) => {
        const text = (r.startContainer as Text).data.slice(r.startOffset, r.endOffset);
        const el = r.startContainer.parentElement!;
        return { text, where: el.closest('[id]')?.id ?? el.tagName };
      }),
    );
    const texts = owners.map((o) => o.text);
    for (const code of ['50706', '50431', '74360', '76496']) expect(texts).toContain(code);
    const where = owners.map((o) => o.where);
    for (const decoy of ['address-block', 'mrn', 'account-total', 'recent-split']) expect(where).not.toContain(decoy);
    expect(where).toContain('recent-whole');
    await page.close();
  });

  it('shows a card named for the hovered code, and Escape closes it', async () => {
    const page = await openDemo();
    await waitForHighlights(page, 4);
    await hoverText(page, '#claim-lines', '50706');
    const card = page.getByRole('tooltip', { name: /50706/ });
    await expect.poll(() => card.isVisible(), { timeout: 5000 }).toBe(true);
    expect(await card.textContent()).toMatch(/add-on/i);
    await page.keyboard.press('Escape');
    await expect.poll(() => card.count(), { timeout: 3000 }).toBe(0);
    await page.close();
  });

  it('changes nothing in the page DOM except adding our one host under <html>', async () => {
    const page = await openDemo();
    await waitForHighlights(page, 4);
    await hoverText(page, '#claim-lines', '74360');
    await expect.poll(() => page.getByRole('tooltip', { name: /74360/ }).isVisible(), { timeout: 5000 }).toBe(true);
    await page.keyboard.press('Escape');
    const mutations = await page.evaluate(() => (window as unknown as { __mutations: string[] }).__mutations);
    expect(mutations).toEqual(ONLY_OUR_HOST);
    await page.close();
  });
});

describe('toolbar popup in Chromium', () => {
  it('finds 50706 by code and by "ureter", and says when nothing matches', async () => {
    const page = await ctx.browser().context.newPage();
    await page.goto(`chrome-extension://${ctx.browser().extensionId}/popup.html`);
    const box = page.getByRole('searchbox', { name: /search cpt codes/i });
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await box.fill('50706');
    await expect.poll(() => page.getByRole('option').allTextContents()).toEqual([expect.stringContaining('50706')]);
    await box.fill('ureter');
    await expect.poll(() => page.getByRole('option').allTextContents()).toContainEqual(expect.stringContaining('50706'));
    await box.fill('qqqzzz');
    await expect.poll(() => page.getByText('No matching codes').isVisible()).toBe(true);
    await page.close();
  });
});
