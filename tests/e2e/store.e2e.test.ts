/**
 * Store and IT readiness in real Chromium: icons named by the manifest and served at each size,
 * the toolbar badge per tab, site-only mode (enable from the popup, other sites untouched,
 * revoke), and settings preset by an enterprise policy.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import type { browser as ExtensionApi } from 'wxt/browser';
import { EXTENSION_DIR, launchWithExtension } from '../../scripts/chromium.mjs';
import { chromiumWithPolicy } from './support/policy-chromium';
import { page as html, useLensBrowser } from './support/lens-browser';
import { axeViolations } from './support/axe';
import { waitForHighlights } from './support/page-helpers';
import { toolbar as tabToolbar } from './support/toolbar';

// The extension API inside the service worker, where `evaluate` callbacks run.
declare const chrome: typeof ExtensionApi;

const ctx = useLensBrowser();
const worker = (): Worker => ctx.browser().context.serviceWorkers()[0]!;
const registered = (p: Page) => p.evaluate(() => CSS.highlights.get('cpt-lens')?.size ?? 0);

const toolbar = (url: string) => tabToolbar(ctx.browser().context, url);

/**
 * Counts how often our content script starts in each page load, seen from the page: WXT posts a
 * "content-script-started" window message when a content script begins (not when it is merely
 * present and stopped), so 0 means the script was never injected into this document.
 */
async function countStarts(p: Page): Promise<() => Promise<number>> {
  await p.addInitScript(() => {
    const w = window as unknown as { __lensStarts: number };
    w.__lensStarts = 0;
    addEventListener('message', (e) => {
      if (String((e.data as { type?: unknown } | null)?.type ?? '').endsWith('wxt:content-script-started')) w.__lensStarts++;
    });
  });
  return () => p.evaluate(() => (window as unknown as { __lensStarts: number }).__lensStarts);
}

describe('icons', () => {
  it('the built manifest names a PNG for each size, and each loads at that size', async () => {
    const manifest = JSON.parse(readFileSync(`${EXTENSION_DIR}/manifest.json`, 'utf8'));
    const sizes = ['16', '32', '48', '128'];
    expect(Object.keys(manifest.icons)).toEqual(sizes);
    expect(manifest.action.default_icon).toEqual(manifest.icons);
    expect(manifest.minimum_chrome_version).toBe('116');
    const p = await ctx.browser().context.newPage();
    await p.goto(`chrome-extension://${ctx.browser().extensionId}/options.html`);
    const loaded = await p.evaluate(
      (paths) =>
        Promise.all(
          paths.map(
            (src) =>
              new Promise<string>((ok) => {
                const img = new Image();
                img.onload = () => ok(`${img.naturalWidth}x${img.naturalHeight}`);
                img.onerror = () => ok('missing');
                img.src = `/${src}`;
              }),
          ),
        ),
      sizes.map((s) => manifest.icons[s] as string),
    );
    expect(loaded).toEqual(sizes.map((s) => `${s}x${s}`));
    await p.close();
  });
});

describe('toolbar badge', () => {
  it('counts the tab’s warnings, names them in the title, and clears when the tab moves to a page without codes', async () => {
    const server = ctx.server();
    server.setPage('/addon-alone.html', html('<table><tr><td>Line 1</td><td>50706 x3</td></tr><tr><td>Line 2</td><td>74360-26</td></tr></table>'));
    server.setPage('/no-codes.html', html('<p>Patient portal. Nothing to bill here.</p>'));
    const p = await ctx.browser().context.newPage();
    await p.goto(server.url('/addon-alone.html'));
    await expect.poll(() => toolbar(p.url()).then((t) => t.text), { timeout: 8000 }).toBe('2');
    const { title } = await toolbar(p.url());
    expect(title).toMatch(/2 claim warnings/);
    expect(title).toMatch(/Add-on without a primary: 50706/);
    expect(title).toMatch(/3 units of 50706 is above its MUE/);

    // The demo claim: codes, no warnings — no count, and the title says so.
    const demo = await ctx.browser().context.newPage();
    await demo.goto(server.url('/index.html'));
    await waitForHighlights(demo, 4);
    await expect.poll(() => toolbar(demo.url()).then((t) => t.title), { timeout: 8000 }).toMatch(/codes on this tab, no claim warnings/);
    expect((await toolbar(demo.url())).text).toBe('');
    // The first tab still shows its own count.
    expect((await toolbar(p.url())).text).toBe('2');

    // A same-document navigation (an SPA route change) keeps the page and its count.
    await p.evaluate(() => history.pushState({}, '', '/addon-alone.html?route=2'));
    await p.waitForTimeout(500);
    expect((await toolbar(p.url())).text).toBe('2');

    await p.goto(server.url('/no-codes.html'));
    await expect.poll(() => toolbar(p.url()), { timeout: 8000 }).toEqual({ text: '', title: 'CPT Lens' });
    await p.close();
    await demo.close();
  });

  it('counts warnings from every frame of the tab, and forgets a frame the tab navigated away from', async () => {
    const server = ctx.server();
    server.setPage('/warn-frame.html', html('<p>Line 2: 50706</p>'));
    server.setPage('/with-frame.html', html('<p>Claim lines: 74360-26</p><iframe src="/warn-frame.html" title="lines"></iframe>'));
    const p = await ctx.browser().context.newPage();
    await p.goto(server.url('/with-frame.html'));
    await expect.poll(() => toolbar(p.url()), { timeout: 8000 }).toMatchObject({ text: '1', title: expect.stringMatching(/1 claim warning \(2 codes on this tab\)/) });
    // The demo claim is quiet: the old page's iframe warning must not linger in the count.
    await p.goto(server.url('/index.html'));
    await waitForHighlights(p, 4);
    await expect.poll(() => toolbar(p.url()).then((t) => t.title), { timeout: 8000 }).toMatch(/no claim warnings/);
    expect((await toolbar(p.url())).text).toBe('');
    await p.close();
  });
});

