/**
 * CPT Lens content script (every page, every frame).
 *
 *   page text ──► PageScanner ──► findCodes(text) ──► Highlighter ──► CSS.highlights
 *   (TreeWalker,    (time-sliced,     (pure, no DOM)     (StaticRanges,     (no page DOM
 *    shadow roots)   queued mutations)                    viewport only)     touched)
 *         │                                ▲
 *         └─ other code shapes (one regex) ─► claim reader (claim-reader.js, injected lazily):
 *            their place (code column, code field, "CPT" label) and every code's row → lines
 *                                          │
 *   form fields ──► field-watcher ─────────┴─► SeenCodes ──► tab checks (background) ──► status
 *                                                         ◄── warnings, `known` codes (marked)
 *   pointer / Alt+Shift+K ──► CardController ──► card-ui.js (Preact, injected lazily)
 *                                                 in our one shadow-root host under <html>
 *
 *   what runs when: document_idle → full scan in ≤ 5 ms slices, shown once settings allow; mutations →
 *   queued, batched per frame; scroll → IntersectionObserver swaps registered ranges; first
 *   check with codes or a possible claim → claim reader; first hover → card UI; settings
 *   change → the lens stops or starts without a reload.
 */
import '../components/highlight/highlight.css';
import { lensLifetime } from '../components/content/lens-lifetime';
import { startLens, type Lens } from '../components/content/start-lens';
import { isSiteDisabled, loadCachedSettings, onSettingsChanged, type Settings } from '../components/settings/settings';
import { LIVE_MARK } from '../components/site-access/live-mark';

/** The site a frame belongs to: its top page's host when readable (srcdoc and about:blank frames). */
function siteOfFrame(): string {
  try {
    return window.top?.location.host || location.host;
  } catch {
    return location.host;
  }
}

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  // Registered by the background for the sites the settings allow (site-access/), not by the manifest.
  registration: 'runtime',
  main(ctx) {
    // Lets the background's open-tab start-up skip this frame (site-access/open-tabs.ts).
    (globalThis as Record<string, unknown>)[LIVE_MARK] = () => ctx.isValid;
    const site = siteOfFrame();
    // Start reading the page at once (it is read-only) and show highlights once the settings
    // say this site is on: waiting for storage first cost ~80 ms before the first highlight.
    // Everything the lens starts ends with its signal: the site turned off, or this script
    // orphaned by an extension reload (ctx.signal; a newer script's start also aborts it).
    let lens: { view: Lens; stop: AbortController } | null = null;
    let settingsKnown = false;
    const start = () => {
      if (!lens && ctx.isValid) {
        const stop = new AbortController();
        lens = { view: startLens(lensLifetime(ctx, stop.signal)), stop };
      }
      return lens?.view;
    };
    const apply = (settings: Settings) => {
      settingsKnown = true;
      if (isSiteDisabled(settings, site)) {
        lens?.stop.abort();
        lens = null;
      } else start()?.show();
    };
    // In a task of its own, so compiling this script and starting do not make one long task.
    ctx.setTimeout(() => settingsKnown || start(), 0);
    void loadCachedSettings().then((settings) => ctx.isValid && apply(settings));
    ctx.onInvalidated(onSettingsChanged(apply));
  },
});
