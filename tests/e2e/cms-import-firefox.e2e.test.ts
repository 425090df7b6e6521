/**
 * CMS files in Firefox ESR (WebDriver BiDi, headless) with the Firefox build. Firefox refuses
 * WebDriver navigation to moz-extension:// pages, so the test opens one the way a user does —
 * "Open full entry" on a pinned card makes the extension open its own tab — and that page,
 * being ours, may move itself to the options page. There the fixtures go in through the file
 * input, a broken file is refused with the previous import kept, and the background checks a
 * claim and answers a card's facts, MPFS indicators included.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefoxWithExtension } from '../../scripts/firefox.mjs';
import { serveDir } from '../../scripts/static-server.mjs';

let ff: Awaited<ReturnType<typeof launchFirefoxWithExtension>>;
let server: Awaited<ReturnType<typeof serveDir>>;

beforeAll(async () => {
  server = await serveDir(resolve('demo'));
  ff = await launchFirefoxWithExtension();
});
afterAll(async () => {
  await ff?.close();
  await server?.close();
});

const FIXTURES = ['medicare-ncci-2026q2-practitioner-ptp-edits-ccipra-v321r0-f1.zip', 'medicare-ncci-2026-q2-practitioner-services-mue-table.zip', 'RVU26A.zip'].map((f) => resolve('tests/fixtures/cms', f));

async function until<T>(fn: () => Promise<T>, ok: (v: T) => boolean, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  let v = await fn();
  while (!ok(v) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100));
    v = await fn();
  }
  return v;
}

/** Our options page, reached through the tab the extension opens for "Open full entry". */
async function openOptions(): Promise<Page> {
  const page = await ff.browser.newPage();
  await page.goto(server.url('/index.html'));
  const pos = await until(
    () => page.evaluate(() => {
      const td = [...document.querySelectorAll('#claim-lines td')].find((t) => t.textContent?.trim() === '50706');
      const r = td?.getBoundingClientRect();
      return CSS.highlights.get('cpt-lens')?.size && r ? { x: r.left + 20, y: r.top + r.height / 2 } : null;
    }),
    (p) => p !== null,
  );
  await page.mouse.click(pos!.x, pos!.y);
  // The new tab is listed before its page loads, under about:blank; ask each tab where it is.
  const ours = async () => {
    for (const p of await ff.browser.pages()) {
      if (p === page) continue;
      const href = await Promise.race([p.evaluate(() => location.href).catch(() => ''), new Promise<string>((r) => setTimeout(() => r(''), 1000))]);
      if (href.startsWith('moz-extension://')) return p;
    }
    return null;
  };
  // Polled, not waitForSelector: the card appears inside our shadow root with no page mutation to
  // wake it. Found and clicked as one step, and clicked again if no tab follows: on a loaded
  // machine the pinned card can re-render while its facts arrive, so a button found (or a point
  // computed) a moment earlier may no longer be there when the click lands.
  let ext: Page | null = null;
  for (let attempt = 0; attempt < 3 && !ext; attempt++) {
    const clicked = await until(
      async () => {
        const button = await page.$('cpt-lens-root >>> [role="dialog"] button::-p-text(Open full entry)');
        return button ? button.click().then(() => true, () => false) : false;
      },
      (ok) => ok,
    );
    if (!clicked) throw new Error('the pinned card showed no clickable "Open full entry" button');
    ext = await until(ours, (p) => p !== null, 10_000);
  }
  if (!ext) throw new Error(`the extension's tab did not open: ${(await ff.browser.pages()).map((p) => p.url()).join(', ')}`);
  const tab = ext;
  await tab.evaluate(() => {
    location.href = '/options.html';
  });
  await until(() => tab.evaluate(() => location.pathname).catch(() => ''), (p) => p === '/options.html');
  await tab.waitForSelector('#cms-files', { timeout: 8000 });
  return tab;
}

const statusText = (p: Page) => p.evaluate(() => document.querySelector('.cms-import [role=status], .cms-import [role=alert]')?.textContent ?? '');
type Runtime = { runtime: { sendMessage(m: unknown): Promise<unknown> } };
const send = <T,>(p: Page, m: unknown) => p.evaluate((msg) => (globalThis as unknown as { browser: Runtime }).browser.runtime.sendMessage(msg), m) as Promise<T>;

describe('CMS files in Firefox ESR', () => {
  it('imports through the options page, refuses a broken file keeping the import, and checks a claim', async () => {
    const options = await openOptions();
    const input = (await options.$('input#cms-files'))!;
    await input.uploadFile(...FIXTURES);
    expect(await until(() => statusText(options), (t) => t.startsWith('Imported') || t.startsWith('Not'))).toBe('Imported 3 files.');
    const list = await options.evaluate(() => document.querySelector('[aria-label="Imported CMS edit files"]')?.textContent ?? '');
    expect(list).toMatch(/MPFS relative value file: 10 rows, .*PPRRVU2026_Jan_QPP\.csv: year 2026, release 2026 A/);

    await input.uploadFile(resolve('tests/fixtures/cms/broken/PPRRVU2026_Jan_nonQPP.csv'));
    expect(await until(() => statusText(options), (t) => t.startsWith('Not'))).toBe(
      'Not imported: PPRRVU2026_Jan_nonQPP.csv, line 12: HCPCS "52-00" is not a CPT/HCPCS code. The previous import is unchanged.',
    );

    const lines = [
      { code: '50706', modifiers: [], units: 1 },
      { code: '50431', modifiers: [], units: 1 },
      { code: '52000', modifiers: [], units: 3 },
    ];
    const warnings = await send<Array<{ kind: string }>>(options, { type: 'cpt-lens/cms-check', lines, dateOfService: '2026-05-04' });
    expect(warnings.map((w) => w.kind).sort()).toEqual(['mue-exceeded', 'ptp-never-together']);
    const facts = await send<{ feeSchedule: { row: Record<string, unknown>; from: string } }>(options, { type: 'cpt-lens/cms-facts', code: '50431' });
    expect(facts.feeSchedule).toMatchObject({ row: { bilateral: '1', global: '000', workRvu: 1.1 }, from: 'PPRRVU2026_Jan_QPP.csv (MPFS 2026, release A)' });
  });
});
