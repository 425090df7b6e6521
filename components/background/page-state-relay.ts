/**
 * Temporary feed for the action badge: frames report their codes and warnings
 * (page-checks/report-page-state.ts); the tab shows the union of its frames. Forgotten when the
 * tab starts loading a new page or closes. The tab-wide checks (`onTabChecked`) replace this
 * file: wire `showTabState` to them and drop the 'cpt-lens/page-state' message.
 */
import { browser } from 'wxt/browser';
import type { PageWarning } from '../page-checks/check-codes';
import { clearTabState, showTabState, type BadgeLine } from './action-badge';

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
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading') return;
    tabs.delete(tabId);
    void clearTabState(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => tabs.delete(tabId));
}
