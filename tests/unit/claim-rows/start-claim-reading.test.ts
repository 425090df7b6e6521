/**
 * Reading the claim as a feature: codes outside the dataset become lines where a claim holds
 * them, are marked only once the tab's imports know them, and a misleading "Code" column of
 * thousands of numbers stays cheap (nothing read at scan time, lines capped, work in slices).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createClaimReader } from '../../../components/claim-rows/claim-reader';
import type { ClaimReader } from '../../../components/claim-rows/claim-reader-api';
import { MAX_CLAIM_OWNERS, MAX_OTHER_LINES, startClaimReading } from '../../../components/claim-rows/start-claim-reading';
import { hasOtherCode } from '../../../components/detection/code-shapes';
import { createCodeFinder, type CodeMatch } from '../../../components/detection/find-codes';
import { matchesInNode } from '../../../components/detection/node-matches';
import { SeenCodes } from '../../../components/page-checks/seen-codes';

const DATASET = new Set(['50706', '50431', '74360', '76496']);
const isDataset = (c: string) => DATASET.has(c);
const find = createCodeFinder([...DATASET, '50432']);

let abort: AbortController;
let seen: SeenCodes;
let marks: Map<Text, string[]>;
let loads: number;
let placed: number;

function start() {
  const real = createClaimReader();
  // Counts what the reader is asked, so the tests see when the work happens.
  const reader: ClaimReader = { ...real, claimCodes: (owner, ds) => (placed++, real.claimCodes(owner, ds)) };
  return startClaimReading(
    {
      seen,
      isDataset,
      mark: (node, matches) => marks.set(node, matches.map((m) => m.code)),
      loadReader: async () => (loads++, reader),
    },
    abort.signal,
  );
}

/** What the scanner and the sink do for each text node of the page. */
function scan(claims: ReturnType<typeof start>) {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const has = hasOtherCode(n.data, isDataset);
    if (has) claims.otherCodes(n, true);
    const matches: CodeMatch[] = claims.scanned(n, matchesInNode(n, find));
    if (matches.length) {
      seen.update(n, matches);
      marks.set(n, matches.filter(claims.shows).map((m) => m.code));
    }
  }
}

const markedCodes = () => [...marks.values()].flat().sort();

async function allLines(claims: ReturnType<typeof start>) {
  for (;;) {
    const frame = await claims.readLines(5);
    if (!frame.more) return frame;
  }
}

beforeEach(() => {
  abort = new AbortController();
  seen = new SeenCodes();
  marks = new Map();
  loads = 0;
  placed = 0;
});
afterEach(() => abort.abort());

const CLAIM = `<p>DOS: 11/03/2026</p><table><thead><tr><th>CPT</th><th>Mod</th><th>Units</th><th>ZIP</th></tr></thead><tbody>
  <tr><td>29881</td><td>RT</td><td>1</td><td>20610</td></tr>
  <tr><td>J1100</td><td></td><td>2</td><td>50309</td></tr>
  <tr><td>50431</td><td>LT</td><td>1</td><td>29881</td></tr></tbody></table>
  <p>Clinic moved to ZIP 12002; call 0042T? No: CPT 0042T was added.</p>`;

describe('codes outside the dataset', () => {
  it('sends a line for every claim code, dataset or not, with its row and the claim’s DOS', async () => {
    document.body.innerHTML = CLAIM;
    const claims = start();
    scan(claims);
    const { lines } = await allLines(claims);
    expect(lines.map((l) => `${l.code}${l.modifiers.map((m) => `-${m}`).join('')} x${l.units} ${l.dateOfService}`).sort()).toEqual([
      '0042T xnull undefined',
      '29881-RT x1 2026-11-03',
      '50431-LT x1 2026-11-03',
      'J1100 x2 2026-11-03',
    ]);
  });

  it('marks none of them until the imports know them, then exactly those, and unmarks what they forget', async () => {
    document.body.innerHTML = CLAIM;
    const claims = start();
    scan(claims);
    await allLines(claims);
    expect(markedCodes()).toEqual(['50431']);
    claims.setKnown(['29881', '0042T', '12002']);
    // 12002 is only a ZIP in free text, and the ZIP column's 29881 is no code: neither is marked.
    expect(markedCodes()).toEqual(['0042T', '29881', '50431']);
    claims.setKnown(undefined);
    expect(markedCodes()).toEqual(['50431']);
  });

  it('never loads the reader for a page whose only shapes are in free text', async () => {
    document.body.innerHTML = '<p>Waterloo, IA 50702 · Ref 12002 · 3074 items</p>';
    const claims = start();
    scan(claims);
    expect((await claims.readLines(5)).lines).toEqual([]);
    expect(loads).toBe(0);
  });
});

describe('a line form’s code field', () => {
  it('gets the indicator for a code outside the dataset once placed and known, until its value changes', async () => {
    document.body.innerHTML = '<form><label for="c">CPT</label><input id="c" value="29881"><label for="u">Units</label><input id="u" value="2"></form>';
    const field = document.getElementById('c') as HTMLInputElement;
    const claims = start();
    const read = () => {
      claims.fieldRead(field);
      const matches = claims.scanned(field, find(field.value));
      if (matches.length) seen.update(field, matches);
    };
    read();
    const { lines } = await allLines(claims);
    expect(lines).toEqual([{ code: '29881', modifiers: [], units: 2 }]);
    expect(claims.markedIn(field)).toEqual([]);
    claims.setKnown(['29881']);
    // Focusing the field reads it again: same value, same placement.
    read();
    expect(claims.markedIn(field).map((m) => m.code)).toEqual(['29881']);
    field.value = '20610';
    read();
    expect(claims.markedIn(field)).toEqual([]);
  });
});

describe('a misleading "Code" column of thousands of numbers', () => {
  const ROWS = 1200;
  beforeEach(() => {
    let rows = '';
    for (let i = 0; i < ROWS; i++) rows += `<tr><td>${10000 + i * 7}</td><td>Widget ${i}</td><td>${i % 9}</td></tr>`;
    document.body.innerHTML = `<table><thead><tr><th>Code</th><th>Item</th><th>Qty</th></tr></thead><tbody>${rows}</tbody></table>`;
  });

  it('reads nothing at scan time, places each number at most once and only the first ones, in slices, and caps the lines sent', async () => {
    const claims = start();
    scan(claims);
    expect(loads).toBe(0);
    expect(placed).toBe(0);
    let calls = 0;
    let frame;
    do {
      frame = await claims.readLines(5);
      calls++;
    } while (frame.more);
    expect(ROWS).toBeGreaterThan(MAX_CLAIM_OWNERS);
    expect(placed).toBe(MAX_CLAIM_OWNERS);
    expect(frame.lines).toHaveLength(MAX_OTHER_LINES);
    // A later check with nothing changed places nothing again.
    await claims.readLines(5);
    expect(placed).toBe(MAX_CLAIM_OWNERS);
    // Nothing is marked without an import that knows the numbers.
    expect(markedCodes()).toEqual([]);
    expect(calls).toBeGreaterThanOrEqual(1);
  });

  it('gives up its slice when the budget runs out', async () => {
    const claims = start();
    scan(claims);
    const now = vi.spyOn(performance, 'now');
    let t = 0;
    now.mockImplementation(() => (t += 1));
    const first = await claims.readLines(5);
    now.mockRestore();
    expect(first.more).toBe(true);
    expect(placed).toBeLessThan(ROWS);
  });
});
