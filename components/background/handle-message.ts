/**
 * Background work on behalf of content scripts: injecting the card UI into the asking frame,
 * keeping checklist ticks per tab while the tab lives, and opening the full entry.
 */
import { browser, type Browser } from 'wxt/browser';
import { parseMessage } from '../messaging/messages';
import type { PageWarning } from '../page-checks/check-codes';
import { checklistStore } from './checklist-store';
import { framePageState } from './page-state-relay';

async function injectCardUi(sender: Browser.runtime.MessageSender): Promise<true> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new Error('card UI requested outside a tab');
  const frameId = sender.frameId ?? 0;
  if (import.meta.env.MANIFEST_VERSION === 3) {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: ['/card-ui.js'] });
  } else {
    await browser.tabs.executeScript(tabId, { file: '/card-ui.js', frameId });
  }
  return true;
}

/** Returns a promise for messages we own and undefined for anything else. */
export function handleMessage(raw: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> | undefined {
  const msg = parseMessage(raw);
  if (!msg) return undefined;
  const tabId = sender.tab?.id ?? -1;
  switch (msg.type) {
    case 'cpt-lens/load-card-ui':
      return injectCardUi(sender);
    case 'cpt-lens/checklist-get':
      return checklistStore.get(tabId, msg.code);
    case 'cpt-lens/checklist-set':
      return checklistStore.set(tabId, msg.code, msg.ids);
    case 'cpt-lens/open-detail':
      return browser.tabs.create({ url: browser.runtime.getURL(`/popup.html#code=${msg.code}`) }).then(() => true);
    case 'cpt-lens/page-state':
      return tabId < 0 ? undefined : framePageState(tabId, sender.frameId ?? 0, { lines: msg.lines, warnings: msg.warnings as PageWarning[] }).then(() => true);
  }
}

export function forgetTab(tabId: number): Promise<void> {
  return checklistStore.forgetTab(tabId);
}
