/**
 * Page load → claim warnings shown, for `npm run bench:cms` once the edit files are imported:
 * a claim page served from 127.0.0.1 (content scripts do not run on file:// or extension pages,
 * scripts/static-server.mjs) with one table whose header row is "CPT/HCPCS | Mod | Units | DOS"
 * and 30 lines of the generated set's claim codes (claim-codes.json: the first code and partners
 * it has PTP rows with, so imported PTP edits fire; two lines carry 13 units, above any MUE the
 * generator writes, so imported MUE edits fire too).
 *
 * Each load is a new page. An init script in the page's main world watches for our overlay host
 * (`cpt-lens-root`, open shadow root) and, with a MutationObserver on that root, notes the
 * moment the status (role="status", text "CPT Lens: N claim warnings on this tab") changes its
 * count, on the page's clock: performance.now() counts from the navigation's start. "First" is
 * the first count N ≥ 1, "last" the last change of the count, once it has not changed for
 * QUIET_MS (or the page gave up at TIMEOUT_MS). For where the time goes, the same clock also
 * notes DOMContentLoaded, load and the first animation frame in which the content script has
 * marked a code (CSS highlight "cpt-lens", readable from the main world). A code of the bundled
 * dataset is marked by the scan, before the checks start (components/page-checks/
 * start-page-checks.ts waits 250 ms after the scan, the frame's link to the background debounces
 * 150 ms, components/tab-checks/frame-link.ts); the generated codes are not in the dataset and
 * are marked only once the claim reader has read them, so on this page the mark comes with the
 * warnings, not before.
 */
import { serveDir } from '../scripts/static-server.mjs';

/** @typedef {import('playwright-core').BrowserContext} BrowserContext */
/** @typedef {{ first: number, firstN: number, last: number, lastN: number, text: string, changes: number, dcl: number, load: number, marked: number }} Load */

const QUIET_MS = 2000;
const TIMEOUT_MS = 10_000;

/** @param {string[]} codes @param {string} dos MM/DD/YYYY */
export function claimPageHtml(codes, dos = '05/04/2026') {
  const rows = codes.map((code, i) => `<tr><td>${code}</td><td></td><td>${i === 4 || i === 17 ? 13 : 1}</td><td>${dos}</td></tr>`).join('');
  return (
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Claim</title><link rel="icon" href="data:,"></head><body>' +
    '<h1>Claim 2026-0504-001</h1>' +
    `<table id="claim"><thead><tr><th>CPT/HCPCS</th><th>Mod</th><th>Units</th><th>DOS</th></tr></thead><tbody>${rows}</tbody></table>` +
    '</body></html>'
  );
}

/** Runs in the claim page before its own scripts: records every change of the status's count. */
function statusWatch() {
  const w = /** @type {any} */ (window);
  /** @type {{ t: number, n: number, text: string }[]} */
  const changes = [];
  w.__lensStatus = changes;
  // When the page's DOMContentLoaded and load fired and the frame our first code mark was in
  // (the content script marks codes with the CSS highlight "cpt-lens"), on the same clock.
  w.__lensTimes = { dcl: NaN, load: NaN, marked: NaN };
  const marks = () => {
    if ((CSS.highlights?.get('cpt-lens')?.size ?? 0) > 0) w.__lensTimes.marked = performance.now();
    else if (performance.now() < 10_000) requestAnimationFrame(marks);
  };
  requestAnimationFrame(marks);
  document.addEventListener('DOMContentLoaded', () => (w.__lensTimes.dcl = performance.now()), { once: true });
  addEventListener('load', () => (w.__lensTimes.load = performance.now()), { once: true });
  /** @type {ShadowRoot | null} */
  let root = null;
  const read = () => {
    if (!root) return;
    const status = [...root.querySelectorAll('[role="status"]')].find((el) => (el.textContent ?? '').startsWith('CPT Lens:'));
    const text = status?.textContent ?? '';
    const m = /^CPT Lens: (\d+) claim warnings?\b/.exec(text);
    if (!m) return;
    const n = Number(m[1]);
    if (changes.at(-1)?.n !== n) changes.push({ t: performance.now(), n, text });
  };
  const watchRoot = () => {
    const host = document.querySelector('cpt-lens-root');
    const r = host?.shadowRoot ?? null;
    if (!r || r === root) return;
    root = r;
    new MutationObserver(read).observe(r, { childList: true, subtree: true, characterData: true });
    read();
  };
  new MutationObserver(watchRoot).observe(document, { childList: true, subtree: true });
}

