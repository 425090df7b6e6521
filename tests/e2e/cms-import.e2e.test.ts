/**
 * CMS edit files in real Chromium: the fixtures (CMS layout, synthetic edits, and an RVU zip
 * with the MPFS relative value file) go in through the options page's file input, a broken file
 * is refused naming file and line with the previous import kept, cards show the fee-schedule
 * indicators with the file and year, and the background then checks a claim's lines: a PTP pair, an indicator-1 pair
 * bypassed by -59, units over the MUE and a type-1 add-on without its primary. The content
 * script's tab-wide wiring comes from the claim helper; here the lines go to the background
 * the way that checker will send them (cpt-lens/cms-check). Then an import cut off by closing
 * the options page keeps the previous one, and files the browser cleared are reported as gone.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mpfsCsv } from '../../scripts/mpfs-layout.mjs';
import { hoverText, waitForHighlights } from './support/page-helpers';
import { useLensBrowser } from './support/lens-browser';

const ctx = useLensBrowser();
const fixture = (name: string) => ({ name: name.split('/').pop()!, mimeType: 'application/octet-stream', buffer: readFileSync(`tests/fixtures/cms/${name}`) });
const FULL_SET = [
  'medicare-ncci-2026q2-practitioner-ptp-edits-ccipra-v321r0-f1.zip',
  'medicare-ncci-2026q2-practitioner-ptp-edits-ccipra-v321r0-f2.zip',
  'medicare-ncci-2026-q2-practitioner-services-mue-table.zip',
  'medicare-ncci-2026q2-add-on-code-edits.zip',
  'RVU26A.zip',
];

const MPFS_FROM = 'PPRRVU2026_Jan_QPP.csv (MPFS 2026, release A)';
type Warning = { kind: string; codes: string[]; message: string };
// Extension pages reach the background with runtime.sendMessage, as the content scripts do.
type Runtime = { runtime: { sendMessage(m: unknown): Promise<unknown> } };
const send = <T,>(page: Page, message: unknown) => page.evaluate((m) => (globalThis as unknown as { chrome: Runtime }).chrome.runtime.sendMessage(m), message) as Promise<T>;

describe('CMS edit files', () => {
  it('imports the fixtures through the options page and checks a claim in the background', async () => {
    const options = await ctx.browser().context.newPage();
    await options.goto(`chrome-extension://${ctx.browser().extensionId}/options.html`);
    const input = options.getByLabel('Drop the files here, or choose them:');

    await input.setInputFiles(FULL_SET.map(fixture));
    await expect.poll(() => options.getByRole('status').textContent(), { timeout: 20_000 }).toBe('Imported 5 files.');
    const list = options.getByRole('list', { name: 'Imported CMS edit files' });
    await expect.poll(() => list.textContent()).toMatch(/PTP edits \(practitioner\): 7 rows/);
    expect(await list.textContent()).toMatch(/ccipra-v321r0-f2\.txt: version v32\.1r0, effective quarter 2026Q2, part 2, 3 rows/);
    expect(await list.textContent()).toMatch(/MCR_MUE_PractitionerServices_Eff_04-01-2026\.csv: version effective 2026-04-01/);
    expect(await list.textContent()).toMatch(/MPFS relative value file: 10 rows, .*PPRRVU2026_Jan_QPP\.csv: year 2026, release 2026 A \(January release\), 10 rows/);
    expect(await options.locator('.cms-persist').textContent()).toMatch(/^Storage: (persistent|not persistent)/);

    await input.setInputFiles([fixture('ccipra-v321r0-f2.txt'), fixture('broken/ccipra-v321r0-f1.txt')]);
    await expect.poll(() => options.getByRole('alert').textContent(), { timeout: 20_000 }).toMatch(
      /^Not imported: ccipra-v321r0-f1\.txt, line 9: effective date "2022-01-01" is not a YYYYMMDD date\. The previous import is unchanged\.$/,
    );

    // The claim on screen: 50706 + 50431, 74360 + 76496-59, 52000 x3, and the add-on 22614 alone.
    const lines = [
      { code: '50706', modifiers: [], units: 1 },
      { code: '50431', modifiers: [], units: 1 },
      { code: '74360', modifiers: [], units: 1 },
      { code: '76496', modifiers: ['59'], units: 1 },
      { code: '52000', modifiers: [], units: 3 },
      { code: '22614', modifiers: [], units: 1 },
    ];
    const warnings = await send<Warning[]>(options, { type: 'cpt-lens/cms-check', lines, dateOfService: '2026-05-04' });
    expect(warnings.map((w) => `${w.kind} ${w.codes.join('+')}`).sort()).toEqual([
      'aoc-no-primary 22614',
      'mue-exceeded 52000',
      'ptp-bypassed 74360+76496',
      'ptp-never-together 50706+50431',
    ]);
    expect(warnings.find((w) => w.kind === 'ptp-bypassed')!.message).toContain('bypassed by -59');

    // A code outside the dataset gets numbers only: MUE with its type, partners, the file each came from.
    const facts = await send<{ mue: { value: number; mai: number; from: string }; partners: Array<{ code: string; role: string }> }>(options, { type: 'cpt-lens/cms-facts', code: '52000' });
    expect(facts.mue).toEqual({ value: 1, mai: 2, rationale: 'Code Descriptor / CPT Instruction', from: 'MCR_MUE_PractitionerServices_Eff_04-01-2026.csv (effective 2026-04-01)' });
    const fee = (facts as unknown as { feeSchedule: { row: Record<string, unknown>; from: string } }).feeSchedule;
    expect(fee.row).toMatchObject({ code: '52000', status: 'A', global: '000', bilateral: '0', assistant: '1' });
    expect(fee.from).toBe(MPFS_FROM);

    // A dataset card shows what the files say about its code, with the file it came from.
    const page = await ctx.browser().context.newPage();
    await page.goto(ctx.server().url('/index.html'));
    await waitForHighlights(page, 4);
    await hoverText(page, '#claim-lines', '50431');
    const cms = page.getByRole('tooltip', { name: /CPT 50431/ }).getByRole('region', { name: 'From your CMS edit files' });
    await expect.poll(() => cms.textContent().catch(() => ''), { timeout: 5000 }).toContain('MUE 2 per day · MAI 2: per date of service, set by policy');
    expect(await cms.textContent()).toMatch(/50706 this code is denied with it \(never together\)/);
    expect(await cms.textContent()).toContain('MCR_MUE_PractitionerServices_Eff_04-01-2026.csv (effective 2026-04-01)');
    expect(await cms.textContent()).toContain('Bilateral (50)1: modifier 50 applies: one line, 1 unit, 150%');
    expect(await cms.textContent()).toContain(MPFS_FROM);
    // The dataset's own block: the file fills the unverified bilateral indicator and wins where they differ.
    const block = page.getByRole('tooltip', { name: /CPT 50431/ }).locator('.fee-schedule');
    await expect.poll(() => block.textContent(), { timeout: 5000 }).toContain(`1 — modifier 50 applies: one line, 1 unit, 150% (your file ${MPFS_FROM}`);
    expect(await block.textContent()).toMatch(/Your file: 1\.1 .*CPT Lens's dataset says 1\.07 .*Your file wins\./);
    await page.close();

    await options.getByRole('button', { name: 'Remove PTP edits' }).click();
    await expect.poll(() => list.textContent()).not.toMatch(/PTP edits/);
    const after = await send<Warning[]>(options, { type: 'cpt-lens/cms-check', lines, dateOfService: '2026-05-04' });
    expect(after.map((w) => w.kind).sort()).toEqual(['aoc-no-primary', 'mue-exceeded']);
    await options.close();
  });

  it('keeps the previous import when the options page is closed mid-import, and says when the browser cleared the files', async () => {
    const { context, extensionId } = ctx.browser();
    const optionsUrl = `chrome-extension://${extensionId}/options.html`;
    const first = await context.newPage();
    await first.goto(optionsUrl);
    // A relative value file big enough to still be importing when the page goes away (code 50431 with other values).
    const rows = Array.from({ length: 120_000 }, (_, i) => ({ code: String(10000 + (i % 80000)).padStart(5, '0'), mod: i < 80000 ? '' : '26', status: 'A', work: '9.99', pctc: '0', glob: '090', mult: '2', bilat: '0', asst: '0', co: '0', team: '0' }));
    rows.sort((a, b) => a.code.localeCompare(b.code));
    const big = { name: 'PPRRVU2026_Jul_nonQPP.csv', mimeType: 'text/csv', buffer: Buffer.from(mpfsCsv(rows, { year: 2026, month: 'July' })) };
    await first.getByLabel('Drop the files here, or choose them:').setInputFiles(big);
    await first.getByRole('progressbar', { name: 'Import progress' }).waitFor({ timeout: 10_000 });
    await first.close();

    const second = await context.newPage();
    await second.goto(optionsUrl);
    const list = second.getByRole('list', { name: 'Imported CMS edit files' });
    await expect.poll(() => list.textContent()).toMatch(/PPRRVU2026_Jan_QPP\.csv: year 2026/);
    expect(await list.textContent()).not.toMatch(/PPRRVU2026_Jul/);
    const facts = await send<{ feeSchedule: { row: { workRvu: number }; from: string } }>(second, { type: 'cpt-lens/cms-facts', code: '50431' });
    expect(facts.feeSchedule).toMatchObject({ row: { workRvu: 1.1 }, from: MPFS_FROM });

    // Eviction empties the origin's IndexedDB; the note in extension storage remains.
    await second.evaluate(() => new Promise((done) => { const r = indexedDB.deleteDatabase('cpt-lens-cms-edits'); r.onsuccess = r.onerror = r.onblocked = done; }));
    await second.reload();
    await expect.poll(() => second.getByRole('alert').textContent().catch(() => ''), { timeout: 10_000 }).toMatch(/^Your imported CMS files are gone: this browser cleared the storage .*PPRRVU2026_Jan_QPP\.csv.*Import them again/);
    const gone = await send<{ filesGone: boolean }>(second, { type: 'cpt-lens/cms-facts', code: '50431' });
    expect(gone.filesGone).toBe(true);
    await second.close();
  });
});
