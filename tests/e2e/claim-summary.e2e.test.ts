/**
 * On the demo charge-entry page (top page, a same-origin remittance frame, a cross-origin
 * scheduling frame): each code's verdict line, the claim summary by keyboard, its copied text,
 * opening a line's card in another frame, and axe on the card and the panel.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hoverText, waitForHighlights } from './support/page-helpers';
import { axeViolations } from './support/axe';
import { page as html, useLensBrowser } from './support/lens-browser';

const ctx = useLensBrowser();

async function demo(): Promise<Page> {
  const p = await ctx.browser().context.newPage();
  await p.goto(ctx.server().url('/index.html'));
  await waitForHighlights(p, 4);
  return p;
}

describe('the answer first', () => {
  it.each([
    // 50432 is in the cross-origin scheduling frame: also one of 50706's primaries.
    ['50706', 'Add-on — primary 50431, 50432 on this page ✓ · 2 units, MUE 2 ✓'],
    ['50431', 'Standalone — no bundled pair on this page ✓ · 1 unit, MUE unverified'],
    ['74360', 'S&I only — no bundled pair on this page ✓ · 1 unit, MUE unverified'],
    ['76496', 'Unlisted — send a special report with the claim · 1 unit, MUE unverified'],
  ])('%s opens with its verdict for the demo claim line', async (code, verdict) => {
    const p = await demo();
    await hoverText(p, '#claim-lines tbody', code);
    const card = p.getByRole('tooltip', { name: new RegExp(`CPT ${code}`) });
    await expect.poll(() => card.isVisible(), { timeout: 5000 }).toBe(true);
    // The card re-renders when the tab's lines (all frames) come back from the background.
    await expect.poll(() => card.locator('.verdict').textContent(), { timeout: 5000 }).toBe(verdict);
    await p.close();
  });

  it('says when a modifier does not apply, and when the add-on has no primary', async () => {
    ctx.server().setPage('/bad-mod.html', html('<table><thead><tr><th>CPT</th><th>Mod</th></tr></thead><tbody><tr><td>50706</td><td>26</td></tr></tbody></table>'));
    const p = await ctx.browser().context.newPage();
    await p.goto(ctx.server().url('/bad-mod.html'));
    await waitForHighlights(p, 1);
    await expect.poll(() => p.getByRole('status').textContent(), { timeout: 8000 }).toMatch(/claim warning/);
    await hoverText(p, 'table', '50706');
    const card = p.getByRole('tooltip', { name: /CPT 50706/ });
    await expect.poll(() => card.locator('.verdict').textContent(), { timeout: 5000 }).toBe(
      'Add-on — no primary on this page ✗ · -26 does not apply to this code ✗',
    );
    await p.close();
  });
});

describe('date of service', () => {
  it('checks lines of different dates apart, and each card and row says the date it was checked for', async () => {
    // 50431 and 50432 bundle on one day; here they are two days apart, so only the add-on is alone.
    ctx.server().setPage(
      '/dos.html',
      html(`<table><thead><tr><th>DOS</th><th>CPT</th><th>Mod</th><th>Units</th></tr></thead><tbody>
        <tr><td>05/04/2026</td><td>50431</td><td>LT</td><td>1</td></tr>
        <tr><td>05/05/2026</td><td>50432</td><td>LT</td><td>1</td></tr>
        <tr><td>05/05/2026</td><td>50706</td><td>LT</td><td>1</td></tr></tbody></table>`),
    );
    const p = await ctx.browser().context.newPage();
    await p.goto(ctx.server().url('/dos.html'));
    await waitForHighlights(p, 2);
    await expect.poll(() => p.getByRole('status').filter({ hasText: 'CPT Lens' }).textContent({ timeout: 200 }).catch(() => ''), { timeout: 8000 }).toBe('CPT Lens: 0 claim warnings on this tab');
    await hoverText(p, 'table', '50431');
    const card = p.getByRole('tooltip', { name: /CPT 50431/ });
    await expect.poll(() => card.locator('.dos-used').textContent({ timeout: 500 }).catch(() => ''), { timeout: 5000 }).toBe('Date of service 2026-05-04');
    expect(await card.locator('.verdict').textContent()).toBe('Standalone — no bundled pair on this page ✓ · 1 unit, MUE unverified');
    await p.keyboard.press('Escape');
    await p.getByRole('button', { name: /Open CPT Lens claim summary/ }).click();
    const panel = p.getByRole('dialog', { name: 'CPT Lens: claim summary' });
    await expect.poll(() => panel.locator('.summary-row').count(), { timeout: 5000 }).toBe(3);
    expect(await panel.locator('.summary-row').nth(2).textContent()).toMatch(/^50706-LT x1.*Add-on — primary 50432 on this page ✓.*Date of service 2026-05-05/);
    await p.close();
  });
});

describe('the claim summary', () => {
  /** A claim split over the top page and a frame, with one warning so the status shows. */
  async function claim(): Promise<Page> {
    const s = ctx.server();
    s.setPage('/sum-frame.html', html('<table><thead><tr><th>Proc</th><th>Mod</th><th>Units</th></tr></thead><tbody><tr><td>50706</td><td>LT</td><td>3</td></tr></tbody></table>'));
    s.setPage(
      '/sum.html',
      html(`<table id="t"><thead><tr><th>CPT</th><th>Modifier</th><th>Units</th></tr></thead>
        <tbody><tr><td>50431</td><td>LT</td><td>1</td></tr></tbody></table>
        <iframe id="f" src="/sum-frame.html" title="Remittance" width="400" height="120"></iframe>`),
    );
    const p = await ctx.browser().context.newPage();
    await p.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: s.url('/') });
    await p.goto(s.url('/sum.html'));
    await expect.poll(() => p.getByRole('status').textContent(), { timeout: 8000 }).toMatch(/CPT Lens: 1 claim warning\b/);
    return p;
  }

  it('opens from the status by keyboard and lists every line of the tab with verdict, warnings and checklist progress', async () => {
    const p = await claim();
    await p.getByRole('button', { name: 'Show CPT Lens claim warnings' }).focus();
    await p.keyboard.press('Enter');
    const panel = p.getByRole('dialog', { name: 'CPT Lens: claim summary' });
    await expect.poll(() => panel.isVisible(), { timeout: 5000 }).toBe(true);
    const rows = panel.locator('.summary-row');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.nth(0).textContent()).toMatch(/^50431-LT x1.*Standalone — no bundled pair on this page ✓.*Documentation 0 of 7/);
    expect(await rows.nth(1).textContent()).toMatch(/^50706-LT x3.*Add-on — primary 50431 on this page ✓ · 3 units, MUE 2 ✗.*3 units of 50706 is above its MUE/);
    expect(await axeViolations(p, { include: [['cpt-lens-root']] })).toEqual([]);
    // Escape closes it and gives focus back to the status button.
    await p.keyboard.press('Escape');
    await expect.poll(() => panel.count()).toBe(0);
    const focused = await p.evaluate(() => document.querySelector('cpt-lens-root')!.shadowRoot!.activeElement?.getAttribute('aria-label'));
    expect(focused).toBe('Show CPT Lens claim warnings: 1');
    await p.close();
  });

  it('opens for the checklist review on a clean claim too, where the status shows the code count', async () => {
    const p = await demo();
    const open = p.getByRole('button', { name: /^Open CPT Lens claim summary: \d+ codes$/ });
    await expect.poll(() => open.count(), { timeout: 8000 }).toBe(1);
    expect(await p.getByRole('status').filter({ hasText: 'CPT Lens' }).textContent()).toBe('CPT Lens: 0 claim warnings on this tab');
    await open.click();
    const panel = p.getByRole('dialog', { name: 'CPT Lens: claim summary' });
    await expect.poll(() => panel.isVisible(), { timeout: 5000 }).toBe(true);
    await expect.poll(() => panel.locator('.summary-row').count()).toBeGreaterThanOrEqual(4);
    expect(await panel.textContent()).toMatch(/50706.*Documentation 0 of 7/);
    await p.close();
  });

  it('copies a provider query built from the unticked checklist items', async () => {
    const p = await claim();
    await p.getByRole('button', { name: 'Show CPT Lens claim warnings' }).focus();
    await p.keyboard.press('Enter');
    const panel = p.getByRole('dialog', { name: 'CPT Lens: claim summary' });
    await expect.poll(() => panel.isVisible(), { timeout: 5000 }).toBe(true);
    await panel.getByRole('combobox', { name: /Copy as/ }).selectOption('query');
    await panel.getByRole('button', { name: 'Copy', exact: true }).focus();
    await p.keyboard.press('Enter');
    await expect.poll(() => panel.getByRole('status').textContent(), { timeout: 5000 }).toBe('Provider query copied.');
    const text = await p.evaluate(() => navigator.clipboard.readText());
    expect(text.split('\n')[0]).toBe('Please document:');
    expect(text).toMatch(/^- For 50706-LT x3: .*balloon/im);
    expect(text).toMatch(/^- For 50431-LT x1: /m);
    await p.close();
  });

  it('opens the card of a line held by another frame', async () => {
    const p = await claim();
    await p.getByRole('button', { name: 'Show CPT Lens claim warnings' }).click();
    const panel = p.getByRole('dialog', { name: 'CPT Lens: claim summary' });
    await panel.getByRole('button', { name: 'Open card for 50706-LT x3' }).click();
    const frame = (await (await p.$('#f'))!.contentFrame())!;
    const card = frame.getByRole('dialog', { name: /CPT 50706/ });
    await expect.poll(() => card.isVisible(), { timeout: 5000 }).toBe(true);
    expect(await card.locator('.verdict').textContent()).toMatch(/^Add-on — primary 50431 on this page ✓/);
    await p.close();
  });
});

