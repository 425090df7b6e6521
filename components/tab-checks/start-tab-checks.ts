/** Wires TabChecks to the browser: one port per frame, tabs forgotten when they close. */
import { browser, type Browser } from 'wxt/browser';
import { RULES } from '../../data/rules';
import { showTabState } from '../background/action-badge';
import { onEditFilesChanged } from '../cms/edit-lookup';
import { necessityForClaim, onNecessityFilesChanged } from '../coverage/lookup-necessity';
import { readFacts } from './read-facts';
import { TabChecks, type TabCheckedListener } from './tab-checks';
import { FRAME_PORT } from './tab-messages';

// The dataset's rules and the imported files (PTP, MUE, add-on, MPFS, coverage, ICD-10-CM), checked as one claim.
const tabChecks = new TabChecks(() => RULES, readFacts, undefined, necessityForClaim);

/** The tab's lines and warnings after every change; the action badge listens here. */
export function onTabChecked(listener: TabCheckedListener): () => void {
  return tabChecks.onTabChecked(listener);
}

/** Asks the frame of the tab that holds `code` to open its card (the summary panel's button). */
export function openLineInTab(tabId: number, code: string): boolean {
  return tabChecks.openCard(tabId, code);
}

function wrap(port: Browser.runtime.Port): { tabId: number; frameId: number } | null {
  const tabId = port.sender?.tab?.id;
  if (tabId === undefined) return null;
  return { tabId, frameId: port.sender?.frameId ?? 0 };
}

export function startTabChecks(): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== FRAME_PORT) return;
    const where = wrap(port);
    if (!where) return port.disconnect();
    tabChecks.connect({
      ...where,
      post: (m) => port.postMessage(m),
      onMessage: (l) => port.onMessage.addListener((m) => l(m)),
      onDisconnect: (l) => port.onDisconnect.addListener(() => l()),
    });
  });
  browser.tabs.onRemoved.addListener((tabId) => tabChecks.forgetTab(tabId));
  // A new import or a removal of the files re-checks every open tab.
  onEditFilesChanged(() => tabChecks.recheckAll());
  onNecessityFilesChanged(() => tabChecks.recheckAll());
  // The toolbar badge: the tab's warning count, nothing on tabs with no lines.
  onTabChecked((tabId, state) => void showTabState(tabId, state));
}
