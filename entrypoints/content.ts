/**
 * CPT Lens content script (every page, every frame).
 *
 *   page text ──► PageScanner ──► findCodes(text) ──► Highlighter ──► CSS.highlights
 *   (TreeWalker,    (time-sliced,     (pure, no DOM)     (StaticRanges,     (no page DOM
 *    shadow roots)   queued mutations)                    viewport only)     touched)
 *                                          │
 *                                          └─► SeenCodes ──► checkCodes ──► warnings
 *   pointer ──► pointer-tracker ──► CardController ──► card-ui.js (Preact, injected lazily)
 *                                                      in our one shadow-root host
 *
 *   what runs when: document_idle → full scan in ≤ 8 ms slices; mutations → queued, batched
 *   per frame; scroll → IntersectionObserver swaps registered ranges; first hover → card UI.
 */
import '../components/highlight/highlight.css';
import { startLens } from '../components/content/start-lens';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    const lens = startLens();
    ctx.onInvalidated(() => lens.stop());
  },
});
