/**
 * User settings in extension storage (this machine only). Read defensively: a missing or
 * corrupt value falls back to the default instead of breaking the content script. Plain
 * checks rather than a schema library keep the content script small.
 */
import { browser } from 'wxt/browser';

export const SETTINGS_KEY = 'settings';

export interface Settings {
  /** Hostnames where detection is off. */
  disabledSites: string[];
}

export const DEFAULT_SETTINGS: Settings = { disabledSites: [] };

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

export function parseSettings(raw: unknown): Settings {
  if (!raw || typeof raw !== 'object') return { ...DEFAULT_SETTINGS };
  const sites = (raw as { disabledSites?: unknown }).disabledSites;
  const disabledSites = Array.isArray(sites)
    ? [...new Set(sites.map((s) => (typeof s === 'string' ? normaliseSite(s) : null)).filter((s): s is string => !!s))]
    : [];
  return { disabledSites };
}

export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.local.get(SETTINGS_KEY);
    return parseSettings(stored[SETTINGS_KEY]);
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: parseSettings(settings) });
}

export function isSiteDisabled(settings: Settings, host: string): boolean {
  return settings.disabledSites.includes(host.toLowerCase());
}

export async function setSiteDisabled(host: string, disabled: boolean): Promise<Settings> {
  const current = await loadSettings();
  const site = normaliseSite(host);
  if (!site) return current;
  const others = current.disabledSites.filter((s) => s !== site);
  const next = { disabledSites: disabled ? [...others, site] : others };
  await saveSettings(next);
  return next;
}

/** Calls back with fresh settings whenever another context changes them. */
export function onSettingsChanged(cb: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) cb(parseSettings(changes[SETTINGS_KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
