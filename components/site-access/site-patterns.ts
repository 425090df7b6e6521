/**
 * From the sites in settings to the match patterns the browser understands. Match patterns have
 * no port, so a site saved as "host:8080" grants and injects on every port of that host name;
 * the content script then checks the full host (with port) against the settings and stays off
 * elsewhere.
 */
import type { Settings } from '../settings/settings';

export const ALL_SITES = '<all_urls>';

/** `*://host/*` for a saved site (host name, optional port). */
export function originPattern(site: string): string {
  return `*://${site.replace(/:\d+$/, '')}/*`;
}

/** Where the content script must be registered for these settings; empty means nowhere. */
export function scriptMatches(settings: Settings): string[] {
  if (settings.mode === 'all-sites') return [ALL_SITES];
  return [...new Set(settings.enabledSites.map(originPattern))].sort();
}
