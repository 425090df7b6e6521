/** What a user sees, read through the browser: highlighted ranges and our card. */
import type { Page } from 'playwright-core';

export interface HighlightedRange {
  text: string;
  /** The element holding the text, e.g. "TD" — to tell which occurrence it is. */
  parentId: string;
}

/** Texts of the ranges registered under our highlight name. */
export function highlightedTexts(page: Page, frame = page.mainFrame()): Promise<string[]> {
  return frame.evaluate(() => {
    const h = CSS.highlights.get('cpt-lens');
    if (!h) return [];
    return [...h].map((r) => (r.startContainer as Text).data.slice(r.startOffset, r.endOffset));
  });
}

export async function waitForHighlights(page: Page, count: number, frame = page.mainFrame()): Promise<string[]> {
  await frame.waitForFunction((n) => (CSS.highlights.get('cpt-lens')?.size ?? 0) >= n, count, { timeout: 10_000 });
  return highlightedTexts(page, frame);
}

/** Centre of the first occurrence of `text` inside the element matching `selector`. */
export function centreOfText(page: Page, selector: string, text: string): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ({ selector, text }) => {
      const root = document.querySelector(selector);
      if (!root) throw new Error(`no ${selector}`);
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        const i = n.data.indexOf(text);
        if (i < 0) continue;
        const range = document.createRange();
        range.setStart(n, i);
        range.setEnd(n, i + text.length);
        const r = range.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
      throw new Error(`"${text}" not found in ${selector}`);
    },
    { selector, text },
  );
}

export async function hoverText(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector).scrollIntoViewIfNeeded();
  const { x, y } = await centreOfText(page, selector, text);
  await page.mouse.move(x - 30, y);
  await page.mouse.move(x, y, { steps: 3 });
}
