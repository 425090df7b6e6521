import { handleMessage, forgetTab } from '../components/background/handle-message';
import { startPageStateRelay } from '../components/background/page-state-relay';
import { startContentScriptSync } from '../components/site-access/start-script-sync';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw, sender) => handleMessage(raw, sender));
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  startPageStateRelay();
  startContentScriptSync();
});
