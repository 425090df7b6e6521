/**
 * The hover card in real Chromium, as a coder uses it: hover each code and read the key fact,
 * the in-use modifier tip, Escape, click and keyboard pinning, moving into the card, the
 * add-on warning, checklist ticks kept per tab, isolation from page CSS, axe, screenshots.
 */
import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { centreOfText, hoverText, waitForHighlights } from './support/page-helpers';
import { axeViolations } from './support/axe';
import { page as html, useLensBrowser } from './support/lens-browser';

const ctx = useLensBrowser();

async function demo(path = '/index.html'): Promise<Page> {
  const p = await ctx.browser().context.newPage();
  await p.goto(ctx.server().url(path));
  await waitForHighlights(p, 1);
  return p;
}

const visible = (p: Page, role: 'tooltip' | 'dialog', name: RegExp) => p.getByRole(role, { name }).isVisible();

describe('hovering each code', () => {
  it.each([
    ['50706', /add-on/i],
    ['50431', /existing access/i],
    ['74360', /supervision and interpretation/i],
    ['76496', /unlisted/i],
  ])('%s shows its card with the key fact', async (code, fact) => {
    const p = await demo();
    await hoverText(p, '#claim-lines', code);
    const card = p.getByRole('tooltip', { name: new RegExp(`CPT ${code}`) });
    await expect.poll(() => card.isVisible(), { timeout: 5000 }).toBe(true);
    const name = await card.getAttribute('aria-label');
    expect(`${name} ${await card.textContent()}`).toMatch(fact);
    await p.close();
  });

  it('leads with the -26 tip on a 74360-26 line, and Escape closes the card', async () => {
    const p = await demo();
    await hoverText(p, '#claim-lines', '74360');
    const card = p.getByRole('tooltip', { name: /CPT 74360/ });
    await expect.poll(() => card.isVisible(), { timeout: 5000 }).toBe(true);
    const firstTip = card.locator('.tip').first();
    expect(await firstTip.textContent()).toMatch(/^-26 .*in use on this line/);
    await p.keyboard.press('Escape');
    await expect.poll(() => card.count()).toBe(0);
    await p.close();
  });

  it('stays open while the pointer moves into the card, and closes after leaving both', async () => {
    const p = await demo();
    await hoverText(p, '#claim-lines', '50431');
    const card = p.getByRole('tooltip', { name: /CPT 50431/ });
    await expect.poll(() => card.isVisible(), { timeout: 5000 }).toBe(true);
    const box = (await card.boundingBox())!;
    await p.mouse.move(box.x + box.width / 2, box.y + 20, { steps: 8 });
    await p.waitForTimeout(700);
    expect(await card.isVisible()).toBe(true);
    await p.mouse.move(5, 880, { steps: 4 });
    await expect.poll(() => card.count(), { timeout: 3000 }).toBe(0);
    await p.close();
  });

  it('never covers the code it explains', async () => {
    const p = await demo();
    for (const code of ['50431', '74360']) {
      await hoverText(p, '#claim-lines', code);
      const card = p.getByRole('tooltip', { name: new RegExp(`CPT ${code}`) });
      await expect.poll(() => card.isVisible(), { timeout: 5000 }).toBe(true);
      const c = (await card.boundingBox())!;
      const at = await centreOfText(p, '#claim-lines', code);
      const inside = at.x >= c.x && at.x <= c.x + c.width && at.y >= c.y && at.y <= c.y + c.height;
      expect(inside).toBe(false);
      expect(c.y).toBeGreaterThanOrEqual(0);
      expect(c.y + c.height).toBeLessThanOrEqual(900);
      await p.keyboard.press('Escape');
    }
    await p.close();
  });
});

