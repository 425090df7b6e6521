/**
 * Background: keeps the last managed policy seen in storage.local (POLICY_KEY). Chromium answers
 * the first `storage.managed` read after browser start in seconds, not milliseconds, so the lens
 * acts on this copy at once, and writing a changed copy is what re-applies a fresh policy: the
 * registration re-syncs and open pages stop or start through their settings watch.
 */
import { browser } from 'wxt/browser';
import { loadManaged, POLICY_KEY } from './settings';

/** Reads the policy fresh and stores it if it differs from the copy; true when it did. */
export async function refreshPolicyCache(): Promise<boolean> {
  const [fresh, stored] = await Promise.all([loadManaged(), browser.storage.local.get(POLICY_KEY)]);
  if (JSON.stringify(stored[POLICY_KEY] ?? {}) === JSON.stringify(fresh)) return false;
  await browser.storage.local.set({ [POLICY_KEY]: fresh });
  return true;
}

/** Refreshes now and on every managed change; `onNewPolicy` runs after a changed copy is stored. */
export function startPolicyCache(onNewPolicy: () => void): void {
  const refresh = () =>
    void refreshPolicyCache().then(
      (changed) => changed && onNewPolicy(),
      (err: unknown) => console.error('CPT Lens: reading the managed policy failed', err),
    );
  browser.storage.onChanged.addListener((_changes, area) => area === 'managed' && refresh());
  refresh();
}
