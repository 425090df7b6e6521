import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { cptDataPlugin } from './data/vite-plugin';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact(), cptDataPlugin()],
    build: { sourcemap: false, minify: process.env.CPT_LENS_NO_MINIFY ? false : undefined },
    // The CMS import worker lazy-loads its XLSX reader, which needs ES module output.
    worker: { format: 'es' as const },
  }),
  manifest: ({ browser, manifestVersion }) => ({
    name: 'CPT Lens',
    description: 'Finds CPT codes on billing pages and explains them offline: add-on status, bundling, modifiers, documentation.',
    // The card UI is injected on first hover (see components/overlay/card-loader.ts).
    permissions: ['storage', ...(manifestVersion === 3 ? ['scripting'] : [])],
    host_permissions: ['<all_urls>'],
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