describe('following the page', () => {
  it('follows its code when the page scrolls', async () => {
    const p = await demo();
    const at = await centreOfText(p, '#coder-notes', '76496');
    await p.mouse.click(at.x, at.y);
    const dialog = p.getByRole('dialog', { name: /CPT 76496/ });
    await expect.poll(() => dialog.isVisible(), { timeout: 5000 }).toBe(true);
    const before = (await dialog.boundingBox())!.y;
    await p.mouse.wheel(0, 120);
    await expect.poll(async () => Math.round(before - (await dialog.boundingBox())!.y), { timeout: 3000 }).toBe(120);
    await p.close();
  });

  it('stays inside a small viewport (a 1280×900 screen at 200% zoom)', async () => {
    const p = await demo();
    await p.setViewportSize({ width: 640, height: 450 });
    await hoverText(p, '#claim-lines', '50706');
    const card = p.getByRole('tooltip', { name: /CPT 50706/ });
    await expect.poll(() => card.isVisible(), { timeout: 5000 }).toBe(true);
    const box = (await card.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(640);
    expect(box.y + box.height).toBeLessThanOrEqual(450);
    await p.close();
  });
});

describe('pinning', () => {
  it('click pins the card as a dialog with focus inside; Escape returns focus', async () => {
    const p = await demo();
    await p.locator('#units-input').focus();
    const at = await centreOfText(p, '#claim-lines', '76496');
    await p.mouse.click(at.x, at.y);
    const dialog = p.getByRole('dialog', { name: /CPT 76496/ });
    await expect.poll(() => dialog.isVisible(), { timeout: 5000 }).toBe(true);
    expect(await dialog.evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el)).toBe(true);
    await p.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await p.close();
  });

  it('Alt+Shift+K opens the card for the code at the caret', async () => {
    const p = await demo();
    await p.evaluate(() => {
      const note = document.querySelector('#coder-notes p')!;
      const text = [...note.childNodes].find((n) => n.nodeType === 3 && (n as Text).data.includes('50431')) as Text;
      const at = text.data.indexOf('50431') + 2;
      document.getSelection()!.collapse(text, at);
    });
    await p.keyboard.press('Alt+Shift+KeyK');
    const dialog = p.getByRole('dialog', { name: /CPT 50431/ });
    await expect.poll(() => dialog.isVisible(), { timeout: 5000 }).toBe(true);
    await p.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await p.close();
  });
});

describe('fields', () => {
  it('shows an indicator while a code is typed, without taking focus or losing keys', async () => {
    const p = await demo();
    const field = p.locator('#cpt-input');
    await field.click();
    await p.keyboard.type('74360-26', { delay: 30 });
    const indicator = p.getByRole('button', { name: /CPT 74360-26/ });
    await expect.poll(() => indicator.isVisible(), { timeout: 5000 }).toBe(true);
    expect(await field.inputValue()).toBe('74360-26');
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    await p.keyboard.type(' x1', { delay: 20 });
    expect(await field.inputValue()).toBe('74360-26 x1');
    await indicator.click();
    const dialog = p.getByRole('dialog', { name: /CPT 74360/ });
    await expect.poll(() => dialog.isVisible(), { timeout: 5000 }).toBe(true);
    expect(await dialog.locator('.tip').first().textContent()).toMatch(/^-26/);
    await p.keyboard.press('Escape');
    await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
    await p.close();
  });
});

describe('page checks', () => {
  it('warns about an add-on without its primary, on the card and in a dismissible status', async () => {
    ctx.server().setPage('/addon-alone.html', html('<table><tr><td>Line 1</td><td>50706 x3</td></tr><tr><td>Line 2</td><td>74360-26</td></tr></table>'));
    const p = await demo('/addon-alone.html');
    const status = p.getByRole('status');
    await expect.poll(() => status.textContent(), { timeout: 5000 }).toMatch(/2 claim warnings/);
    await hoverText(p, 'table', '50706');
    const card = p.getByRole('tooltip', { name: /CPT 50706/ });
    await expect.poll(() => card.isVisible(), { timeout: 5000 }).toBe(true);
    const warnings = await card.getByRole('list', { name: 'Claim warnings' }).textContent();
    expect(warnings).toMatch(/add-on without a primary/i);
    expect(warnings).toMatch(/3 units of 50706 is above its MUE of 2/);
    await p.keyboard.press('Escape');
    await p.getByRole('button', { name: 'Dismiss CPT Lens claim warnings' }).click();
    await expect.poll(() => p.getByRole('button', { name: 'Show CPT Lens claim warnings' }).isVisible()).toBe(false);
    await p.close();
  });

  it('settles: the badge is not rewritten again and again, and our own text is never scanned', async () => {
    ctx.server().setPage('/pair.html', html('<p>Lines: 50431 and 50432 today.</p>'));
    const p = await demo('/pair.html');
    await expect.poll(() => p.getByRole('status').textContent(), { timeout: 5000 }).toMatch(/1 claim warning/);
    const churn = await p.evaluate(async () => {
      const root = document.querySelector('cpt-lens-root')!.shadowRoot!;
      let records = 0;
      const mo = new MutationObserver((r) => (records += r.length));
      mo.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
      // Long enough for the shadow-root sweep's second pass (3 s after start) to come by.
      await new Promise((r) => setTimeout(r, 4500));
      mo.disconnect();
      return records;
    });
    expect(churn).toBe(0);
    const ours = await p.evaluate(() => [...CSS.highlights.get('cpt-lens')!].filter((r) => r.startContainer.getRootNode() !== document).length);
    expect(ours).toBe(0);
    await p.close();
  });

  it('is quiet on the demo claim, where 50706 has its primary', async () => {
    const p = await demo();
    await waitForHighlights(p, 4);
    const badge = p.getByRole('button', { name: 'Show CPT Lens claim warnings' });
    // Prove the checks run on this very page: a line above 50706's MUE raises the count…
    await p.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<p id="probe">50706 x3</p>'));
    await expect.poll(() => badge.count(), { timeout: 5000 }).toBe(1);
    // …and once it is gone, a check of the demo claim itself finds nothing to say.
    await p.evaluate(() => document.getElementById('probe')!.remove());
    await expect.poll(() => badge.count(), { timeout: 5000 }).toBe(0);
    await p.waitForTimeout(600);
    expect(await badge.count()).toBe(0);
    await p.close();
  });
});

