/**
 * `node scripts/import-cycles.mjs`: lists import cycles among components/, data/ and
 * entrypoints/ (relative imports, type-only ones included), and any import of
 * components/claim/ that runs back up the layers (into the card, summary, overlay, page or tab
 * checks, background, or cms/ code beyond its types and pure tables). Prints nothing else.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** @type {string[]} */
const files = [];
/** @param {string} dir */
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (/\.tsx?$/.test(name)) files.push(resolve(path));
  }
};
['components', 'data', 'entrypoints'].forEach(walk);

/** @param {string} from @param {string} spec */
const target = (from, spec) => {
  const base = resolve(dirname(from), spec);
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((p) => existsSync(p) && statSync(p).isFile());
};
/** @param {string} f @returns {Array<{ to: string; typeOnly: boolean }>} */
const importsOf = (f) =>
  [...readFileSync(f, 'utf8').matchAll(/(?:import|export)\s[^'"]*?from\s+['"](\.[^'"]+)['"]/g)]
    .map((m) => ({ to: target(f, m[1] ?? '') ?? '', typeOnly: /^(?:import|export)\s+type\s/.test(m[0]) }))
    .filter((i) => i.to);
const imports = new Map(files.map((f) => [f, importsOf(f)]));
/** @param {string} p */
const rel = (p) => relative(process.cwd(), p);

/** @type {string[]} */
const cycles = [];
const done = new Set();
/** @type {string[]} */
const path = [];
/** @param {string} f */
const visit = (f) => {
  done.add(f);
  path.push(f);
  for (const { to } of imports.get(f) ?? []) {
    if (path.includes(to)) cycles.push([...path.slice(path.indexOf(to)), to].map(rel).join(' -> '));
    else if (!done.has(to)) visit(to);
  }
  path.pop();
};
files.forEach((f) => done.has(f) || visit(f));
for (const c of cycles) console.log(`cycle: ${c}`);

const UP = /components\/(card|summary|overlay|page-checks|tab-checks|background)\//;
const CMS_OK = /components\/cms\/(edit-dates|ncci-modifiers|fee-schedule-types)\.ts$/;
for (const f of files.filter((p) => p.includes('/components/claim/'))) {
  for (const { to, typeOnly } of imports.get(f) ?? []) {
    const r = rel(to);
    if (UP.test(r) || (r.includes('components/cms/') && !CMS_OK.test(r) && !typeOnly)) console.log(`claim/ reaches up: ${rel(f)} -> ${r}`);
  }
}
