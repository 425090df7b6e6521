/**
 * Codes outside the dataset where a claim line holds them (issue 19), in real Chromium, on the
 * demo's claim of orthopaedic and wound-care codes (demo/other-codes.html). Without an import
 * nothing outside the dataset is marked; once the CMS fixtures are imported, the codes they know
 * are marked in the CPT/HCPCS column only (not in the ZIP or Account columns, not in free text
 * without a label) and open the numbers-only card on hover and click.
 *
 * Which codes an import knows comes from the background (`known` in the tab's state, from the
 * claim branch); the steps after the import depend on it, as marked below.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hoverText, waitForHighlights } from './support/page-helpers';
import { useLensBrowser } from './support/lens-browser';

const ctx = useLensBrowser();
const fixture = (name: string) => ({ name, mimeType: 'application/octet-stream', buffer: readFileSync(`tests/fixtures/cms/${name}`) });
const CMS_FILES = [
  'medicare-ncci-2026q2-practitioner-ptp-edits-ccipra-v321r0-f1.zip',
  'medicare-ncci-2026q2-practitioner-ptp-edits-ccipra-v321r0-f2.zip',
  'medicare-ncci-2026-q2-practitioner-services-mue-table.zip',
  'medicare-ncci-2026q2-add-on-code-edits.zip',
];

/** Each highlighted range as "text@element id or column header". */
function marked(p: Page): Promise<string[]> {
  return p.evaluate(() =>
    [...(CSS.highlights.get('cpt-lens') ?? [])]
      .map((r) => {
        const el = r.startContainer.parentElement!;
        const text = (r.startContainer as Text).data.slice(r.startOffset, r.endOffset);
        const cell = el.closest('td');
        const where = cell ? cell.closest('table')!.querySelectorAll('thead th')[(cell as HTMLTableCellElement).cellIndex]!.textContent : el.id;
        return `${text}@${where}`;
      })
      .sort(),
  );
}

async function openClaim(): Promise<Page> {
  const p = await ctx.browser().context.newPage();
  await p.goto(ctx.server().url('/other-codes.html'));
  await waitForHighlights(p, 1);
  return p;
}

describe('codes outside the dataset on a claim', () => {
  it('marks none of them without an import: only the dataset code', async () => {
    const before = await openClaim();
    // The checks have run: all ten codes of the claim reached the background, the dataset code
    // as a checked line and the nine others named in the summary as not checked; still only the
    // dataset code is marked.
    await before.getByRole('button', { name: /Open CPT Lens claim summary/ }).click({ timeout: 8000 });
    const panel = before.getByRole('dialog', { name: 'CPT Lens: claim summary' });
    await expect.poll(() => panel.locator('.summary-row').count(), { timeout: 5000 }).toBe(1);
    await expect.poll(() => panel.locator('.others').textContent(), { timeout: 5000 }).toMatch(/^9 other codes \(.*\) — import the CMS files to check them$/);
    await before.keyboard.press('Escape');
    expect(await marked(before)).toEqual(['50431@CPT/HCPCS']);
    await before.close();
  });

  // Needs the background's `known` list (claim branch): without it nothing below is marked.
  it('marks what the imported files know, in the code column only, with a numbers-only card', async () => {
    const options = await ctx.browser().context.newPage();
    await options.goto(`chrome-extension://${ctx.browser().extensionId}/options.html`);
    await options.getByLabel('Drop the files here, or choose them:').setInputFiles(CMS_FILES.map(fixture));
    await expect.poll(() => options.getByRole('status').textContent(), { timeout: 20_000 }).toBe('Imported 4 files.');
    await options.close();

    // From here on the background's `known` list (claim branch) decides what is marked.
    const p = await openClaim();
    await expect.poll(() => marked(p), { timeout: 8000 }).toEqual(
      expect.arrayContaining(['22614@CPT/HCPCS', '50431@CPT/HCPCS', '52000@CPT/HCPCS', 'J1030@CPT/HCPCS', '52000@other-note']),
    );
    const all = await marked(p);
    // Codes the files do not know stay unmarked; so do the ZIP and Account columns and unlabelled free text.
    for (const code of ['29881', '20610', '0042T', '3074F', 'G0283']) expect(all.some((m) => m.startsWith(`${code}@`)), code).toBe(false);
    expect(all.filter((m) => /ZIP|Account/.test(m))).toEqual([]);
    expect(all.filter((m) => m.endsWith('@other-note'))).toEqual(['52000@other-note']);

    // Hover: the numbers-only card, with the MUE the file holds for this code.
    await hoverText(p, '#other-lines tbody tr:nth-child(2)', '52000');
    const card = p.getByRole('tooltip', { name: 'Code 52000: from your imported files' });
    await expect.poll(() => card.isVisible(), { timeout: 5000 }).toBe(true);
    await expect.poll(() => card.textContent(), { timeout: 5000 }).toMatch(/MUE 1 per day/);

    // Click pins it as a dialog with focus inside; Escape closes it.
    await p.mouse.move(5, 5);
    await expect.poll(() => card.isVisible(), { timeout: 5000 }).toBe(false);
    const box = await p.evaluate(() => {
      const cell = document.querySelector('#other-lines tbody tr:nth-child(5) td:nth-child(2)')!;
      const r = document.createRange();
      r.selectNodeContents(cell.firstChild!);
      const b = r.getBoundingClientRect();
      return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
    });
    await p.mouse.click(box.x, box.y);
    const dialog = p.getByRole('dialog', { name: 'Code J1030: from your imported files' });
    await expect.poll(() => dialog.isVisible(), { timeout: 5000 }).toBe(true);
    await p.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible(), { timeout: 5000 }).toBe(false);

    // Alt+Shift+N walks the marked codes, outside the dataset included, in page order.
    await p.keyboard.press('Alt+Shift+N');
    await expect.poll(() => p.getByRole('dialog', { name: 'Code 52000: from your imported files' }).isVisible(), { timeout: 5000 }).toBe(true);
    await p.close();
  });
});