/**
 * Waits in the page for the first count ≥ 1, then for the count to stay put for `quiet` ms.
 * @param {{ quiet: number, timeout: number }} o @returns {Promise<Load>}
 */
function settled({ quiet, timeout }) {
  /** @type {{ t: number, n: number, text: string }[]} */
  const changes = /** @type {any} */ (window).__lensStatus ?? [];
  const times = /** @type {any} */ (window).__lensTimes ?? {};
  return new Promise((resolve) => {
    const tick = () => {
      const now = performance.now();
      const first = changes.find((c) => c.n >= 1);
      const lastChange = changes.at(-1);
      if ((first && lastChange && now - lastChange.t >= quiet) || now >= timeout) {
        const last = first && lastChange && lastChange.n >= 1 ? lastChange : undefined;
        resolve({ first: first?.t ?? NaN, firstN: first?.n ?? 0, last: last?.t ?? NaN, lastN: lastChange?.n ?? 0, text: lastChange?.text ?? '(no CPT Lens status)', changes: changes.length, dcl: times.dcl, load: times.load, marked: times.marked });
      } else setTimeout(tick, 50);
    };
    tick();
  });
}

/**
 * Serves the claim page (only it) on 127.0.0.1. Close the server after the browser: Chromium
 * keeps its connections alive, and close() waits for them.
 * @param {string[]} codes
 */
export function serveClaimPage(codes) {
  return serveDir('/nonexistent-cpt-lens-bench', { pages: { '/claim.html': claimPageHtml(codes) } });
}

/**
 * Loads the claim page `loads` times, a new page each time, and returns every load's figures.
 * @param {BrowserContext} context @param {Awaited<ReturnType<typeof serveClaimPage>>} server @param {number} [loads]
 */
export async function timeClaimPageLoads(context, server, loads = 5) {
  /** @type {Load[]} */
  const out = [];
  for (let i = 0; i < loads; i++) {
    const page = await context.newPage();
    try {
      await page.addInitScript(statusWatch);
      await page.goto(server.url('/claim.html'));
      const load = await page.evaluate(settled, { quiet: QUIET_MS, timeout: TIMEOUT_MS });
      // NaN does not survive the trip out of the page as a number in every Playwright version.
      out.push({ ...load, first: load.first ?? NaN, last: load.last ?? NaN, dcl: load.dcl ?? NaN, load: load.load ?? NaN, marked: load.marked ?? NaN });
    } catch (error) {
      // A benchmark prints what it has: this load counts as one with no warning.
      out.push({ first: NaN, firstN: 0, last: NaN, lastN: 0, text: `(load failed: ${String(error).split('\n')[0]})`, changes: 0, dcl: NaN, load: NaN, marked: NaN });
    } finally {
      await page.close().catch(() => {});
    }
  }
  return out;
}

const median = (/** @type {number[]} */ xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  // A load with no warning counts as the slowest.
  const all = [...s, ...xs.filter((x) => !Number.isFinite(x)).map(() => Infinity)];
  return all[Math.floor(all.length / 2)] ?? NaN;
};

/**
 * The rows: the median first and last warning; the first held to `mustMs` (null: info).
 * @param {string} what @param {Load[]} loads @param {number | null} mustMs
 */
export function pageLoadRows(what, loads, mustMs) {
  const first = median(loads.map((l) => l.first));
  const last = median(loads.map((l) => l.last));
  const fmt = (/** @type {number} */ x) => (Number.isFinite(x) ? x.toFixed(0) : 'none');
  const counts = [...new Set(loads.map((l) => l.lastN))].join('/');
  const each = loads.map((l) => `${fmt(l.first)}→${fmt(l.last)}`).join(', ');
  const noWarning = loads.find((l) => !Number.isFinite(l.first));
  return [
    [`${what}: navigation start → first "N claim warnings" (N ≥ 1), median of ${loads.length} (ms)`, fmt(first), mustMs === null ? 'info' : `≤ ${mustMs}`, mustMs === null ? 'info' : first <= mustMs ? 'PASS' : 'MISS'],
    [`${what}: navigation start → last warning (count settled, ${counts} warnings), median of ${loads.length} (ms)`, fmt(last), 'info', 'info'],
    [`${what}: each load, first → last (ms)`, `${each}${noWarning ? `; a load ended with "${noWarning.text}"` : ''}`, 'info', 'info'],
    [`${what}: medians, DOMContentLoaded / load / first frame with a code marked (codes outside the bundled dataset are marked once the claim is read) (ms)`, [median(loads.map((l) => l.dcl)), median(loads.map((l) => l.load)), median(loads.map((l) => l.marked))].map(fmt).join(' / '), 'info', 'info'],
  ];
}
