import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { cptDataPlugin } from './data/vite-plugin';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact(), cptDataPlugin()],
    build: { sourcemap: false },
  }),
  manifest: ({ browser, manifestVersion }) => ({
    name: 'CPT Lens',
    description: 'Finds CPT codes on billing pages and explains them offline: add-on status, bundling, modifiers, documentation.',
    // The card UI is injected on first hover (see components/overlay/card-loader.ts).
    permissions: ['storage', ...(manifestVersion === 3 ? ['scripting'] : [])],
    host_permissions: ['<all_urls>'],
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+C' }, description: 'Open CPT Lens search' },
      ...(manifestVersion === 2 ? {} : {}),
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'cpt-lens@example.org',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
