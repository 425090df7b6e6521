/**
 * The content script's `browser`, swapped in for webextension-polyfill by wxt.config.ts in
 * that bundle only. Both targets already have a promise-based API there (Firefox's `browser`,
 * Chrome MV3's `chrome`) for what the content script uses — runtime.sendMessage, runtime.id,
 * storage.local and storage.onChanged — so the polyfill's ~3 KiB gzipped buys it nothing.
 * Other bundles and the unit tests (WXT's fakeBrowser) keep `wxt/browser`.
 */
import type { browser as polyfilled } from 'wxt/browser';

type Api = typeof polyfilled;
const api = globalThis as unknown as { browser?: Api; chrome?: Api };
export const browser: Api = api.browser ?? api.chrome!;
