/**
 * Managed settings on the Firefox build: Firefox ESR started under an enterprise policy
 * (`3rdparty.Extensions`) that presets site-only mode for one site. The lens runs there, and
 * another site never gets the content script (registered at run time from the managed settings).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { FIREFOX_EXTENSION_DIR, launchFirefoxWithExtension } from '../../scripts/firefox.mjs';
import { serveDir } from '../../scripts/static-server.mjs';
import { firefoxWithPolicy } from './support/policy-firefox';

let ff: Awaited<ReturnType<typeof launchFirefoxWithExtension>>;
let server: Awaited<ReturnType<typeof serveDir>>;
const geckoId = JSON.parse(readFileSync(`${FIREFOX_EXTENSION_DIR}/manifest.json`, 'utf8')).browser_specific_settings.gecko.id as string;

beforeAll(async () => {
  server = await serveDir(resolve('demo'));
  ff = await launchFirefoxWithExtension(FIREFOX_EXTENSION_DIR, {
    executablePath: firefoxWithPolicy(geckoId, { mode: 'chosen-sites', enabledSites: ['127.0.0.1'], lockMode: true }),
  });
});
afterAll(async () => {
  await ff?.close();
  await server?.close();
});

/** Opens a page that counts our content script's starts (WXT posts a window message when one begins). */
async function open(url: string): Promise<{ page: Page; starts: () => Promise<number> }> {
  const page = await ff.browser.newPage();
  await page.evaluateOnNewDocument(() => {
    const w = window as unknown as { __lensStarts: number };
    w.__lensStarts = 0;
    addEventListener('message', (e) => {
      if (String((e.data as { type?: unknown } | null)?.type ?? '').endsWith('wxt:content-script-started')) w.__lensStarts++;
    });
  });
  await page.goto(url);
  return { page, starts: () => page.evaluate(() => (window as unknown as { __lensStarts: number }).__lensStarts) };
}

describe('Firefox ESR under an enterprise policy', () => {
  it('runs only on the site the policy enables', async () => {
    const site = await open(server.url('/index.html'));
    await site.page.waitForFunction(() => (CSS.highlights.get('cpt-lens')?.size ?? 0) >= 4, { timeout: 10_000 });
    expect(await site.starts()).toBe(1);
    const other = await open(server.url('/index.html').replace('127.0.0.1', 'localhost'));
    await new Promise((r) => setTimeout(r, 1000));
    expect(await other.starts()).toBe(0);
    expect(await other.page.evaluate(() => CSS.highlights.get('cpt-lens')?.size ?? 0)).toBe(0);
  });
});
