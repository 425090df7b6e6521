#!/usr/bin/env node
/**
 * Writes tests/fixtures/licence/seed-fingerprint.json: the hashed 8-word shingles of the
 * reference pages in ../shared/seeds (present only in this workplace). The licence test reads
 * the fingerprint, so it runs on every clone. Run after the reference pages change:
 *   node scripts/licence-fingerprint.mjs [seeds-dir]
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SHINGLE_WORDS, hashShingle, shingles } from './shingles.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const FINGERPRINT = join(root, 'tests/fixtures/licence/seed-fingerprint.json');
export const DEFAULT_SEEDS = join(root, '..', 'shared', 'seeds');

/** @param {string} seedsDir */
export function fingerprint(seedsDir) {
  /** @type {Set<string>} */
  const hashes = new Set();
  const files = readdirSync(seedsDir).sort();
  for (const name of files) for (const s of shingles(readFileSync(join(seedsDir, name), 'utf8'))) hashes.add(hashShingle(s));
  return {
    about: 'Hashed 8-word shingles of the reference pages (no text). Regenerate: node scripts/licence-fingerprint.mjs',
    words: SHINGLE_WORDS,
    hash: 'sha256, first 16 hex digits',
    pages: files.length,
    shingles: [...hashes].sort(),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const seeds = resolve(process.argv[2] ?? DEFAULT_SEEDS);
  const fp = fingerprint(seeds);
  mkdirSync(dirname(FINGERPRINT), { recursive: true });
  writeFileSync(FINGERPRINT, `${JSON.stringify(fp, null, 1)}\n`);
  console.log(`${FINGERPRINT}: ${fp.shingles.length} shingles from ${fp.pages} pages`);
}
