/**
 * Firefox ESR rows of the bench: the host-tax round and the storm on the Firefox build, over
 * WebDriver BiDi (puppeteer-core). No trace here (BiDi has none); and no forced GC before a
 * round (BiDi exposes none), so the host tax is the median of more rounds instead.
 */
import puppeteer from 'puppeteer-core';
import { FIREFOX } from '../scripts/firefox.mjs';
import { installProbes, scrollToFraction } from './probes.mjs';

/** @param {string | null} extensionDir */
async function launch(extensionDir) {
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, protocol: 'webDriverBiDi', defaultViewport: { width: 1280, height: 900 } });
  if (extensionDir) await browser.installExtension(extensionDir);
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  await page.evaluateOnNewDocument(installProbes);
  return { browser, page };
}

const median = (l) => [...l].sort((a, b) => a - b)[l.length >> 1];

/** Loads the 20k table, waits for our first highlights (or 1 s), scrolls middle, bottom, top, then times rounds. */
async function hostTax(page, url, ours) {
  await page.goto(url('/claims.html'), { waitUntil: 'load', timeout: 120_000 });
  if (ours) await page.waitForFunction(() => /** @type {any} */ (window).__benchAllVisible?.(), { polling: 100, timeout: 60_000 });
  await new Promise((r) => setTimeout(r, ours ? 4000 : 1000));
  for (const f of [0.5, 1, 0]) await page.evaluate(scrollToFraction, f);
  const rounds = [];
  for (let i = 0; i < 9; i++) rounds.push(await page.evaluate(() => /** @type {any} */ (window).hostTaxRound()));
  return { roundMs: median(rounds.slice(2)), rounds };
}

async function stormRun(page, url, ours) {
  await page.goto(url('/storm.html'), { waitUntil: 'load' });
  await new Promise((r) => setTimeout(r, 1200));
  const result = await page.evaluate(() => /** @type {any} */ (window).startStorm());
  await new Promise((r) => setTimeout(r, 1000));
  const after = ours ? await page.evaluate(() => /** @type {any} */ (window).__benchStatus()) : null;
  return { fps: result.fps, after };
}

/**
 * @param {{ ours: string, emptyObserver: string, url: (path: string) => string, pairs: number, log: (m: string) => void }} opts
 */
export async function firefoxRows({ ours, emptyObserver, url, pairs, log }) {
  log('firefox: empty-observer host tax');
  const empty = await launch(emptyObserver);
  let emptyTax;
  try {
    emptyTax = await hostTax(empty.page, url, false);
  } finally {
    await empty.browser.close();
  }
  log('firefox: none and ours');
  const none = await launch(null);
  const lens = await launch(ours);
  try {
    const noneTax = await hostTax(none.page, url, false);
    const oursTax = await hostTax(lens.page, url, true);
    const storm = [];
    for (let i = 0; i < pairs; i++) {
      const n = await stormRun(none.page, url, false);
      const o = await stormRun(lens.page, url, true);
      storm.push({ none: n.fps, ours: o.fps, after: o.after });
    }
    return { hostTax: { none: noneTax, emptyObserver: emptyTax, ours: oursTax }, storm };
  } finally {
    await none.browser.close();
    await lens.browser.close();
  }
}
