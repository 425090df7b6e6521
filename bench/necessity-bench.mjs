/**
 * The medical-necessity part of `npm run bench:cms`: the ICD-10-CM and coverage-article imports
 * at realistic size through the Options page (same figures and musts as the edit files, see
 * import-probe.mjs), then the time to check a 30-line claim with 12 diagnoses in the background.
 *
 * No request answers "check this claim's necessity" (the edit files have `cpt-lens/cms-check`),
 * and product code is not changed for the bench. So the check is timed on the path a claim page
 * takes: the Options page (an extension page in a tab) opens the frames' port
 * (`cpt-lens/frame-lines`, tab-checks/start-tab-checks.ts) and sends lines and diagnoses as a
 * content script would; the background's TabChecks reads the edit facts and runs
 * necessityForClaim, checkClaim and withNecessity, and answers `cpt-lens/tab-checked`. The round
 * trip therefore includes the edit-file checks of the same lines: the same claim timed before the
 * necessity imports gives that share.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ICD_ZIPS, MCD_ZIP, NECESSITY_CLAIM, NECESSITY_DIR, generateNecessitySet } from '../scripts/generate-necessity-set.mjs';
import { importRows, mb, measureImport } from './import-probe.mjs';

/** @typedef {import('playwright-core').Page} Page */
/** @typedef {{ claimCodes: string[], dateOfService: string, diagnoses: string[], contractorKey: string }} NecessityClaim */

/** Generates the set unless it is there for these claim codes. @param {string[]} claimCodes @returns {NecessityClaim} */
export function ensureNecessitySet(claimCodes) {
  const file = join(NECESSITY_DIR, NECESSITY_CLAIM);
  const have = existsSync(file) && [...ICD_ZIPS, MCD_ZIP].every((f) => existsSync(join(NECESSITY_DIR, f))) ? JSON.parse(readFileSync(file, 'utf8')) : null;
  if (have && JSON.stringify(have.claimCodes) === JSON.stringify(claimCodes)) return have;
  console.log('Generating the realistic-size medical-necessity set…');
  return generateNecessitySet(NECESSITY_DIR, claimCodes).claim;
}

const size = (/** @type {string[]} */ names) => mb(names.reduce((n, f) => n + statSync(join(NECESSITY_DIR, f)).size, 0) / 1024);

/** Imports both sets and chooses the claim's contractor; returns the rows. @param {Page} options @param {string} profileHint @param {NecessityClaim} claim */
export async function importNecessity(options, profileHint, claim) {
  const section = options.getByRole('region', { name: 'Medical necessity (coverage articles, ICD-10-CM)' });
  // Each import's status is the paragraph right after its drop zone (coverage/ImportStatus.tsx).
  const status = (/** @type {string} */ id) => section.locator(`.cms-drop:has(#${id}) + p`);
  const run = (/** @type {string} */ id, /** @type {string} */ label, /** @type {string[]} */ files) =>
    measureImport(options, profileHint, async () => {
      await section.getByLabel(label).setInputFiles(files.map((f) => join(NECESSITY_DIR, f)));
      await status(id).filter({ hasText: /^(Imported|Not imported)/ }).waitFor({ timeout: 300_000 });
    });
  const own = async (/** @type {string} */ set) => (await section.locator(`[data-set="${set}"]`).textContent().catch(() => '')) ?? '';

  const icd = await run('necessity-icd-files', 'ICD-10-CM files:', ICD_ZIPS);
  const icdText = await own('icd');
  const icdOutcome = await status('necessity-icd-files').textContent();
  const mcd = await run('necessity-mcd-files', 'The "current article" download (current_article.zip):', [MCD_ZIP]);
  const mcdText = await own('coverage');
  const mcdOutcome = await status('necessity-mcd-files').textContent();

  await section.getByLabel('Your contractor').selectOption(`c:${claim.contractorKey}`);
  // The choice is written to IndexedDB asynchronously, then announced to the background.
  for (let i = 0; i < 100 && !(await storedChoice(options)); i++) await options.waitForTimeout(50);
  await options.waitForTimeout(300);
  const storage = await options.evaluate(() => navigator.storage.estimate());

  const icdCounts = /: ([\d,]+) codes, ([\d,]+) billable; Excludes1 (imported|not in the imported file)/.exec(icdText);
  const x1 = /([\d,]+) codes with Excludes1 notes/.exec(icdText)?.[1] ?? '?';
  const mcdCounts = /: ([\d,]+) billing articles, ([\d,]+) code rows, ([\d,]+) covered and ([\d,]+) non-covered ICD-10-CM rows, ([\d,]+) contractors/.exec(mcdText);
  const clock = (/** @type {string} */ t) => /UTC in ([\d.]+) s/.exec(t)?.[1] ?? '?';
  return [
    ['ICD-10-CM import result', icdOutcome ?? '', '', ''],
    ['ICD-10-CM files', `${ICD_ZIPS.length} zips (${size(ICD_ZIPS)} MB), ${icdCounts?.[1] ?? '?'} codes stored, ${icdCounts?.[2] ?? '?'} billable, Excludes1 on ${x1}`, '', ''],
    ...importRows('ICD-10-CM import', icd, clock(icdText)),
    ['coverage article import result', mcdOutcome ?? '', '', ''],
    ['coverage article files', `${MCD_ZIP} (${size([MCD_ZIP])} MB): ${mcdCounts?.[1] ?? '?'} billing articles, ${mcdCounts?.[2] ?? '?'} HCPCS rows, ${mcdCounts?.[3] ?? '?'} covered ICD-10-CM rows, ${mcdCounts?.[5] ?? '?'} contractors`, '', ''],
    ...importRows('coverage article import', mcd, clock(mcdText)),
    ['IndexedDB + storage used, after the necessity imports (MB)', mb((storage.usage ?? 0) / 1024), 'info', 'info'],
  ];
}