describe('site-only mode', () => {
  it('runs only where enabled from the popup, is never injected elsewhere, and stops when revoked', async () => {
    const server = ctx.server();
    const siteUrl = server.url('/index.html');
    const otherUrl = siteUrl.replace('127.0.0.1', 'localhost');
    const host = new URL(siteUrl).host;

    const options = await ctx.browser().context.newPage();
    await options.goto(`chrome-extension://${ctx.browser().extensionId}/options.html`);
    await options.getByRole('radio', { name: 'Run only on sites I enable' }).check();
    await expect.poll(() => worker().evaluate(() => chrome.scripting.getRegisteredContentScripts()), { timeout: 5000 }).toEqual([]);

    // Not enabled yet: the content script is not even injected.
    const site = await ctx.browser().context.newPage();
    const siteStarts = await countStarts(site);
    await site.goto(siteUrl);
    await site.waitForTimeout(800);
    expect(await siteStarts()).toBe(0);
    expect(await registered(site)).toBe(0);

    const popup = await ctx.browser().context.newPage();
    await site.bringToFront();
    await popup.goto(`chrome-extension://${ctx.browser().extensionId}/popup.html`);
    expect(await axeViolations(popup)).toEqual([]);
    // A real click: permissions.request needs the user gesture it carries.
    await popup.getByRole('button', { name: `Enable on ${host}` }).click();
    await waitForHighlights(site, 4); // started in the open tab, no reload
    expect(await siteStarts()).toBe(1);
    await expect.poll(() => options.getByRole('list', { name: 'Enabled sites' }).textContent()).toContain(host);
    expect(await axeViolations(options)).toEqual([]);
    const scripts = await worker().evaluate(() => chrome.scripting.getRegisteredContentScripts());
    expect(scripts.map((s) => s.matches)).toEqual([['*://127.0.0.1/*']]);

    // Another site: nothing injected, nothing highlighted.
    const other = await ctx.browser().context.newPage();
    const otherStarts = await countStarts(other);
    await other.goto(otherUrl);
    await other.waitForTimeout(800);
    expect(await otherStarts()).toBe(0);
    expect(await registered(other)).toBe(0);

    // A new load of the enabled site gets the registered script.
    await site.reload();
    await waitForHighlights(site, 4);
    expect(await siteStarts()).toBe(1);

    // Revoke on the options page: highlights go at once, and a reload brings no script.
    await options.getByRole('button', { name: `Revoke ${host}` }).click();
    await expect.poll(() => registered(site), { timeout: 5000 }).toBe(0);
    await expect.poll(() => worker().evaluate(() => chrome.scripting.getRegisteredContentScripts()), { timeout: 5000 }).toEqual([]);
    await site.reload();
    await site.waitForTimeout(800);
    expect(await siteStarts()).toBe(0);
    expect(await registered(site)).toBe(0);

    // Back to all sites for the rest of the file.
    await options.getByRole('radio', { name: 'All sites' }).check();
    await expect.poll(() => worker().evaluate(() => chrome.scripting.getRegisteredContentScripts().then((s) => s.map((x) => x.matches))), { timeout: 5000 }).toEqual([['<all_urls>']]);
    for (const p of [site, other, popup, options]) await p.close();
  });
});

describe('managed settings (enterprise policy)', () => {
  let managed: Awaited<ReturnType<typeof launchWithExtension>> | undefined;
  afterAll(() => managed?.close());

  it('applies the policy: only the preset site runs, and the options page shows it as managed and locked', async () => {
    const exe = chromiumWithPolicy(EXTENSION_DIR, { mode: 'chosen-sites', enabledSites: ['127.0.0.1'], lockMode: true, lockSites: true });
    managed = await launchWithExtension({ executablePath: exe });
    const server = ctx.server();
    const sw = managed.context.serviceWorkers()[0]!;
    expect(await sw.evaluate(() => chrome.storage.managed.get(null))).toMatchObject({ mode: 'chosen-sites', lockMode: true });
    await expect.poll(() => sw.evaluate(() => chrome.scripting.getRegisteredContentScripts().then((s) => s.map((x) => x.matches))), { timeout: 5000 }).toEqual([['*://127.0.0.1/*']]);

    const site = await managed.context.newPage();
    await site.goto(server.url('/index.html'));
    await waitForHighlights(site, 4);
    const other = await managed.context.newPage();
    await other.goto(server.url('/index.html').replace('127.0.0.1', 'localhost'));
    await other.waitForTimeout(800);
    expect(await registered(other)).toBe(0);

    const options = await managed.context.newPage();
    await options.goto(`chrome-extension://${managed.extensionId}/options.html`);
    await expect.poll(() => options.getByText(/Managed by your organisation/).textContent()).toMatch(/where CPT Lens runs \(locked\).*site lists \(locked\)/);
    expect(await options.getByRole('radio', { name: 'All sites' }).isDisabled()).toBe(true);
    expect(await options.getByRole('radio', { name: 'Run only on sites I enable' }).isChecked()).toBe(true);
    expect(await options.getByRole('list', { name: 'Enabled sites' }).textContent()).toMatch(/127\.0\.0\.1.*set by your organisation/);
    expect(await options.getByRole('button', { name: /Revoke/ }).count()).toBe(0);
  });
});
