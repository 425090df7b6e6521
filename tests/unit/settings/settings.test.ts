import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isSiteDisabled, loadSettings, normaliseSite, parseSettings, setSiteDisabled, SETTINGS_KEY } from '../../../components/settings/settings';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each([undefined, null, 'garbage', 42, { disabledSites: 'x' }, { disabledSites: [1, null, {}] }])('falls back to defaults for %j', async (raw) => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: raw });
    expect(await loadSettings()).toEqual({ mode: 'all-sites', disabledSites: [], enabledSites: [] });
  });

  it('keeps the valid sites of a partly corrupt list', () => {
    expect(parseSettings({ disabledSites: ['Billing.Example.org', 7, 'not a host!'] })).toMatchObject({ disabledSites: ['billing.example.org'] });
  });

  it('turns a site off and on again, leaving other sites alone', async () => {
    await setSiteDisabled('emr.example.org', true);
    await setSiteDisabled('billing.example.org', true);
    await setSiteDisabled('emr.example.org', false);
    const s = await loadSettings();
    expect(isSiteDisabled(s, 'billing.example.org')).toBe(true);
    expect(isSiteDisabled(s, 'emr.example.org')).toBe(false);
  });

  it('normalises what a user types as a site', () => {
    expect(normaliseSite(' https://Billing.example.org/claims?x=1 ')).toBe('billing.example.org');
    expect(normaliseSite('127.0.0.1:8080')).toBe('127.0.0.1:8080');
    expect(normaliseSite('not a host')).toBeNull();
  });
});
