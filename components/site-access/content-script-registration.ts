/**
 * The content script is not in the manifest: the background registers it at run time for
 * where the settings say it may run, so in chosen-sites mode no other page gets it at all
 * (real non-injection, not a script that starts and exits). All sites: `<all_urls>`.
 * Chrome keeps registrations across restarts, but not for an extension loaded from the command
 * line (`npm start`, the e2e tests), so we re-sync at every background start, and whenever the
 * settings, the policy copy or the granted permissions change. The settings come from local
 * storage only (loadCachedSettings): waiting for the managed read cost ~3 s after install.
 */
import { browser } from 'wxt/browser';
import { loadCachedSettings } from '../settings/settings';
import { scriptMatches } from './site-patterns';

export const SCRIPT_ID = 'cpt-lens-content';
const FILES = { js: ['content-scripts/content.js'], css: ['content-scripts/content.css'] };

type Registration = Parameters<typeof browser.scripting.registerContentScripts>[0][number];

function registration(matches: string[], fallback: boolean): Registration {
  return {
    id: SCRIPT_ID,
    matches,
    ...FILES,
    allFrames: true,
    runAt: 'document_idle',
    // about:blank and srcdoc frames (the manifest's match_about_blank); Chrome 119+, so retried without.
    ...(fallback ? { matchOriginAsFallback: true } : {}),
    persistAcrossSessions: true,
  } as Registration;
}

async function register(matches: string[]): Promise<void> {
  try {
    await browser.scripting.registerContentScripts([registration(matches, true)]);
  } catch {
    await browser.scripting.registerContentScripts([registration(matches, false)]);
  }
}

let queue: Promise<void> = Promise.resolve();

/** Brings the registration in line with the settings; calls are serialised so they never race. */
export function syncContentScript(): Promise<void> {
  queue = queue.then(async () => {
    const want = scriptMatches(await loadCachedSettings());
    const current = (await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] }))[0];
    const have = current ? [...(current.matches ?? [])].sort() : null;
    if (have && have.join('\n') === want.join('\n')) return;
    if (current) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    if (want.length) await register(want);
  }).catch((err: unknown) => console.error('CPT Lens: content script registration failed', err));
  return queue;
}
