/**
 * A page that times its own first highlight: an inline script, which runs before any content
 * script, polls `CSS.highlights` and counts our script's starts (WXT posts a window message
 * when a content script begins), so a page restored at browser start is measured from its very
 * first moment, before the test can attach to it.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { page as html } from './lens-browser';

const TIMING = `<script>
window.__starts = 0;
addEventListener('message', (e) => { if (String(e.data && e.data.type || '').endsWith('wxt:content-script-started')) window.__starts++; });
(function poll() { if (CSS.highlights.get('cpt-lens') && CSS.highlights.get('cpt-lens').size) window.__first = performance.now(); else setTimeout(poll, 2); })();
</script>`;

export const timedPage = (body: string) => html(body, TIMING);

export interface StartupTiming {
  /** ms from the page's load event to its first highlight (negative: before the load event); null: none yet. */
  afterLoad: number | null;
  starts: number;
}

export function timing(p: Page): Promise<StartupTiming> {
  return p.evaluate(() => {
    const w = window as unknown as { __first?: number; __starts: number };
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return { afterLoad: w.__first === undefined || !nav ? null : w.__first - nav.loadEventStart, starts: w.__starts };
  });
}

/** The tab showing `url`, once the browser has restored it. */
export async function tabAt(context: BrowserContext, url: string): Promise<Page> {
  for (let i = 0; i < 200; i++) {
    const found = context.pages().find((p) => p.url() === url);
    if (found) return found;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`no tab at ${url}: ${context.pages().map((p) => p.url()).join(', ')}`);
}

export async function firstHighlight(p: Page): Promise<StartupTiming> {
  await p.waitForFunction(() => (window as unknown as { __first?: number }).__first !== undefined, undefined, { timeout: 10_000 });
  await p.waitForLoadState('load');
  return timing(p);
}