// Last in the file: the imported files stay in this browser's IndexedDB for the tests after it.
describe('with the CMS files imported', () => {
  const fixture = (name: string) => ({ name, mimeType: 'application/octet-stream', buffer: readFileSync(`tests/fixtures/cms/${name}`) });
  const FILES = [
    'medicare-ncci-2026q2-practitioner-ptp-edits-ccipra-v321r0-f1.zip',
    'medicare-ncci-2026q2-practitioner-ptp-edits-ccipra-v321r0-f2.zip',
    'medicare-ncci-2026-q2-practitioner-services-mue-table.zip',
    'medicare-ncci-2026q2-add-on-code-edits.zip',
  ];

  it('the verdicts agree with the edit files, and the cards say the files are older than the claim', async () => {
    const options = await ctx.browser().context.newPage();
    await options.goto(`chrome-extension://${ctx.browser().extensionId}/options.html`);
    await options.getByLabel('Drop the files here, or choose them:').setInputFiles(FILES.map(fixture));
    await expect.poll(() => options.getByRole('status').textContent(), { timeout: 20_000 }).toBe('Imported 4 files.');
    const p = await demo();
    // 50706 denies 50431 (indicator 0) and 74360 with 76496 needs a modifier: the status counts both.
    await expect.poll(() => p.getByRole('status').filter({ hasText: 'CPT Lens' }).textContent({ timeout: 200 }).catch(() => ''), { timeout: 8000 }).toBe('CPT Lens: 2 claim warnings on this tab');
    // The demo claim's header gives its date of service (2026-11-03), after the fixtures' quarter.
    const dos = '2026-11-03';
    // The MUE is the file's (MAI 2/3: per day; the line form's note mentions 50431 too, so its
    // day count may be 2); the dataset alone said "MUE unverified" and "no bundled pair ✓".
    for (const [code, verdict] of [
      ['50431', /^Standalone — not with 50706 on this page ✗ · 1 unit( \(2 on this date\))?, MUE 2 ✓$/],
      ['74360', /^S&I only — not with 76496 on this page ✗ · 1 unit, MUE 1 ✓$/],
    ] as const) {
      await hoverText(p, '#claim-lines tbody', code);
      const card = p.getByRole('tooltip', { name: new RegExp(`CPT ${code}`) });
      await expect.poll(() => card.locator('.verdict').textContent({ timeout: 500 }).catch(() => ''), { timeout: 5000 }).toMatch(verdict);
      expect(await card.getByRole('list', { name: 'Notes' }).textContent()).toContain(`PTP edits are for 2026 Q2; this claim is dated ${dos} — import the current quarter.`);
      await p.keyboard.press('Escape');
    }
    await p.close();
    await options.close();
  });
});
