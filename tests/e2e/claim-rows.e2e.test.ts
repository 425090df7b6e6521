/**
 * The claim as billing screens lay it out: a table with separate Modifier and Units columns,
 * an ARIA grid, a line form with separate fields, and moving from code to code by keyboard.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hoverText, waitForHighlights } from './support/page-helpers';
import { page as html, useLensBrowser } from './support/lens-browser';

const ctx = useLensBrowser();

async function open(path: string, body: string): Promise<Page> {
  ctx.server().setPage(path, html(body));
  const p = await ctx.browser().context.newPage();
  await p.goto(ctx.server().url(path));
  await waitForHighlights(p, 1);
  return p;
}

const TABLE = `<table id="lines"><thead><tr><th>Line</th><th>CPT</th><th>Modifier</th><th>Units</th><th>ZIP</th></tr></thead>
  <tbody><tr><td>1</td><td>50431</td><td>RT</td><td>1</td><td>50706</td></tr>
  <tr><td>2</td><td>50706</td><td>LT</td><td>3</td><td>52240</td></tr></tbody></table>`;

describe('a claim table with Modifier and Units columns', () => {
  it('brings the row’s modifier and units to the card and the checks; a ZIP column holds no codes', async () => {
    const p = await open('/table.html', TABLE);
    await expect.poll(() => p.getByRole('status').textContent(), { timeout: 8000 }).toMatch(/1 claim warning\b/);
    // The ZIP cell's 50706 is not marked once the row is read.
    await expect
      .poll(() => p.evaluate(() => [...CSS.highlights.get('cpt-lens')!].map((r) => (r.startContainer.parentElement as HTMLTableCellElement).cellIndex)))
      .toEqual([1, 1]);
    await hoverText(p, '#lines tbody tr:nth-child(2)', '50706');
    const card = p.getByRole('tooltip', { name: /CPT 50706/ });
    await expect.poll(() => card.isVisible(), { timeout: 5000 }).toBe(true);
    expect(await card.locator('.tip').first().textContent()).toMatch(/^-LT .*in use on this line/);
    expect(await card.getByRole('list', { name: 'Claim warnings' }).textContent()).toMatch(/3 units of 50706 is above its MUE of 2/);
    await p.close();
  });

  it('warns about a side-bound pair on the same side only: LT with RT is fine, LT with LT is not', async () => {
    const p = await open(
      '/sides.html',
      `<table id="sides"><thead><tr><th>CPT</th><th>Mod</th><th>Units</th></tr></thead>
        <tbody><tr><td>50431</td><td>LT</td><td>1</td></tr><tr><td>50432</td><td id="side">RT</td><td>1</td></tr></tbody></table>`,
    );
    // Quiet on opposite sides: give the check a full round, then look.
    await p.waitForTimeout(800);
    // A tab with codes and nothing to flag still has the status (the way into the summary), at 0.
    expect(await p.getByRole('status').textContent({ timeout: 5000 })).toMatch(/: 0 claim warnings/);
    await p.locator('#side').evaluate((td) => (td.textContent = 'LT'));
    // The modifier cell holds no code: the line is re-read once the code cell's row changes.
    await p.locator('#sides tbody tr:nth-child(2) td:first-child').evaluate((td) => (td.firstChild!.textContent = '50432'));
    await expect.poll(() => p.getByRole('status').textContent(), { timeout: 8000 }).toMatch(/1 claim warning\b/);
    await hoverText(p, '#sides', '50431');
    const card = p.getByRole('tooltip', { name: /CPT 50431/ });
    await expect.poll(() => card.isVisible(), { timeout: 5000 }).toBe(true);
    expect(await card.getByRole('list', { name: 'Claim warnings' }).textContent()).toMatch(/Do not report 50431 with 50432 on the same side/);
    await p.close();
  });

  it('reads an ARIA grid whose rows are recycled: the checks follow what the row shows now', async () => {
    const row = (code: string, mod: string, units: string) =>
      `<div role="row"><div role="gridcell" aria-colindex="1">${code}</div><div role="gridcell" aria-colindex="2">${mod}</div><div role="gridcell" aria-colindex="3">${units}</div></div>`;
    const p = await open(
      '/grid.html',
      `<p>Primary: 50431</p><div role="grid" id="g"><div role="row"><div role="columnheader" aria-colindex="1">Code</div>
        <div role="columnheader" aria-colindex="2">Mod</div><div role="columnheader" aria-colindex="3">Qty</div></div>${row('50706', 'LT', '1')}</div>`,
    );
    // Within the MUE: nothing to say yet; the page's grid then recycles the row for another line.
    await p.waitForTimeout(600);
    // A tab with codes and nothing to flag still has the status (the way into the summary), at 0.
    expect(await p.getByRole('status').textContent({ timeout: 5000 })).toMatch(/: 0 claim warnings/);
    await p.evaluate(() => {
      const cells = document.querySelectorAll('#g [role=gridcell]');
      cells[2]!.textContent = '4';
      cells[0]!.firstChild!.textContent = '50706';
    });
    await expect.poll(() => p.getByRole('status').textContent(), { timeout: 8000 }).toMatch(/1 claim warning\b/);
    await p.close();
  });
});

describe('a line form with separate code, modifier and units fields', () => {
  it('links the fields of one line and re-checks when the units field changes', async () => {
    const p = await ctx.browser().context.newPage();
    ctx.server().setPage(
      '/form.html',
      html(`<p>Primary: CPT 50431</p><form id="f">
        <label>CPT <input name="line[1].cpt" value="50706"></label>
        <label>Mod <input name="line[1].mod" value="RT"></label>
        <label>Units <input name="line[1].units" value="3"></label>
        <label>CPT <input name="line[2].cpt" value="74360"></label>
        <label>Units <input name="line[2].units" value="1"></label></form>`),
    );
    await p.goto(ctx.server().url('/form.html'));
    await expect.poll(() => p.getByRole('status').textContent(), { timeout: 8000 }).toMatch(/1 claim warning\b/);
    await p.locator('input[name="line[1].units"]').fill('2');
    await expect.poll(() => p.getByRole('status').textContent(), { timeout: 8000 }).toMatch(/: 0 claim warnings/);
    await p.locator('input[name="line[1].cpt"]').focus();
    await p.keyboard.press('Alt+Shift+K');
    const card = p.getByRole('dialog', { name: /CPT 50706/ });
    await expect.poll(() => card.isVisible(), { timeout: 5000 }).toBe(true);
    expect(await card.textContent()).toMatch(/As written on the page: 50706-RT x2/);
    await p.close();
  });
});

describe('keyboard through the page', () => {
  const PAGE = `<p id="one">First 50431 here.</p><div style="height:2400px"></div><p id="two">Then 50706 far below.</p>
    <div style="height:2400px"></div><p id="three">Last 74360.</p>`;

  const codeInView = (p: Page, id: string) =>
    p.evaluate((id) => {
      const r = document.getElementById(id)!.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    }, id);

  it('Alt+Shift+N / Alt+Shift+P move to the next / previous code, scroll it into view and open its card with focus', async () => {
    const p = await open('/nav.html', PAGE);
    await p.keyboard.press('Alt+Shift+N');
    await expect.poll(() => p.getByRole('dialog', { name: /CPT 50431/ }).isVisible(), { timeout: 5000 }).toBe(true);
    await p.keyboard.press('Alt+Shift+N');
    const second = p.getByRole('dialog', { name: /CPT 50706/ });
    await expect.poll(() => second.isVisible(), { timeout: 5000 }).toBe(true);
    expect(await codeInView(p, 'two')).toBe(true);
    expect(await second.evaluate((el) => el.getRootNode() instanceof ShadowRoot && (el.getRootNode() as ShadowRoot).activeElement === el)).toBe(true);
    await p.keyboard.press('Alt+Shift+N');
    await expect.poll(() => p.getByRole('dialog', { name: /CPT 74360/ }).isVisible(), { timeout: 5000 }).toBe(true);
    await p.keyboard.press('Alt+Shift+P');
    await expect.poll(() => second.isVisible(), { timeout: 5000 }).toBe(true);
    expect(await codeInView(p, 'two')).toBe(true);
    await p.close();
  });

  it('Escape closes a hover card without moving the pointer, and reaches the page only when no card is open', async () => {
    const p = await open('/esc.html', `<p id="line">Line 50431 billed.</p><script>window.escapes = 0;
      document.addEventListener('keydown', (e) => e.key === 'Escape' && window.escapes++);</script>`);
    await p.keyboard.press('Escape');
    expect(await p.evaluate(() => (window as unknown as { escapes: number }).escapes)).toBe(1);
    await hoverText(p, '#line', '50431');
    const card = p.getByRole('tooltip', { name: /CPT 50431/ });
    await expect.poll(() => card.isVisible(), { timeout: 5000 }).toBe(true);
    await p.keyboard.press('Escape');
    await expect.poll(() => card.count()).toBe(0);
    expect(await p.evaluate(() => (window as unknown as { escapes: number }).escapes)).toBe(1);
    // Dismissed stays dismissed while the pointer rests on the code.
    await p.waitForTimeout(600);
    expect(await card.count()).toBe(0);
    await p.keyboard.press('Escape');
    expect(await p.evaluate(() => (window as unknown as { escapes: number }).escapes)).toBe(2);
    await p.close();
  });
});
