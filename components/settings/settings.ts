/**
 * User settings in extension storage (this machine only), with an organisation's managed
 * settings applied on top (see managed.ts). Read defensively: a missing or corrupt value falls
 * back to the default instead of breaking the content script. Plain checks rather than a schema
 * library keep the content script small.
 */
import { browser } from 'wxt/browser';
import { applyManaged, parseManaged, type ManagedPolicy } from './managed';
import type { Settings } from './settings-types';

export const SETTINGS_KEY = 'settings';
/**
 * The last managed policy the background read, kept beside the settings: Chromium's first
 * `storage.managed` read after browser start takes seconds, so nothing that shows the lens
 * waits for it (policy-cache.ts refreshes this copy when the fresh read arrives).
 */
export const POLICY_KEY = 'policy';

export type { Settings, SiteMode } from './settings-types';

export const DEFAULT_SETTINGS: Settings = { mode: 'all-sites', disabledSites: [], enabledSites: [] };

const HOST = /^[a-z0-9.-]{1,253}(:\d{1,5})?$/;

export function normaliseSite(input: string): string | null {
  let host = input.trim().toLowerCase();
  try {
    if (/^[a-z][a-z0-9+.-]*:\/\//.test(host)) host = new URL(host).host;
  } catch {
    return null;
  }
  host = host.replace(/\/.*$/, '');
  return HOST.test(host) ? host : null;
}

const siteList = (v: unknown): string[] =>
  Array.isArray(v) ? [...new Set(v.map((s) => (typeof s === 'string' ? normaliseSite(s) : null)).filter((s): s is string => !!s))] : [];

export function parseSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  return {
    mode: r.mode === 'chosen-sites' ? 'chosen-sites' : 'all-sites',
    disabledSites: siteList(r.disabledSites),
    enabledSites: siteList(r.enabledSites),
  };
}

/** The user's own settings, without the organisation's: what the options page edits. */
export async function loadLocalSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.local.get(SETTINGS_KEY);
    return parseSettings(stored[SETTINGS_KEY]);
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

/** The organisation's policy, read fresh (slow at browser start); empty when there is none (Firefox rejects when no policy is installed). */
export async function loadManaged(): Promise<ManagedPolicy> {
  try {
    return parseManaged(await browser.storage.managed.get(null), siteList);
  } catch {
    return {};
  }
}

/** The settings in force, with the policy read fresh: for the options page and popup, which show what is managed. */
export async function loadSettings(): Promise<Settings> {
  const [local, managed] = await Promise.all([loadLocalSettings(), loadManaged()]);
  return applyManaged(local, managed);
}

/**
 * The settings in force with the last policy seen: one local read, never the slow managed one.
 * What decides where the lens runs (content script, registration, open tabs).
 */
export async function loadCachedSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.local.get([SETTINGS_KEY, POLICY_KEY]);
    return applyManaged(parseSettings(stored[SETTINGS_KEY]), parseManaged(stored[POLICY_KEY], siteList));
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: parseSettings(settings) });
}

/** Whether the lens stays off on this host: turned off there, or not chosen in chosen-sites mode. A listed site without a port covers every port. */
export function isSiteDisabled(settings: Settings, host: string): boolean {
  const h = host.toLowerCase();
  const listed = (list: string[]) => list.includes(h) || list.includes(h.replace(/:\d+$/, ''));
  return settings.mode === 'chosen-sites' ? !listed(settings.enabledSites) : listed(settings.disabledSites);
}

async function editSites(key: 'disabledSites' | 'enabledSites', host: string, add: boolean): Promise<Settings> {
  const current = await loadLocalSettings();
  const site = normaliseSite(host);
  if (!site) return current;
  const others = current[key].filter((s) => s !== site);
  const next = { ...current, [key]: add ? [...others, site] : others };
  await saveSettings(next);
  return next;
}

export const setSiteDisabled = (host: string, disabled: boolean) => editSites('disabledSites', host, disabled);
export const setSiteEnabled = (host: string, enabled: boolean) => editSites('enabledSites', host, enabled);

/**
 * Calls back with the settings in force whenever the user's or the organisation's change. A
 * managed change reaches pages as the background's new copy of the policy (policy-cache.ts).
 */
export function onSettingsChanged(cb: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && (SETTINGS_KEY in changes || POLICY_KEY in changes)) void loadCachedSettings().then(cb);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
