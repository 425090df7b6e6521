/**
 * Enabling and revoking one site in chosen-sites mode. `permissions.request` must run inside the
 * click that asked for it (a user gesture), so it is the first call here; the browser may prompt.
 * While the manifest's all-sites grant is present the request is already satisfied and returns
 * at once; when the user or an administrator withheld site access, this is what grants it.
 */
import { browser } from 'wxt/browser';
import { loadSettings, setSiteEnabled } from '../settings/settings';
import { originPattern } from './site-patterns';

export async function enableSite(site: string): Promise<boolean> {
  const granted = await browser.permissions.request({ origins: [originPattern(site)] });
  if (granted) await setSiteEnabled(site, true);
  return granted;
}

/** Stops the lens on a site: the registration drops it and running scripts stop via their settings watch. */
export async function revokeSite(site: string): Promise<void> {
  await setSiteEnabled(site, false);
  const pattern = originPattern(site);
  const stillUsed = (await loadSettings()).enabledSites.some((s) => originPattern(s) === pattern);
  // Gives the site grant back where the browser allows it; one covered by the manifest's all-sites
  // grant cannot be removed and stays (the script is not registered there any more either way).
  if (!stillUsed) await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
}

/** Starts the lens in an already open tab, so enabling a site needs no reload (the registration covers later loads). */
export async function startInTab(tabId: number): Promise<void> {
  const target = { tabId, allFrames: true };
  await browser.scripting.insertCSS({ target, files: ['content-scripts/content.css'] });
  await browser.scripting.executeScript({ target, files: ['/content-scripts/content.js'] });
}
