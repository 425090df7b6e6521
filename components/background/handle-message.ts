/**
 * Background work on behalf of content scripts: injecting the card UI into the asking frame,
 * keeping checklist ticks per tab while the tab lives, and opening the full entry. Each
 * handler is typed by messages.ts, so a reply that drifts from what senders expect fails tsc.
 */
import { browser, type Browser } from 'wxt/browser';
import { parseMessage, type Message, type RequestHandlers } from '../messaging/messages';
import { openLineInTab } from '../tab-checks/start-tab-checks';
import { checklistStore } from './checklist-store';
import { cardFacts } from '../cms/card-facts';
import { icdCardFacts } from '../icd10/icd-card-facts';
import { checkWithEditFiles } from '../tab-checks/edit-file-check';

type Sender = Browser.runtime.MessageSender;

/** Injects one of our lazy bundles (card-ui.js, claim-reader.js) into the asking frame's isolated world. */
async function injectScript(sender: Sender, file: '/card-ui.js' | '/claim-reader.js', what: string): Promise<true> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new Error(`${what} requested outside a tab`);
  const frameId = sender.frameId ?? 0;
  if (import.meta.env.MANIFEST_VERSION === 3) {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });
  } else {
    await browser.tabs.executeScript(tabId, { file, frameId });
  }
  return true;
}

const tabOf = (sender: Sender) => sender.tab?.id ?? -1;

const handlers: RequestHandlers<Sender> = {
  'cpt-lens/load-card-ui': (_msg, sender) => injectScript(sender, '/card-ui.js', 'card UI'),
  'cpt-lens/load-claim-reader': (_msg, sender) => injectScript(sender, '/claim-reader.js', 'claim reader'),
  'cpt-lens/checklist-get': (msg, sender) => checklistStore.get(tabOf(sender), msg.code),
  'cpt-lens/checklist-set': (msg, sender) => checklistStore.set(tabOf(sender), msg.code, msg.ids),
  'cpt-lens/open-detail': (msg) =>
    browser.tabs.create({ url: browser.runtime.getURL(`/popup.html#code=${msg.code}`) }).then(() => true as const),
  'cpt-lens/open-line': async (msg, sender) => openLineInTab(tabOf(sender), msg.code),
  'cpt-lens/cms-check': (msg) => checkWithEditFiles(msg.lines, msg.dateOfService),
  'cpt-lens/cms-facts': (msg) => cardFacts(msg.code),
  'cpt-lens/icd-facts': (msg) => icdCardFacts(msg.code),
};

/** Returns a promise for messages we own and undefined for anything else. */
export function handleMessage(raw: unknown, sender: Sender): Promise<unknown> | undefined {
  const msg = parseMessage(raw);
  if (!msg) return undefined;
  const handler = handlers[msg.type] as (msg: Message, sender: Sender) => Promise<unknown>;
  return handler(msg, sender);
}

export function forgetTab(tabId: number): Promise<void> {
  return checklistStore.forgetTab(tabId);
}
