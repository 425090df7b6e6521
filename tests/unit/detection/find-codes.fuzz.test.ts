/**
 * Property-based: on arbitrary strings, and on billing-like strings built from codes,
 * modifiers, units, labels and noise, findCodes never throws, its matches stay inside the
 * string in order without overlapping, each sits on its code's digits, and every code found
 * is one it was asked to find.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCodeFinder, createPrefilter } from '../../../components/detection/find-codes';
import { KNOWN_CODES, TRACKED_CODES } from '../../../data/rules';

const find = createCodeFinder(TRACKED_CODES);
const prefilter = createPrefilter(TRACKED_CODES);
const tracked = new Set(TRACKED_CODES);

function checkMatches(text: string): void {
  const matches = find(text);
  let previousEnd = 0;
  for (const m of matches) {
    expect(tracked.has(m.code), m.code).toBe(true);
    expect(m.start).toBeGreaterThanOrEqual(previousEnd);
    expect(m.codeEnd).toBe(m.start + 5);
    expect(m.end).toBeGreaterThanOrEqual(m.codeEnd);
    expect(m.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(m.start, m.codeEnd)).toBe(m.code);
    if (m.units !== null) expect(Number.isInteger(m.units) && m.units > 0).toBe(true);
    previousEnd = m.end;
  }
  // The prefilter may skip a text only when it holds no code.
  if (!prefilter(text)) expect(matches).toEqual([]);
}

/** Pieces billing screens are made of, so the generator reaches the context rules. */
const piece = fc.oneof(
  fc.constantFrom(...KNOWN_CODES, ...TRACKED_CODES.slice(0, 20)),
  fc.constantFrom('-26', '-59', '–26', ' 26', ' mod 50', ' x2', ' x 1 unit', ' (2 units)', '×3', '-', '#', 'CPT ', 'IA ', 'MRN: ', 'Invoice ', ' Main St', '$', '.00', ',', '\n', '\t', '\u00a0', ' '),
  fc.string({ maxLength: 6 }),
  fc.integer({ min: 0, max: 999_999 }).map(String),
);

describe('findCodes on generated text', () => {
  it('holds its invariants on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200, unit: 'grapheme' }), (text) => checkMatches(text)), { numRuns: 2000 });
  });

  it('holds its invariants on billing-like strings', () => {
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }).map((p) => p.join('')), (text) => checkMatches(text)), {
      numRuns: 3000,
      // Found by this property before: a unit count of 0.
      examples: [['50431\nX0'], ['50706 x 0 units']],
    });
  });

  it('finds a known code standing alone between separators', () => {
    fc.assert(
      fc.property(fc.constantFrom(...KNOWN_CODES), fc.constantFrom(' ', '\n', '\t', ' | ', '; '), (code, sep) => {
        expect(find(`Line${sep}${code}${sep}done`).map((m) => m.code)).toEqual([code]);
      }),
    );
  });
});
