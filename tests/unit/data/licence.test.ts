/**
 * No AMA descriptor text and no sentences from the reference pages may ship. The phrases
 * below are distinctive pieces of the official descriptors; a product file containing any of
 * them fails. Seed sentences are caught by looking for any 8-word run shared with a seed.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DESCRIPTOR_PHRASES = [
  'list separately in addition to code for primary procedure',
  'all associated radiological supervision and interpretation',
  'injection procedure for antegrade nephrostogram',
  'complete diagnostic procedure including imaging guidance',
  'balloon dilation, ureteral stricture',
  'intraluminal dilation of strictures and/or obstructions',
  'unlisted fluoroscopic procedure (eg, diagnostic, interventional)',
];

const PRODUCT_DIRS = ['data/codes', 'components', 'entrypoints'];
const SEEDS = join(process.cwd(), '..', 'shared', 'seeds');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const words = (text: string) => text.toLowerCase().replace(/[^a-z0-9&]+/g, ' ').trim().split(' ');
const normalise = (text: string) => words(text).join(' ');

function shingles(text: string, n: number): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i + n <= w.length; i++) out.add(w.slice(i, i + n).join(' '));
  return out;
}

const product = PRODUCT_DIRS.flatMap(files).map((path) => ({ path, text: readFileSync(path, 'utf8') }));

describe('licence', () => {
  it.each(DESCRIPTOR_PHRASES)('ships no official descriptor phrase: "%s"', (phrase) => {
    const hits = product.filter((f) => normalise(f.text).includes(normalise(phrase))).map((f) => f.path);
    expect(hits).toEqual([]);
  });

  it.skipIf(!safeExists(SEEDS))('shares no 8-word run with the reference pages', () => {
    const seedRuns = new Set(readdirSync(SEEDS).flatMap((f) => [...shingles(readFileSync(join(SEEDS, f), 'utf8'), 8)]));
    const copied = product
      .filter((f) => f.path.startsWith('data/codes'))
      .flatMap((f) => [...shingles(f.text, 8)].filter((s) => seedRuns.has(s)).map((s) => `${f.path}: ${s}`));
    expect(copied).toEqual([]);
  });
});

function safeExists(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
