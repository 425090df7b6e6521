import { describe, expect, it } from 'vitest';
import { createCodeFinder, type CodeMatch } from '../../../components/detection/find-codes';
import { CORPUS, type CorpusCase } from './corpus';

const find = createCodeFinder(['50706', '50431', '74360', '76496']);

interface Expected {
  code: string;
  modifiers: string[];
  units: number | null;
}

const normalise = (e: CorpusCase['expect'][number]): Expected => ({
  code: e.code,
  modifiers: e.modifiers ?? [],
  units: e.units ?? null,
});

const same = (m: CodeMatch, e: Expected): boolean =>
  m.code === e.code &&
  m.units === e.units &&
  m.modifiers.length === e.modifiers.length &&
  m.modifiers.every((x, i) => x === e.modifiers[i]);

/** A detection is a true positive when an unused expectation has the same code, modifiers and units. */
function score(c: CorpusCase): { tp: number; fp: number; fn: number; found: CodeMatch[] } {
  const expected = c.expect.map(normalise);
  const used = new Array<boolean>(expected.length).fill(false);
  const found = find(c.text);
  let tp = 0;
  let fp = 0;
  for (const m of found) {
    const i = expected.findIndex((e, j) => !used[j] && same(m, e));
    if (i >= 0) {
      used[i] = true;
      tp++;
    } else {
      fp++;
    }
  }
  return { tp, fp, fn: used.filter((u) => !u).length, found };
}

const describeMatch = (m: CodeMatch | Expected): string =>
  `${m.code}${m.modifiers.map((x) => `-${x}`).join('')}${m.units === null ? '' : ` x${m.units}`}`;

describe('detection corpus', () => {
  it('is hard enough that its precision figure means something', () => {
    // A bare five-digit match (no context rules) must score badly here: if the decoys stop
    // holding our codes in ZIP, ID, amount and address positions, precision 1.00 proves nothing.
    const bare = (text: string) => [...text.matchAll(/(?<![\d.,$])(50706|50431|74360|76496)(?![\d.,])/g)].length;
    let bareFound = 0;
    let meant = 0;
    for (const c of CORPUS) {
      bareFound += bare(c.text);
      meant += c.expect.length;
    }
    const barePrecision = Math.min(meant, bareFound) / bareFound;
    expect(barePrecision).toBeLessThan(0.8);
    const texts = new Set(CORPUS.map((c) => c.text));
    expect(texts.size).toBe(CORPUS.length);
    for (const c of CORPUS) {
      if (c.kind === 'decoy') expect(c.expect, c.text).toEqual([]);
      if (c.kind === 'ambiguous') expect(c.note, c.text).toBeTruthy();
    }
  });

  it('reaches precision and recall of at least 0.99', () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const c of CORPUS) {
      const s = score(c);
      tp += s.tp;
      fp += s.fp;
      fn += s.fn;
    }
    const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
    console.log(
      `corpus: ${CORPUS.length} snippets, precision ${precision.toFixed(4)}, recall ${recall.toFixed(4)}` +
        ` (tp ${tp}, fp ${fp}, fn ${fn})`,
    );
    expect(precision).toBeGreaterThanOrEqual(0.99);
    expect(recall).toBeGreaterThanOrEqual(0.99);
  });

  it.each(CORPUS.map((c) => [c.kind, c.text, c] as const))('%s: %j', (_kind, _text, c) => {
    const { fp, fn, found } = score(c);
    const got = found.map(describeMatch);
    const want = c.expect.map(normalise).map(describeMatch);
    expect({ fp, fn, got }, c.note ?? '').toEqual({ fp: 0, fn: 0, got: want });
  });
});
