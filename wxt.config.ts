import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { cptDataPlugin } from './data/vite-plugin';

const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };

const NATIVE_BROWSER = fileURLToPath(new URL('./components/messaging/native-browser.ts', import.meta.url));

/** In the content script's bundle only, `wxt/browser` is the native API (see native-browser.ts). */
function contentScriptNativeBrowser(): Plugin {
  let content = false;
  return {
    name: 'cpt-content-native-browser',
    enforce: 'pre',
    configResolved(config) {
      const input = JSON.stringify([config.build.lib && config.build.lib.entry, config.build.rollupOptions.input]);
      content = /entrypoints\/content\.ts/.test(input);
    },
    resolveId(id) {
      if (content && (id === 'wxt/browser' || id === '@wxt-dev/webextension-polyfill/browser')) return NATIVE_BROWSER;
    },
  };
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [contentScriptNativeBrowser(), preact(), cptDataPlugin()],
    build: { sourcemap: false, minify: process.env.CPT_LENS_NO_MINIFY ? false : undefined },
    // The CMS import worker lazy-loads its XLSX reader, which needs ES module output.
    worker: { format: 'es' as const },
  }),
  manifest: ({ browser, manifestVersion }) => ({
    name: 'CPT Lens',
    // Icons from assets/icon.svg (scripts/icons.mjs); WXT also finds public/icon/*.png, named here so both manifests say it.
    icons: ICONS,
    [manifestVersion === 3 ? 'action' : 'browser_action']: { default_icon: ICONS, default_title: 'CPT Lens' },
    description: 'Finds CPT codes on billing pages and explains them offline: add-on status, bundling, modifiers, documentation.',
    // scripting: the card UI is injected on first hover (components/overlay/card-loader.ts) and the
    // content script is registered at run time (components/site-access/). README "Permissions".
    permissions: ['storage', 'scripting'],
    // All sites by default, as before; site-only mode narrows where the script is registered.
    host_permissions: ['<all_urls>'],
    // Firefox only accepts permissions.request for origins listed as optional ("Enable on this site").
    ...(browser === 'firefox' ? { optional_permissions: ['*://*/*'] } : {}),
    // Organisations preset and lock settings through policy (README "Managed settings").
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    // The newest web API the bundles need, per MDN browser-compat-data: the CSS Custom Highlight
    // API arrived in Chrome 105, AbortSignal.any (content-script lifetimes) in Chrome 116.
    // Firefox: Highlight API 140 (gecko.strict_min_version below), AbortSignal.any 124.
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '116' }),
    commands: {
      [manifestVersion === 3 ? '_execute_action' : '_execute_browser_action']: {
        suggested_key: { default: 'Alt+Shift+C' },
        description: 'Open CPT Lens search',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'cpt-lens@example.org',
              // The CSS Custom Highlight API arrived in Firefox 140.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
