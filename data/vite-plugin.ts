/**
 * Serves the validated dataset to the bundles as virtual modules, so a broken data file
 * fails `wxt build` (and vitest) with the file and field named, and so the content script
 * only ships the slim rule set while the card and popup get the prose.
 */
import type { Plugin } from 'vite';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildRules, buildSearchIndex } from './derive';
import { buildCodeLists } from './tracked-codes';
import { DEFAULT_DATA_DIR, loadDataset, loadVintage } from './load';
import type { Dataset } from './schema';

const MODULES = {
  'virtual:cpt-dataset': (d: Dataset) => d,
  'virtual:cpt-rules': (d: Dataset) => buildRules(d),
  'virtual:cpt-codes': (d: Dataset) => buildCodeLists(buildRules(d)),
  'virtual:cpt-search-index': (d: Dataset) => buildSearchIndex(d).toJSON(),
  'virtual:cpt-vintage': () => loadVintage(),
} as const;
type VirtualId = keyof typeof MODULES;

export function cptDataPlugin(dirs: readonly string[] = [DEFAULT_DATA_DIR]): Plugin {
  let cached: Dataset | undefined;
  const dataset = () => (cached ??= loadDataset(dirs));
  return {
    name: 'cpt-data',
    buildStart() {
      cached = undefined;
      dataset();
      for (const dir of dirs) {
        for (const name of readdirSync(dir)) this.addWatchFile(join(dir, name));
      }
    },
    resolveId(id) {
      return id in MODULES ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith('\0virtual:cpt-')) return undefined;
      const make = MODULES[id.slice(1) as VirtualId];
      return make ? `export default ${JSON.stringify(make(dataset()))};` : undefined;
    },
  };
}
