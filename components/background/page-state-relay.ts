/**
 * Temporary feed for the action badge: frames report their codes and warnings
 * (page-checks/report-page-state.ts); the tab shows the union of its frames, forgotten when the
 * tab starts loading a new page or closes. The tab-wide checks (`onTabChecked`) replace this
 * file: wire `showTabState` to them and drop the 'cpt-lens/page-state' message.
 */
import { browser } from 'wxt/browser';
import type { PageWarning } from '../page-checks/check-codes';
import { showTabState, type BadgeLine } from './action-badge';

interface FrameState {
  lines: BadgeLine[];
  warnings: PageWarning[];
}

const tabs = new Map<number, Map<number, FrameState>>();

function show(tabId: number): Promise<void> {
  const frames = [...(tabs.get(tabId)?.values() ?? [])];
  const lines = frames.flatMap((f) => f.lines);
  const byMessage = new Map(frames.flatMap((f) => f.warnings).map((w) => [w.message, w]));
  return showTabState(tabId, { lines, warnings: [...byMessage.values()] });
}

export function framePageState(tabId: number, frameId: number, state: FrameState): Promise<void> {
  let frames = tabs.get(tabId);
  if (!frames) tabs.set(tabId, (frames = new Map()));
  frames.set(frameId, state);
  return show(tabId);
}

export function startPageStateRelay(): void {
  // The browsers reset a tab's badge and title themselves when it loads a new document; here
  // only the frames' states are forgotten, so the next page's frames start a fresh union. An SPA
  // route change also reports 'loading' (Chrome) but keeps the badge; its frames report again
  // as their codes change.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') tabs.delete(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => tabs.delete(tabId));
}