describe('checklist', () => {
  const openPinned = async (p: Page) => {
    const at = await centreOfText(p, '#claim-lines', '50431');
    await p.mouse.click(at.x, at.y);
    const dialog = p.getByRole('dialog', { name: /CPT 50431/ });
    await expect.poll(() => dialog.isVisible(), { timeout: 5000 }).toBe(true);
    return dialog;
  };

  it('keeps ticks per tab while it lives, and starts fresh in another tab', async () => {
    const p = await demo();
    let dialog = await openPinned(p);
    await dialog.getByRole('checkbox').first().check();
    await expect.poll(() => dialog.getByText(/^1 of \d$/).isVisible()).toBe(true);
    await p.keyboard.press('Escape');
    await p.reload();
    await waitForHighlights(p, 4);
    dialog = await openPinned(p);
    await expect.poll(() => dialog.getByText(/^1 of \d$/).isVisible(), { timeout: 5000 }).toBe(true);
    const other = await demo();
    const otherDialog = await openPinned(other);
    // Wait for this tab's stored ticks to arrive (the checklist stops being busy), then read.
    const checklist = otherDialog.getByRole('region', { name: /Documentation checklist/ });
    await expect.poll(() => checklist.getAttribute('aria-busy'), { timeout: 5000 }).toBe('false');
    expect(await otherDialog.getByText(/^0 of \d$/).isVisible()).toBe(true);
    // The first tab still has its tick after the other tab's card opened.
    expect(await dialog.getByText(/^1 of \d$/).isVisible()).toBe(true);
    await p.close();
    await other.close();
  });
});

describe('isolation, accessibility and looks', () => {
  it('keeps its own look on a page with hostile CSS', async () => {
    const hostile = '<style>* { color: red !important; font-size: 40px !important; font-family: serif !important } section, [role] { display: none !important } cpt-lens-root { display: none !important }</style>';
    ctx.server().setPage('/hostile.html', html('<p id="x">Billed 50431 today.</p>', hostile));
    const p = await demo('/hostile.html');
    await hoverText(p, '#x', '50431');
    const card = p.getByRole('tooltip', { name: /CPT 50431/ });
    await expect.poll(() => card.isVisible(), { timeout: 5000 }).toBe(true);
    const style = await card.evaluate((el) => {
      const s = getComputedStyle(el.querySelector('.description')!);
      return { size: s.fontSize, color: s.color };
    });
    expect(style).toEqual({ size: '13px', color: 'rgb(28, 31, 36)' });
    await p.close();
  });

  it('has no axe violations in the open card', async () => {
    const p = await demo();
    const at = await centreOfText(p, '#claim-lines', '50706');
    await p.mouse.click(at.x, at.y);
    await expect.poll(() => visible(p, 'dialog', /CPT 50706/), { timeout: 5000 }).toBe(true);
    const violations = await axeViolations(p, { include: [['cpt-lens-root', '.card']] });
    expect(violations).toEqual([]);
    await p.close();
  });

  it('saves light and dark screenshots of the card for review', async () => {
    mkdirSync('.output/screenshots', { recursive: true });
    for (const scheme of ['light', 'dark'] as const) {
      const p = await demo();
      await p.emulateMedia({ colorScheme: scheme });
      await hoverText(p, '#claim-lines', '74360');
      const card = p.getByRole('tooltip', { name: /CPT 74360/ });
      await expect.poll(() => card.isVisible(), { timeout: 5000 }).toBe(true);
      const bg = await card.evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(bg).toBe(scheme === 'dark' ? 'rgb(31, 34, 40)' : 'rgb(255, 255, 255)');
      await p.screenshot({ path: `.output/screenshots/card-${scheme}.png` });
      await p.close();
    }
  });
});
