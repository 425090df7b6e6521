/** The toolbar button as the coder sees it for one tab: its badge text and tooltip, read in the service worker. */
import type { BrowserContext } from 'playwright-core';
import type { browser as ExtensionApi } from 'wxt/browser';

// The extension API inside the service worker, where `evaluate` callbacks run.
declare const chrome: typeof ExtensionApi;

/** Badge text and title of the tab showing `url`. */
export function toolbar(context: BrowserContext, url: string): Promise<{ text: string; title: string }> {
  return context.serviceWorkers()[0]!.evaluate(async (u) => {
    const tab = (await chrome.tabs.query({})).find((t) => t.url === u);
    if (tab?.id === undefined) return { text: 'no tab', title: '' };
    return { text: await chrome.action.getBadgeText({ tabId: tab.id }), title: await chrome.action.getTitle({ tabId: tab.id }) };
  }, url);
}