/** @param {Page} page */
function storedChoice(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const open = indexedDB.open('cpt-lens-coverage');
        open.onsuccess = () => {
          const get = open.result.transaction('meta').objectStore('meta').get('choice');
          get.onsuccess = () => (open.result.close(), resolve(get.result ?? null));
          get.onerror = () => resolve(null);
        };
        open.onerror = () => resolve(null);
      }),
  );
}

/**
 * Times the tab check of `claim` through the frames' port: the first answer (cold: the look-ups
 * read IndexedDB) and the median of `repeats` re-sends of the same lines (warm: cached).
 * @param {Page} page @param {NecessityClaim} claim
 */
export async function timeTabCheck(page, claim, repeats = 20) {
  const lines = claim.claimCodes.map((code) => ({ code, modifiers: [], units: 1, dateOfService: claim.dateOfService }));
  await page.evaluate(() => {
    const w = /** @type {any} */ (window);
    const port = /** @type {any} */ (globalThis).chrome.runtime.connect({ name: 'cpt-lens/frame-lines' });
    w.__tab = { port, waiting: null };
    port.onMessage.addListener((/** @type {any} */ m) => {
      if (m?.type !== 'cpt-lens/tab-checked' || !w.__tab.waiting) return;
      const resolve = w.__tab.waiting;
      w.__tab.waiting = null;
      resolve(m);
    });
  });
  const send = () =>
    page.evaluate(
      async ({ lines, diagnoses }) => {
        const tab = /** @type {any} */ (window).__tab;
        const t = performance.now();
        const m = await new Promise((resolve, reject) => {
          tab.waiting = resolve;
          tab.port.postMessage({ type: 'cpt-lens/frame-lines', lines, diagnoses });
          setTimeout(() => reject(new Error('the background did not answer the tab check in 30 s')), 30_000);
        });
        const ms = performance.now() - t;
        const parts = m.verdicts.flatMap((/** @type {any} */ v) => v.parts).filter((/** @type {any} */ p) => p.text.startsWith('Medical necessity'));
        return { ms, warnings: m.warnings.length, supported: parts.filter((/** @type {any} */ p) => p.ok === true).length, unsupported: parts.filter((/** @type {any} */ p) => p.ok === false).length, readDiagnoses: m.readDiagnoses };
      },
      { lines, diagnoses: claim.diagnoses },
    );
  const cold = await send();
  const warm = [];
  for (let i = 0; i < repeats; i++) warm.push((await send()).ms);
  await page.evaluate(() => /** @type {any} */ (window).__tab.port.disconnect());
  warm.sort((a, b) => a - b);
  return { cold, warm: warm[Math.floor(warm.length / 2)] ?? NaN, n: warm.length };
}

/** @param {Awaited<ReturnType<typeof timeTabCheck>>} before edit files only @param {Awaited<ReturnType<typeof timeTabCheck>>} after with both necessity imports */
export function checkRows(before, after) {
  const c = after.cold;
  const what = `${c.supported} lines supported, ${c.unsupported} not, ${c.warnings} warnings`;
  return [
    ['tab check of the 30 lines, edit files only, cold, round trip (ms)', before.cold.ms.toFixed(1), 'info', 'info'],
    [`tab check of the 30 lines, edit files only, warm, round trip (median of ${before.n}, ms)`, before.warm.toFixed(2), 'info', 'info'],
    [`medical necessity, 30 lines × 12 diagnoses, cold, round trip (ms; ${what})`, c.ms.toFixed(1), 'info', 'info'],
    [`medical necessity, 30 lines × 12 diagnoses, warm, round trip (median of ${after.n}, ms)`, after.warm.toFixed(2), '≤ 10', after.warm <= 10 ? 'PASS' : 'MISS'],
  ];
}
