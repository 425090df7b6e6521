/**
 * No AMA descriptor text and no sentences from the reference pages may ship. The phrases
 * below are distinctive pieces of the official descriptors; a product file containing any of
 * them fails. Seed sentences are caught by looking for any 8-word run shared with a seed,
 * through a committed fingerprint of the reference pages (hashed shingles, no text; see
 * scripts/licence-fingerprint.mjs), so the check runs on every clone.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEEDS, FINGERPRINT, fingerprint } from '../../../scripts/licence-fingerprint.mjs';
import { hashShingle, shingles, words } from '../../../scripts/shingles.mjs';

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

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const normalise = (text: string) => words(text).join(' ');
const seedPrint = JSON.parse(readFileSync(FINGERPRINT, 'utf8')) as { words: number; pages: number; shingles: string[] };
const seedRuns = new Set(seedPrint.shingles);
const copiedRuns = (text: string) => [...shingles(text)].filter((s) => seedRuns.has(hashShingle(s)));

const product = PRODUCT_DIRS.flatMap(files).map((path) => ({ path, text: readFileSync(path, 'utf8') }));

describe('licence', () => {
  it.each(DESCRIPTOR_PHRASES)('ships no official descriptor phrase: "%s"', (phrase) => {
    const hits = product.filter((f) => normalise(f.text).includes(normalise(phrase))).map((f) => f.path);
    expect(hits).toEqual([]);
  });

  it('shares no 8-word run with the reference pages', () => {
    const copied = product.flatMap((f) => copiedRuns(f.text).map((s) => `${f.path}: ${s}`));
    expect(copied).toEqual([]);
  });

  it('fingerprints every reference page, up to date where the pages are present', () => {
    // Thousands of runs from several pages: an empty or truncated fingerprint would pass anything.
    expect(seedPrint.words).toBe(8);
    expect(seedPrint.pages).toBeGreaterThanOrEqual(5);
    expect(seedRuns.size).toBeGreaterThan(2000);
    if (isDirectory(DEFAULT_SEEDS)) expect(fingerprint(DEFAULT_SEEDS).shingles).toEqual(seedPrint.shingles);
  });

  it('catches a run copied from a reference page, even reflowed and recased', () => {
    // The one page we may quote here: our own product text, fed back as a "seed".
    const ours = readFileSync('data/codes/50706.json', 'utf8');
    const run = [...shingles(JSON.parse(ours).description)][0]!;
    expect(run.split(' ')).toHaveLength(8);
    const reflowed = `Intro. ${run.toUpperCase().replaceAll(' ', '\n  ')}, more.`;
    expect([...shingles(reflowed)].map(hashShingle)).toContain(hashShingle(run));
  });
});

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
