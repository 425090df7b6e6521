/**
 * The web page the popup is about. Normally the active tab; when the popup page is itself
 * open in a tab (keyboard users, tests), the most recently used web tab of the window.
 */
import { browser } from 'wxt/browser';

const isWeb = (url?: string) => !!url && /^https?:/.test(url);

export interface WebTab {
  id: number;
  host: string;
}

export async function activeWebTab(): Promise<WebTab | null> {
  const tabs = await browser.tabs.query({ currentWindow: true });
  const active = tabs.find((t) => t.active && isWeb(t.url));
  const recent = tabs.filter((t) => isWeb(t.url)).sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
  const tab = active ?? recent;
  return tab?.url && tab.id !== undefined ? { id: tab.id, host: new URL(tab.url).host } : null;
}

export async function activeSite(): Promise<string | null> {
  return (await activeWebTab())?.host ?? null;
}
