/**
 * The empty-observer comparison extension, written to a temp dir on each run so it always
 * matches this file: the floor of any design that watches the page — one subtree
 * MutationObserver doing nothing — with the same injection settings as ours (<all_urls>,
 * document_idle). The Chromium copy (MV3) carries an empty background service worker only
 * because scripts/chromium.mjs waits for one to learn the extension id; the Firefox copy is MV2
 * like our Firefox build.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const EMPTY_OBSERVER = `new MutationObserver(() => {}).observe(document, { subtree: true, childList: true, characterData: true });\n`;
/**
 * The floor of a highlighting lens: the observer design (the callback only adds each
 * record's target to a Set, read and cleared on the next frame) plus the codes near the top of
 * the page registered as highlight ranges, as ours registers them. Chromium re-validates every
 * highlight range and repaints around them on each frame in which the DOM changed, so this is
 * what any design using the CSS Custom Highlight API pays on a changing page.
 */
const SET_OBSERVER = `const changed = new Set();
let frame = 0;
new MutationObserver((records) => {
  for (let i = 0; i < records.length; i++) changed.add(records[i].target);
  frame ||= requestAnimationFrame(() => { frame = 0; globalThis.__changed = changed.size; changed.clear(); });
}).observe(document, { subtree: true, childList: true, characterData: true });
const highlight = new Highlight();
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
for (let n = walker.nextNode(); n && highlight.size < 15; n = walker.nextNode()) {
  const m = /\\b(?:50706|50431|74360|76496)\\b/.exec(n.data);
  if (m && !n.parentElement.closest('[data-decoy]')) highlight.add(new StaticRange({ startContainer: n, startOffset: m.index, endContainer: n, endOffset: m.index + 5 }));
}
CSS.highlights.set('bench-floor', highlight);\n`;
/**
 * The floor of any content script that reads the page: at document_idle, in its isolated world,
 * one TreeWalker over document.body and the four codes' regex on every text node, keeping
 * nothing. What a lens cannot avoid paying to learn where the codes are.
 */
const BARE_SCAN = `const re = /\\b(?:50706|50431|74360|76496)\\b/g;
let found = 0;
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
for (let n = walker.nextNode(); n; n = walker.nextNode()) {
  re.lastIndex = 0;
  while (re.exec(n.data)) found++;
}
document.documentElement.dataset.benchBareScan = String(found);\n`;
const FLOOR_CSS = '::highlight(bench-floor) { background-color: rgba(255, 196, 0, 0.45); }\n';

/**
 * @param {string} dir
 * @returns {{ chromium: string, firefox: string, setObserver: string, bareScan: string }} extension folders (setObserver, bareScan: Chromium only)
 */
export function writeEmptyObserverExtensions(dir) {
  const content = [{ matches: ['<all_urls>'], js: ['content.js'], run_at: 'document_idle' }];
  const setObserver = join(dir, 'set-observer-chromium');
  mkdirSync(setObserver, { recursive: true });
  writeFileSync(
    join(setObserver, 'manifest.json'),
    JSON.stringify({ manifest_version: 3, name: 'bench-set-observer', version: '1.0', background: { service_worker: 'background.js' }, content_scripts: [{ ...content[0], css: ['floor.css'] }] }),
  );
  writeFileSync(join(setObserver, 'floor.css'), FLOOR_CSS);
  writeFileSync(join(setObserver, 'background.js'), '// empty: lets the launcher find the extension id\n');
  writeFileSync(join(setObserver, 'content.js'), SET_OBSERVER);
  const bareScan = join(dir, 'bare-scan-chromium');
  mkdirSync(bareScan, { recursive: true });
  writeFileSync(
    join(bareScan, 'manifest.json'),
    JSON.stringify({ manifest_version: 3, name: 'bench-bare-scan', version: '1.0', background: { service_worker: 'background.js' }, content_scripts: content }),
  );
  writeFileSync(join(bareScan, 'background.js'), '// empty: lets the launcher find the extension id\n');
  writeFileSync(join(bareScan, 'content.js'), BARE_SCAN);
  const chromium = join(dir, 'empty-observer-chromium');
  mkdirSync(chromium, { recursive: true });
  writeFileSync(
    join(chromium, 'manifest.json'),
    JSON.stringify({ manifest_version: 3, name: 'bench-empty-observer', version: '1.0', background: { service_worker: 'background.js' }, content_scripts: content }),
  );
  writeFileSync(join(chromium, 'background.js'), '// empty: lets the launcher find the extension id\n');
  writeFileSync(join(chromium, 'content.js'), EMPTY_OBSERVER);
  const firefox = join(dir, 'empty-observer-firefox');
  mkdirSync(firefox, { recursive: true });
  writeFileSync(
    join(firefox, 'manifest.json'),
    JSON.stringify({
      manifest_version: 2,
      name: 'bench-empty-observer',
      version: '1.0',
      browser_specific_settings: { gecko: { id: 'bench-empty-observer@cpt-lens.invalid' } },
      content_scripts: content,
    }),
  );
  writeFileSync(join(firefox, 'content.js'), EMPTY_OBSERVER);
  return { chromium, firefox, setObserver, bareScan };
}
