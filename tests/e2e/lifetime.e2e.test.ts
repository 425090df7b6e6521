/**
 * The content script's lifetime in real Chromium: when the extension is reloaded (as on an
 * update), the script left in an open page is orphaned. It must stop: no highlights it can no
 * longer serve, no host with a dead card; a fresh load of the page gets one working lens.
 */
import { describe, expect, it } from 'vitest';
import { centreOfText, highlightedTexts, waitForHighlights } from './support/page-helpers';
import { page as html, useLensBrowser } from './support/lens-browser';

const ctx = useLensBrowser();

describe('extension reload', () => {
  it('stops the orphaned script cleanly, and the reloaded page has one working lens', async () => {
    ctx.server().setPage('/orphan.html', html('<p id="x">Lines 50431 and 50432 today.</p>'));
    const p = await ctx.browser().context.newPage();
    await p.goto(ctx.server().url('/orphan.html'));
    await waitForHighlights(p, 1);
    await expect.poll(() => p.getByRole('status').textContent(), { timeout: 5000 }).toMatch(/1 claim warning/);
    expect(await p.locator('cpt-lens-root').count()).toBe(1);

    const worker = ctx.browser().context.serviceWorkers()[0]!;
    // The worker dies as it reloads, so the call may never answer.
    void worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => {});

    // The orphan notices within a watchdog tick and takes everything of ours with it.
    await expect.poll(() => p.locator('cpt-lens-root').count(), { timeout: 5000 }).toBe(0);
    await expect.poll(() => p.evaluate(() => CSS.highlights.has('cpt-lens')), { timeout: 5000 }).toBe(false);

    // Chromium leaves a command-line-loaded extension disabled after runtime.reload(); turn it
    // back on from chrome://extensions, as an update would leave it.
    const extensions = await ctx.browser().context.newPage();
    await extensions.goto('chrome://extensions');
    const id = ctx.browser().extensionId;
    await extensions.evaluate((extId) => (globalThis as unknown as { chrome: { management: { setEnabled(id: string, on: boolean): Promise<void> } } }).chrome.management.setEnabled(extId, true), id);
    await extensions.close();
    // The re-enabled background registers the content script when it starts (site-access/):
    // reload until the page has a lens again.
    await expect
      .poll(
        async () => {
          await p.reload();
          return p.waitForFunction(() => CSS.highlights.get('cpt-lens')?.size, undefined, { timeout: 1500 }).then(() => true, () => false);
        },
        { timeout: 20_000, interval: 200 },
      )
      .toBe(true);
    await expect.poll(() => p.getByRole('status').textContent(), { timeout: 5000 }).toMatch(/1 claim warning/);
    expect(await p.locator('cpt-lens-root').count()).toBe(1);
    expect(await highlightedTexts(p)).toEqual(['50431']);
    // And its card loads: the new script talks to the new background.
    const at = await centreOfText(p, '#x', '50431');
    await p.mouse.click(at.x, at.y);
    await expect.poll(() => p.getByRole('dialog', { name: /CPT 50431/ }).isVisible(), { timeout: 5000 }).toBe(true);
    await p.close();
  });
});
