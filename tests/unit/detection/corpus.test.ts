import { describe, expect, it } from 'vitest';
import { createClaimReader } from '../../../components/claim-rows/claim-reader';
import { lineOf } from '../../../components/claim-rows/line-of';
import { createCodeFinder, type CodeMatch } from '../../../components/detection/find-codes';
import { matchesInNode } from '../../../components/detection/node-matches';
import { CLAIM_CORPUS, KNOWN, type ClaimCase } from './claim-corpus';
import { CORPUS, type CorpusCase } from './corpus';

const DATASET = ['50706', '50431', '74360', '76496'];
const find = createCodeFinder(DATASET);
const reader = createClaimReader();
const known = new Set(KNOWN);
const isDataset = (c: string) => DATASET.includes(c);

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

const same = (m: Expected, e: Expected): boolean =>
  m.code === e.code &&
  m.units === e.units &&
  m.modifiers.length === e.modifiers.length &&
  m.modifiers.every((x, i) => x === e.modifiers[i]);

/**
 * What a claim-table case marks with the files loaded, as claim lines: dataset codes the scan
 * finds, plus claim codes by place (the claim reader) that the imports know.
 */
function markedLines(c: ClaimCase): Expected[] {
  document.body.innerHTML = c.html;
  const out: Expected[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const row = reader.readLine(n);
    if (row?.column === 'excluded') continue;
    const matches = [...matchesInNode(n, find), ...reader.claimCodes(n, isDataset).filter((m) => known.has(m.code))];
    for (const m of matches) out.push(lineOf(m, row));
  }
  return out;
}

/** A detection is a true positive when an unused expectation has the same code, modifiers and units. */
function score(c: CorpusCase | ClaimCase): { tp: number; fp: number; fn: number; found: Expected[] } {
  const expected = c.expect.map(normalise);
  const used = new Array<boolean>(expected.length).fill(false);
  const found = 'html' in c ? markedLines(c) : find(c.text);
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

const describeMatch = (m: Expected): string =>
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
    // The same for the claim screens: marking every known shape wherever it stands must score badly.
    let shapeFound = 0;
    let claimMeant = 0;
    for (const c of CLAIM_CORPUS) {
      document.body.innerHTML = c.html;
      shapeFound += KNOWN.filter((k) => document.body.textContent!.includes(k)).length;
      claimMeant += c.expect.length;
    }
    expect(Math.min(claimMeant, shapeFound) / shapeFound).toBeLessThan(0.8);
    const texts = new Set(CORPUS.map((c) => c.text));
    expect(texts.size).toBe(CORPUS.length);
    for (const c of CORPUS) {
      if (c.kind === 'decoy') expect(c.expect, c.text).toEqual([]);
      if (c.kind === 'ambiguous') expect(c.note, c.text).toBeTruthy();
    }
  });

  it('reaches precision and recall of at least 0.99, claim tables with the files loaded included', () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const c of [...CORPUS, ...CLAIM_CORPUS]) {
      const s = score(c);
      tp += s.tp;
      fp += s.fp;
      fn += s.fn;
    }
    const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
    console.log(
      `corpus: ${CORPUS.length} snippets + ${CLAIM_CORPUS.length} claim screens, precision ${precision.toFixed(4)}, recall ${recall.toFixed(4)}` +
        ` (tp ${tp}, fp ${fp}, fn ${fn})`,
    );
    expect(precision).toBeGreaterThanOrEqual(0.99);
    expect(recall).toBeGreaterThanOrEqual(0.99);
  });

  it.each([...CORPUS.map((c) => [c.kind, c.text, c] as const), ...CLAIM_CORPUS.map((c) => [c.kind, c.note ?? c.html, c] as const)])('%s: %j', (_kind, _text, c) => {
    const { fp, fn, found } = score(c);
    const got = found.map(describeMatch);
    const want = c.expect.map(normalise).map(describeMatch);
    expect({ fp, fn, got }, c.note ?? '').toEqual({ fp: 0, fn: 0, got: want });
  });
});
