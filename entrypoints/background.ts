import { handleMessage, forgetTab } from '../components/background/handle-message';
import { startTabChecks } from '../components/tab-checks/start-tab-checks';
import { startContentScriptSync } from '../components/site-access/start-script-sync';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw, sender) => handleMessage(raw, sender));
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  startTabChecks();
  startContentScriptSync();
});
