/**
 * CMS edit files in real Chromium: the fixtures (CMS layout, synthetic edits) go in through the
 * options page's file input, a broken file is refused naming file and line with the previous
 * import kept, and the background then checks a claim's lines: a PTP pair, an indicator-1 pair
 * bypassed by -59, units over the MUE and a type-1 add-on without its primary. The content
 * script's tab-wide wiring comes from the claim helper; here the lines go to the background
 * the way that checker will send them (cpt-lens/cms-check).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hoverText, waitForHighlights } from './support/page-helpers';
import { useLensBrowser } from './support/lens-browser';

const ctx = useLensBrowser();
const fixture = (name: string) => ({ name: name.split('/').pop()!, mimeType: 'application/octet-stream', buffer: readFileSync(`tests/fixtures/cms/${name}`) });
const FULL_SET = [
  'medicare-ncci-2026q2-practitioner-ptp-edits-ccipra-v321r0-f1.zip',
  'medicare-ncci-2026q2-practitioner-ptp-edits-ccipra-v321r0-f2.zip',
  'medicare-ncci-2026-q2-practitioner-services-mue-table.zip',
  'medicare-ncci-2026q2-add-on-code-edits.zip',
];

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
    await expect.poll(() => options.getByRole('status').textContent(), { timeout: 20_000 }).toBe('Imported 4 files.');
    const list = options.getByRole('list', { name: 'Imported CMS edit files' });
    await expect.poll(() => list.textContent()).toMatch(/PTP edits \(practitioner\): 7 rows/);
    expect(await list.textContent()).toMatch(/ccipra-v321r0-f2\.txt: version v32\.1r0, effective quarter 2026Q2, part 2, 3 rows/);
    expect(await list.textContent()).toMatch(/MCR_MUE_PractitionerServices_Eff_04-01-2026\.csv: version effective 2026-04-01/);

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

    // A dataset card shows what the files say about its code, with the file it came from.
    const page = await ctx.browser().context.newPage();
    await page.goto(ctx.server().url('/index.html'));
    await waitForHighlights(page, 4);
    await hoverText(page, '#claim-lines', '50431');
    const cms = page.getByRole('tooltip', { name: /CPT 50431/ }).getByRole('region', { name: 'From your CMS edit files' });
    await expect.poll(() => cms.textContent().catch(() => ''), { timeout: 5000 }).toContain('MUE 2 per day · MAI 2: per date of service, set by policy');
    expect(await cms.textContent()).toMatch(/50706 this code is denied with it \(never together\)/);
    expect(await cms.textContent()).toContain('MCR_MUE_PractitionerServices_Eff_04-01-2026.csv (effective 2026-04-01)');
    await page.close();

    await options.getByRole('button', { name: 'Remove PTP edits' }).click();
    await expect.poll(() => list.textContent()).not.toMatch(/PTP edits/);
    const after = await send<Warning[]>(options, { type: 'cpt-lens/cms-check', lines, dateOfService: '2026-05-04' });
    expect(after.map((w) => w.kind).sort()).toEqual(['aoc-no-primary', 'mue-exceeded']);
    await options.close();
  });
});
