/** An organisation's policy over the user's own settings: what wins, what locks, what is ignored. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isSiteDisabled, loadCachedSettings, loadSettings, POLICY_KEY, saveSettings, SETTINGS_KEY } from '../../../components/settings/settings';
import { refreshPolicyCache } from '../../../components/settings/policy-cache';

const mine = { mode: 'all-sites' as const, disabledSites: ['news.example.org'], enabledSites: ['emr.example.org'] };

describe('managed settings', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await saveSettings(mine);
  });

  it('uses the user settings when no policy is installed', async () => {
    expect(await loadSettings()).toEqual(mine);
  });

  it('takes the policy mode over the user one and adds its sites to the user list', async () => {
    await fakeBrowser.storage.managed.set({ mode: 'chosen-sites', enabledSites: ['Billing.Example.org'] });
    const s = await loadSettings();
    expect(s.mode).toBe('chosen-sites');
    expect(s.enabledSites.sort()).toEqual(['billing.example.org', 'emr.example.org']);
    expect(isSiteDisabled(s, 'billing.example.org')).toBe(false);
    expect(isSiteDisabled(s, 'news.example.org')).toBe(true);
    expect(isSiteDisabled(s, 'other.example.org')).toBe(true);
  });

  it('with lockSites, only the policy sites count (the user ones are ignored, not deleted)', async () => {
    await fakeBrowser.storage.managed.set({ mode: 'chosen-sites', enabledSites: ['billing.example.org'], lockSites: true });
    const s = await loadSettings();
    expect(s.enabledSites).toEqual(['billing.example.org']);
    expect(s.disabledSites).toEqual([]);
    expect(isSiteDisabled(s, 'emr.example.org')).toBe(true);
    const stored = await fakeBrowser.storage.local.get(SETTINGS_KEY);
    expect(stored[SETTINGS_KEY]).toEqual(mine);
  });

  it('ignores malformed policy values instead of trusting them', async () => {
    await fakeBrowser.storage.managed.set({ mode: 'everywhere', enabledSites: 'billing.example.org', lockSites: 'yes', disabledSites: ['not a host!', 7] });
    const s = await loadSettings();
    expect(s.mode).toBe('all-sites');
    expect(s.enabledSites).toEqual(['emr.example.org']);
    expect(s.disabledSites).toEqual(['news.example.org']);
  });
});

describe('sites with and without a port', () => {
  it('a site listed without a port covers every port; with a port, only that one', () => {
    const s = { mode: 'chosen-sites' as const, disabledSites: [], enabledSites: ['billing.example.org', 'localhost:5173'] };
    expect(isSiteDisabled(s, 'billing.example.org:8443')).toBe(false);
    expect(isSiteDisabled(s, 'localhost:5173')).toBe(false);
    expect(isSiteDisabled(s, 'localhost:3000')).toBe(true);
  });
});

describe('the last policy seen (what pages and the registration act on)', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    await saveSettings(mine);
  });

  it('applies the stored copy without reading managed storage', async () => {
    const read = vi.spyOn(fakeBrowser.storage.managed, 'get');
    await fakeBrowser.storage.local.set({ [POLICY_KEY]: { mode: 'chosen-sites', enabledSites: ['billing.example.org'], lockSites: true } });
    const s = await loadCachedSettings();
    expect(isSiteDisabled(s, 'billing.example.org')).toBe(false);
    expect(isSiteDisabled(s, 'emr.example.org')).toBe(true);
    expect(read).not.toHaveBeenCalled();
  });

  it('is refreshed from the fresh read, and written again only when the policy changed', async () => {
    await fakeBrowser.storage.managed.set({ disabledSites: ['billing.example.org'] });
    expect(await refreshPolicyCache()).toBe(true);
    expect(isSiteDisabled(await loadCachedSettings(), 'billing.example.org')).toBe(true);
    expect(await refreshPolicyCache()).toBe(false);
    await fakeBrowser.storage.managed.clear();
    expect(await refreshPolicyCache()).toBe(true);
    expect(isSiteDisabled(await loadCachedSettings(), 'billing.example.org')).toBe(false);
  });

  it('a corrupt copy is read as no policy, not trusted', async () => {
    await fakeBrowser.storage.local.set({ [POLICY_KEY]: { mode: 'everywhere', disabledSites: 'x', lockSites: 'yes' } });
    expect(await loadCachedSettings()).toEqual(mine);
  });
});
