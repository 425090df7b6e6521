/**
 * Background: keeps the content-script registration in line with settings, the policy copy and
 * granted sites, and starts the lens in tabs open before this background ran. Nothing here
 * waits for the slow first managed read: the registration and open tabs follow the last policy
 * seen, and a fresh one is applied when it arrives (policy-cache.ts).
 */
import { browser } from 'wxt/browser';
import { startPolicyCache } from '../settings/policy-cache';
import { onSettingsChanged } from '../settings/settings';
import { syncContentScript } from './content-script-registration';
import { startInOpenTabs } from './open-tabs';

const OPEN_TABS_DONE = 'openTabsStarted';

/**
 * Once per browser session and extension instance: storage.session is emptied by a browser
 * restart, an install, an update and a reload, but not when an idle service worker wakes.
 */
async function startInOpenTabsOnce(): Promise<void> {
  // Without session storage (older Firefox, whose MV2 background page never sleeps anyway) every
  // background start is a new session; the per-frame check still prevents a second injection.
  const session = browser.storage.session as typeof browser.storage.session | undefined;
  if (session) {
    if ((await session.get(OPEN_TABS_DONE))[OPEN_TABS_DONE]) return;
    await session.set({ [OPEN_TABS_DONE]: true });
  }
  await startInOpenTabs();
}

export function startContentScriptSync(): Promise<void> {
  const started = syncContentScript().then(startInOpenTabsOnce);
  // The copy's change also reaches onSettingsChanged below; open tabs a new policy allows get the lens too.
  startPolicyCache(() => void syncContentScript().then(startInOpenTabs));
  onSettingsChanged(() => void syncContentScript());
  browser.permissions.onAdded.addListener(() => void syncContentScript());
  browser.permissions.onRemoved.addListener(() => void syncContentScript());
  return started.catch((err: unknown) => console.error('CPT Lens: starting in open tabs failed', err));
}
