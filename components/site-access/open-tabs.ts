/**
 * Starts the lens in tabs that no registration reached: tabs open when CPT Lens is installed or
 * reloaded, and tabs restored or loaded at browser start before the background had registered
 * the script again. Only where the settings allow, and never into a frame that already runs it
 * (live-mark.ts); a tab still loading is done at its load, when the registered script would have
 * run if it was going to, so the two do not both start in one document.
 */
import { browser, type Browser } from 'wxt/browser';
import { isSiteDisabled, loadCachedSettings, type Settings } from '../settings/settings';
import { frameRunsLens, LIVE_MARK } from './live-mark';

const JS = ['/content-scripts/content.js'] as const;
const CSS = ['/content-scripts/content.css'];

function allowed(url: string | undefined, settings: Settings): boolean {
  try {
    const u = new URL(url ?? '');
    return ['http:', 'https:', 'file:'].includes(u.protocol) && !isSiteDisabled(settings, u.host);
  } catch {
    return false;
  }
}

async function injectWhereMissing(tabId: number): Promise<void> {
  const probes = await browser.scripting.executeScript({ target: { tabId, allFrames: true }, func: frameRunsLens, args: [LIVE_MARK] });
  const frameIds = probes.filter((p) => p.result !== true).map((p) => p.frameId);
  if (!frameIds.length) return;
  const target = { tabId, frameIds };
  await browser.scripting.insertCSS({ target, files: CSS });
  await browser.scripting.executeScript({ target, files: [...JS] });
}

// Per tab, one probe-and-inject at a time: two overlapping ones would both see no lens.
const perTab = new Map<number, Promise<void>>();

async function startInTab(tab: Browser.tabs.Tab): Promise<void> {
  const id = tab.id;
  if (id == null || !allowed(tab.url, await loadCachedSettings())) return;
  const next = (perTab.get(id) ?? Promise.resolve()).then(() => injectWhereMissing(id)).catch(() => {});
  perTab.set(id, next);
  await next;
  if (perTab.get(id) === next) perTab.delete(id);
}

const POLL_MS = 100;
const POLL_FOR_MS = 15_000;
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Resolves when the tabs already loaded are done; loading ones follow at their load. */
export async function startInOpenTabs(): Promise<void> {
  const loading = new Set<number>();
  /** Stops waiting for this tab; false when it was not awaited (already done, or never loading). */
  const settle = (id: number) => {
    if (!loading.delete(id)) return false;
    if (!loading.size) browser.tabs.onUpdated.removeListener(onUpdated);
    return true;
  };
  const loaded = (tab: Browser.tabs.Tab) => {
    if (tab.id != null && settle(tab.id)) void startInTab(tab);
  };
  const onUpdated = (_tabId: number, info: { status?: string }, tab: Browser.tabs.Tab) => {
    if (info.status === 'complete') loaded(tab);
  };
  // At browser start a restored tab can finish loading without its 'complete' update ever
  // reaching this listener while the query still called it loading (seen in 2 of 14 restarts:
  // no lens for 3 s, until a later policy read started it); asking the tab itself covers that.
  const watch = async (id: number) => {
    for (const end = Date.now() + POLL_FOR_MS; loading.has(id) && Date.now() < end; ) {
      await pause(POLL_MS);
      const tab = await browser.tabs.get(id).catch(() => null);
      if (!tab) settle(id);
      else if (tab.status === 'complete') loaded(tab);
    }
    settle(id);
  };
  // Listening before the query: a tab that finishes in between is then seen complete by the query.
  browser.tabs.onUpdated.addListener(onUpdated);
  const tabs = await browser.tabs.query({});
  for (const tab of tabs) if (tab.status === 'loading' && tab.id != null) loading.add(tab.id);
  if (!loading.size) browser.tabs.onUpdated.removeListener(onUpdated);
  for (const id of loading) void watch(id);
  await Promise.all(tabs.filter((t) => t.status !== 'loading').map(startInTab));
}
