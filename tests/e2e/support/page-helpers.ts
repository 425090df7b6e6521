/** What a user sees, read through the browser: highlighted ranges and our card. */
import type { Page } from 'playwright-core';

export { centreOfText, hoverText } from '../../../scripts/page-text.mjs';

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
