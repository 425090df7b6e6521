/**
 * One tab, every frame: codes in the top page, a same-origin frame and a cross-origin frame
 * (localhost vs 127.0.0.1) are checked together by the background, the tab shows one status in
 * its top frame, and each card in any frame shows the tab's warnings.
 */
import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { waitForHighlights } from './support/page-helpers';
import { page as html, useLensBrowser } from './support/lens-browser';

const ctx = useLensBrowser();

/** Hovers `code` inside a frame and returns the card's page-check text ('' when none). */
async function cardWarnings(p: Page, frame: Frame, code: string, frameSelector?: string): Promise<string> {
  const box = await frame.evaluate((code) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      const i = n.data.indexOf(code);
      if (i < 0) continue;
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + 5);
      const b = r.getBoundingClientRect();
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    }
    throw new Error(`no ${code}`);
  }, code);
  const offset = frameSelector ? (await p.locator(frameSelector).boundingBox())! : { x: 0, y: 0 };
  await p.mouse.move(offset.x + box.x - 30, offset.y + box.y);
  await p.mouse.move(offset.x + box.x, offset.y + box.y, { steps: 3 });
  const card = frame.getByRole('tooltip', { name: new RegExp(`CPT ${code}`) });
  await expect.poll(() => card.isVisible(), { timeout: 5000 }).toBe(true);
  const list = card.getByRole('list', { name: 'Claim warnings' });
  return (await list.count()) ? ((await list.textContent()) ?? '') : '';
}

function splitPages(): string {
  const s = ctx.server();
  const cross = s.url('/cross.html').replace('127.0.0.1', 'localhost');
  s.setPage('/remit.html', html('<p>Remittance line: CPT 50706 x3 paid.</p>'));
  s.setPage('/cross.html', html('<p>Scheduling frame: 50432 placed.</p>'));
  s.setPage(
    '/split.html',
    html(`<p id="top-line">Line 1: CPT 50431</p>
      <iframe id="same" src="/remit.html" title="Remittance" width="500" height="120"></iframe>
      <iframe id="cross" src="${cross}" title="Scheduling" width="500" height="120"></iframe>`),
  );
  return s.url('/split.html');
}

describe('one tab, every frame', () => {
  it('checks the top page and its frames together: no false add-on warning, real ones once for the tab', async () => {
    const p = await ctx.browser().context.newPage();
    await p.goto(splitPages());
    await waitForHighlights(p, 1);
    const remit = (await (await p.$('#same'))!.contentFrame())!;
    const cross = (await (await p.$('#cross'))!.contentFrame())!;
    expect(cross.url()).toMatch(/^http:\/\/localhost:/);
    await waitForHighlights(p, 1, remit);
    // 50706 x3 is over its MUE (frame) and 50431 with 50432 bundle (top + cross-origin frame).
    const status = p.getByRole('status');
    await expect.poll(() => status.textContent(), { timeout: 8000 }).toMatch(/CPT Lens: 2 claim warnings/);
    // One status for the tab: the frames show none.
    for (const f of [remit, cross]) expect(await f.getByRole('status').count()).toBe(0);
    const inFrame = await cardWarnings(p, remit, '50706', '#same');
    expect(inFrame).toMatch(/3 units of 50706 is above its MUE/);
    expect(inFrame).not.toMatch(/add-on without a primary/i);
    await p.keyboard.press('Escape');
    expect(await cardWarnings(p, p.mainFrame(), '50431')).toMatch(/Do not report 50431 with 50432/);
    await p.close();
  });

  it('forgets a frame that navigates away: its codes stop counting for the tab', async () => {
    const p = await ctx.browser().context.newPage();
    await p.goto(splitPages());
    await expect.poll(() => p.getByRole('status').textContent(), { timeout: 8000 }).toMatch(/2 claim warnings/);
    ctx.server().setPage('/empty.html', html('<p>Nothing billed here.</p>'));
    await p.locator('#cross').evaluate((f: HTMLIFrameElement) => (f.src = '/empty.html'));
    await expect.poll(() => p.getByRole('status').textContent(), { timeout: 8000 }).toMatch(/1 claim warning\b/);
    // The add-on still has its primary: only the MUE warning is left.
    await p.locator('#top-line').evaluate((el) => el.remove());
    await expect.poll(() => p.getByRole('status').textContent(), { timeout: 8000 }).toMatch(/2 claim warnings/);
    await p.close();
  });

  it('shows the tab’s status in the top frame when only an iframe holds codes', async () => {
    const s = ctx.server();
    s.setPage('/only-frame.html', html('<p>Remittance line: CPT 50706 x3 paid.</p>'));
    s.setPage('/shell.html', html('<h1>Billing shell</h1><iframe id="claim" src="/only-frame.html" title="Claim" width="500" height="120"></iframe>'));
    const p = await ctx.browser().context.newPage();
    await p.goto(s.url('/shell.html'));
    const frame = (await (await p.$('#claim'))!.contentFrame())!;
    await waitForHighlights(p, 1, frame);
    // The add-on without a primary and its units over the MUE: counted in the top frame's status.
    const status = p.getByRole('status').filter({ hasText: 'CPT Lens' });
    await expect.poll(() => status.textContent({ timeout: 200 }).catch(() => 'no status'), { timeout: 8000 }).toBe('CPT Lens: 2 claim warnings on this tab');
    expect(await frame.getByRole('status').count()).toBe(0);
    await p.getByRole('button', { name: /CPT Lens claim warnings: 2/ }).click();
    const panel = p.getByRole('dialog', { name: 'CPT Lens: claim summary' });
    await expect.poll(() => panel.locator('.summary-row').count(), { timeout: 5000 }).toBe(1);
    await p.close();
  });
});
