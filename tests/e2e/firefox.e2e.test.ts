/**
 * The same detection checks on the Firefox build, in Debian's Firefox ESR over WebDriver BiDi:
 * codes highlighted and decoys not, iframes and shadow roots, hover card by role and name, and
 * the page's DOM left alone. (Firefox refuses navigation to the popup page; the popup is
 * covered in Chromium and by component tests.)
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'puppeteer-core';
import { launchFirefoxWithExtension } from '../../scripts/firefox.mjs';
import { serveDir } from '../../scripts/static-server.mjs';
import { ONLY_OUR_HOST, recordMutationsAfterParse } from './support/mutation-log';

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

const highlighted = (frame: Page | Frame) =>
  frame.evaluate(() => [...(CSS.highlights.get('cpt-lens') ?? [])].map((r) => ({
    text: (r.startContainer as Text).data.slice(r.startOffset, r.endOffset),
    where: r.startContainer.parentElement?.closest('[id]')?.id ?? 'shadow',
  })));

async function until<T>(fn: () => Promise<T>, ok: (v: T) => boolean, ms = 8000): Promise<T> {
  const end = Date.now() + ms;
  let v = await fn();
  while (!ok(v) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100));
    v = await fn();
  }
  return v;
}

async function open(path: string): Promise<Page> {
  const page = await ff.browser.newPage();
  await page.evaluateOnNewDocument(recordMutationsAfterParse);
  await page.goto(server.url(path));
  return page;
}

describe('Firefox ESR with the Firefox build', () => {
  it('highlights the four codes on the demo page and none of the decoys', async () => {
    const page = await open('/index.html');
    const hits = await until(() => highlighted(page), (h) => h.length >= 8);
    const texts = hits.map((h) => h.text);
    for (const code of ['50706', '50431', '74360', '76496']) expect(texts).toContain(code);
    const where = hits.map((h) => h.where);
    for (const decoy of ['address-block', 'mrn', 'account-total', 'recent-split']) expect(where).not.toContain(decoy);
    await page.close();
  });

  it('shows the card on hover, found by role and name, and changes no page DOM but our host', async () => {
    const page = await open('/index.html');
    await until(() => highlighted(page), (h) => h.length >= 4);
    const pos = await page.evaluate(() => {
      const td = [...document.querySelectorAll('#claim-lines td')].find((t) => t.textContent?.trim() === '50706')!;
      const r = td.getBoundingClientRect();
      return { x: r.left + 20, y: r.top + r.height / 2 };
    });
    await page.mouse.move(pos.x - 30, pos.y);
    await page.mouse.move(pos.x, pos.y, { steps: 3 });
    // `>>>` pierces our open shadow root; the accessible name is the card's aria-label. Polled:
    // waitForSelector re-checks on document mutations, and the card appears inside our shadow
    // root with none in the page once our host already exists (it does as soon as the status shows).
    const card = await until(() => page.$('cpt-lens-root >>> [role="tooltip"]'), (el) => el !== null);
    expect(await card!.evaluate((el) => el.getAttribute('aria-label'))).toMatch(/^CPT 50706: .*add-on/i);
    await page.keyboard.press('Escape');
    await until(() => page.$('cpt-lens-root >>> [role="tooltip"]'), (el) => el === null, 3000);
    expect(await page.$('cpt-lens-root >>> [role="tooltip"]')).toBeNull();
    const mutations = await page.evaluate(() => (window as unknown as { __mutations: string[] }).__mutations);
    expect(mutations).toEqual(ONLY_OUR_HOST);
    await page.close();
  });

  it('finds codes in a same-origin iframe and in an open shadow root', async () => {
    const page = await open('/contexts.html');
    const hits = await until(() => highlighted(page), (h) => h.some((x) => x.text === '74360'));
    expect(hits.map((h) => h.text)).toContain('74360');
    const frame = page.frames().find((f) => f.url().endsWith('/frame.html'))!;
    const inFrame = await until(() => highlighted(frame), (h) => h.length > 0);
    expect(inFrame.map((h) => h.text)).toEqual(['50431']);
    await page.close();
  });
});
