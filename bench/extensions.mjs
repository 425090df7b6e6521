/**
 * Tiny comparison extensions, written to a temp dir on each run so they always match this
 * file. Each is an MV3 manifest + content.js with the same injection settings as ours
 * (<all_urls>, document_idle). Each also carries an empty background service worker only
 * because scripts/chromium.mjs waits for an extension service worker to learn the id.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

/** content.js source per variant. */
const CONTENT = {
  /** The floor for "find the codes": one TreeWalker pass and a regex, no matching rules, no marking. */
  bare: `
(() => {
  const re = /(?<!\\d)(?:50706|50431|74360|76496)(?!\\d)/g;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let found = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    re.lastIndex = 0;
    while (re.exec(n.data)) found++;
  }
  globalThis.__bareFound = found;
})();`,
  /** The floor for "watch the page": the observer every live-updating lens needs, doing nothing. */
  'empty-observer': `new MutationObserver(() => {}).observe(document, { subtree: true, childList: true, characterData: true });`,
  /** The common library answer: mark.js wraps every hit in a <mark> element (it writes to the page). */
  markjs: () =>
    `${readFileSync(require.resolve('mark.js/dist/mark.min.js'), 'utf8')}
;new Mark(document.body).markRegExp(/\\b(?:50706|50431|74360|76496)\\b/g);`,
};

/**
 * Writes the comparison extensions under `dir`.
 * @param {string} dir
 * @returns {Record<'bare' | 'empty-observer' | 'markjs', string>} extension folder by variant
 */
export function writeComparisonExtensions(dir) {
  /** @type {Record<string, string>} */
  const out = {};
  for (const [name, source] of Object.entries(CONTENT)) {
    const ext = join(dir, name);
    mkdirSync(ext, { recursive: true });
    const manifest = {
      manifest_version: 3,
      name: `bench-${name}`,
      version: '1.0',
      background: { service_worker: 'background.js' },
      content_scripts: [{ matches: ['<all_urls>'], js: ['content.js'], run_at: 'document_idle' }],
    };
    writeFileSync(join(ext, 'manifest.json'), JSON.stringify(manifest, null, 2));
    writeFileSync(join(ext, 'background.js'), '// empty: lets the launcher find the extension id\n');
    writeFileSync(join(ext, 'content.js'), typeof source === 'function' ? source() : source);
    out[name] = ext;
  }
  return /** @type {Record<'bare' | 'empty-observer' | 'markjs', string>} */ (out);
}
