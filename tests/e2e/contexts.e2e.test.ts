/**
 * Every place codes live, and pages that change or fight, in real Chromium: same-origin and
 * srcdoc iframes, open shadow roots (also attached late), SPA re-renders, text edited in
 * place, React-style owned text nodes, a page clearing CSS.highlights or replacing <body>.
 */
import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { hoverText, waitForHighlights } from './support/page-helpers';
import { page as html, useLensBrowser } from './support/lens-browser';

const ctx = useLensBrowser();

async function open(path: string): Promise<Page> {
  const p = await ctx.browser().context.newPage();
  const errors: string[] = [];
  p.on('pageerror', (e) => errors.push(e.message));
  (p as Page & { errors: string[] }).errors = errors;
  await p.goto(ctx.server().url(path));
  return p;
}
const errorsOf = (p: Page) => (p as Page & { errors: string[] }).errors;

/** Texts of our registered ranges in one frame, including ranges inside shadow roots. */
function highlighted(frame: Frame | Page): Promise<string[]> {
  return frame.evaluate(() => [...(CSS.highlights.get('cpt-lens') ?? [])].map((r) => (r.startContainer as Text).data.slice(r.startOffset, r.endOffset)));
}
const poll = (fn: () => Promise<unknown>) => expect.poll(fn, { timeout: 8000, interval: 100 });

describe('where codes live', () => {
  it('finds codes in a same-origin iframe and a srcdoc iframe', async () => {
    const p = await open('/contexts.html');
    const frame = p.frame({ url: /frame\.html$/ })!;
    await poll(() => highlighted(frame)).toEqual(['50431']);
    const srcdoc = p.frames().find((f) => f.url() === 'about:srcdoc')!;
    await poll(() => highlighted(srcdoc)).toEqual(['76496']);
    await p.close();
  });

  it('finds codes in open shadow roots, also one attached after load, and shows their card', async () => {
    const p = await open('/contexts.html');
    await poll(() => highlighted(p)).toEqual(expect.arrayContaining(['74360']));
    await p.waitForSelector('#late-shadow-host[data-ready="true"]');
    const inLateShadow = () =>
      p.evaluate(() => {
        const late = document.getElementById('late-shadow-host')!.shadowRoot;
        return [...CSS.highlights.get('cpt-lens')!].filter((r) => r.startContainer.getRootNode() === late).length;
      });
    await poll(inLateShadow).toBe(1);
    const pos = await p.evaluate(() => {
      const root = document.getElementById('shadow-host')!.shadowRoot!;
      const text = root.querySelector('p')!.firstChild as Text;
      const r = document.createRange();
      r.setStart(text, text.data.indexOf('74360'));
      r.setEnd(text, text.data.indexOf('74360') + 5);
      const b = r.getBoundingClientRect();
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    });
    await p.mouse.move(pos.x - 20, pos.y);
    await p.mouse.move(pos.x, pos.y, { steps: 3 });
    await poll(() => p.getByRole('tooltip', { name: /CPT 74360/ }).isVisible()).toBe(true);
    await p.close();
  });

  it('ignores every decoy in the decoy list', async () => {
    const p = await open('/contexts.html');
    await waitForHighlights(p, 2);
    const owners = await p.evaluate(() => [...CSS.highlights.get('cpt-lens')!].map((r) => r.startContainer.parentElement?.closest('section')?.id ?? 'shadow'));
    expect(owners).not.toContain('ctx-decoys');
    await p.close();
  });
});

describe('pages that change', () => {
  it('follows SPA re-renders: new rows highlighted, none stale', async () => {
    const p = await open('/contexts.html');
    await poll(() => highlighted(p)).toEqual(expect.arrayContaining(['50431', '50431']));
    const count = (code: string) => highlighted(p).then((t) => t.filter((x) => x === code).length);
    const before50431 = await count('50431');
    await p.evaluate(() => (window as unknown as { rerender(): string }).rerender());
    await poll(() => count('74360')).toBeGreaterThanOrEqual(3);
    await poll(() => count('50431')).toBe(before50431 - 2);
    const stale = await p.evaluate(() => [...CSS.highlights.get('cpt-lens')!].filter((r) => !r.startContainer.isConnected).length);
    expect(stale).toBe(0);
    await p.close();
  });

  it('follows text edited in place', async () => {
    ctx.server().setPage('/edit.html', html('<p id="t">Proc 50431 today</p>'));
    const p = await open('/edit.html');
    await poll(() => highlighted(p)).toEqual(['50431']);
    await p.evaluate(() => ((document.getElementById('t')!.firstChild as Text).data = 'Proc 76496 instead'));
    await poll(() => highlighted(p)).toEqual(['76496']);
    await p.evaluate(() => ((document.getElementById('t')!.firstChild as Text).data = 'no code now'));
    await poll(() => highlighted(p)).toEqual([]);
    await p.close();
  });

  it('lets a React-style page remove the text nodes it owns, with zero errors', async () => {
    const p = await open('/contexts.html');
    await poll(() => highlighted(p)).toEqual(expect.arrayContaining(['50706']));
    await hoverText(p, '#owned', '50706');
    await poll(() => p.getByRole('tooltip', { name: /CPT 50706/ }).isVisible()).toBe(true);
    expect(await p.evaluate(() => (window as unknown as { removeOwned(): boolean }).removeOwned())).toBe(true);
    await poll(() => p.evaluate(() => [...CSS.highlights.get('cpt-lens')!].filter((r) => !r.startContainer.isConnected).length)).toBe(0);
    expect(errorsOf(p)).toEqual([]);
    await p.close();
  });
});

describe('pages that fight', () => {
  it('recovers after the page clears CSS.highlights', async () => {
    const p = await open('/index.html');
    await waitForHighlights(p, 4);
    await p.evaluate(() => CSS.highlights.clear());
    await poll(() => p.evaluate(() => CSS.highlights.get('cpt-lens')?.size ?? 0)).toBeGreaterThanOrEqual(4);
    await p.close();
  });

  it('keeps working after the page replaces document.body', async () => {
    const p = await open('/index.html');
    await waitForHighlights(p, 4);
    await p.evaluate(() => {
      const body = document.createElement('body');
      const cell = document.createElement('p');
      cell.id = 'new';
      cell.textContent = 'New screen: 76496 only';
      body.append(cell);
      document.body = body;
    });
    await poll(() => highlighted(p)).toEqual(['76496']);
    await hoverText(p, '#new', '76496');
    await poll(() => p.getByRole('tooltip', { name: /CPT 76496/ }).isVisible()).toBe(true);
    await p.close();
  });

  it('keeps working on one 1 MB text node and a 100k-node page', async () => {
    // Task lengths are measured by `npm run bench` from a trace; here: does it still work.
    const filler = 'lorem ipsum dolor sit amet 12345 '.repeat(32_000);
    const bigText = `${filler}Proc 74360-26 ${filler}`;
    const rows = Array.from({ length: 25_000 }, (_, i) => `<i>r${i} ${i % 5000 === 7 ? '50431' : 'x'}</i> `).join('');
    ctx.server().setPage('/huge.html', html(`<p id="big">${bigText}</p><div id="many">${rows}</div>`));
    const p = await open('/huge.html');
    await p.locator('#big').evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await poll(() => highlighted(p)).toContain('74360');
    await p.locator('#many i').nth(5007).scrollIntoViewIfNeeded();
    await poll(() => highlighted(p)).toContain('50431');
    expect(await p.evaluate(() => CSS.highlights.get('cpt-lens')!.size)).toBeLessThan(20);
    expect(errorsOf(p)).toEqual([]);
    await p.close();
  });
});
