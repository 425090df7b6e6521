/**
 * 8-word shingles, the unit of "copied a sentence": shared by the licence test and the script
 * that fingerprints the reference pages, so both cut text into words the same way. Hashed,
 * a shingle cannot be read back: the fingerprint carries no text of the pages (some carry AMA
 * descriptor text that must not enter the repository).
 */
import { createHash } from 'node:crypto';

export const SHINGLE_WORDS = 8;

/** @param {string} text */
export const words = (text) => text.toLowerCase().replace(/[^a-z0-9&]+/g, ' ').trim().split(' ').filter(Boolean);

/** @param {string} text @returns {Set<string>} */
export function shingles(text, n = SHINGLE_WORDS) {
  const w = words(text);
  /** @type {Set<string>} */
  const out = new Set();
  for (let i = 0; i + n <= w.length; i++) out.add(w.slice(i, i + n).join(' '));
  return out;
}

/** 64 bits of SHA-256: collisions are negligible at a few thousand shingles. */
/** @param {string} shingle */
export const hashShingle = (shingle) => createHash('sha256').update(shingle).digest('hex').slice(0, 16);
