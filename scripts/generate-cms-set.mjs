// Generates a realistic-size set of synthetic NCCI files in CMS's layout for the benchmark:
// about 1.7 million active practitioner PTP rows (plus deleted ones, as in the real files) in
// four zipped parts, an MUE table, an add-on code file, and an RVU zip with the MPFS relative
// value file (~17,000 rows: a global row per code, 26 and TC rows for the split ones). Output goes to .output/cms-bench/
// (or the folder given as the first argument); never committed. The edits are random, not CMS's.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { aocText, cmsZip, mueCsv, ptpText } from './cms-layout.mjs';
import { mpfsCsv } from './mpfs-layout.mjs';

/** The RVU zip's name in the bench folder (the bench imports it again on its own to time it). */
export const MPFS_ZIP = 'RVU26A.zip';

export const BENCH_DIR = resolve('.output/cms-bench');
const ACTIVE_TARGET = 1_700_000;

/** Deterministic PRNG (mulberry32) so every run measures the same files. @param {number} seed */
function rng(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** @param {string} [dir] */
export function generateCmsSet(dir = BENCH_DIR) {
  mkdirSync(dir, { recursive: true });
  const rand = rng(20260401);
  /** @type {Set<string>} */
  const universe = new Set();
  while (universe.size < 16_000) universe.add(String(10004 + Math.floor(rand() * 89_000)).padStart(5, '0'));
  for (let i = 0; universe.size < 17_500; i++) universe.add(`${'AGJ'[i % 3]}${String(1000 + Math.floor(rand() * 8999))}`);
  const codes = [...universe].sort();
  /** @param {string[]} a @returns {string} */
  const pick = (a) => /** @type {string} */ (a[Math.floor(rand() * a.length)]);
  const column1 = codes.filter(() => rand() < 0.78);
  const rationales = ['Misuse of column two code with column one code', 'Standards of medical / surgical practice', 'Mutually exclusive procedures', 'CPT Manual or CMS manual coding instruction', 'HCPCS/CPT procedure code definition'];
  /** @type {string[][]} */
  const parts = [[], [], [], []];
  let active = 0;
  let total = 0;
  // The skew below averages 1.335× perCode partners, of which 85% stay active and 98% are not indicator 9.
  const perCode = ACTIVE_TARGET / column1.length / (1.335 * 0.85 * 0.98);
  column1.forEach((c1, n) => {
    // Skewed partner counts: most codes have a few dozen, some have thousands.
    const k = Math.max(1, Math.round(perCode * (rand() < 0.1 ? 5 + rand() * 5 : 0.2 + rand() * 0.9)));
    /** @type {Set<string>} */
    const picked = new Set();
    while (picked.size < Math.min(k, codes.length - 1)) {
      const c2 = pick(codes);
      if (c2 !== c1) picked.add(c2);
    }
    const part = /** @type {string[]} */ (parts[Math.min(3, Math.floor((n / column1.length) * 4))]);
    for (const c2 of [...picked].sort()) {
      const deleted = rand() < 0.15;
      const year = 1996 + Math.floor(rand() * 30);
      const ind = rand() < 0.02 ? '9' : rand() < 0.3 ? '0' : '1';
      part.push([c1, c2, year === 1996 ? '*' : '', `${year}0101`, deleted ? `${year + 1 + Math.floor(rand() * 3)}0101` : '*', ind, pick(rationales)].join('\t'));
      if (!deleted && ind !== '9') active++;
      total++;
    }
  });
  /** @type {string[]} */
  const files = [];
  parts.forEach((lines, i) => {
    const name = `ccipra-v321r0-f${i + 1}`;
    const text = ptpText([]).replace(/\r\n$/, '') + lines.join('\r\n') + '\r\n';
    const zip = join(dir, `medicare-ncci-2026q2-practitioner-ptp-edits-${name}.zip`);
    writeFileSync(zip, cmsZip([[`${name}.txt`, text]], 1));
    files.push(zip);
  });
  const mai = ['1 Line Edit', '2 Date of Service Edit: Policy', '3 Date of Service Edit: Clinical'];
  const mue = codes.map((c) => [c, String(1 + Math.floor(rand() * 12)), pick(mai), 'Clinical: Data']);
  const mueZip = join(dir, 'medicare-ncci-2026-q2-practitioner-services-mue-table.zip');
  writeFileSync(mueZip, cmsZip([['MCR_MUE_PractitionerServices_Eff_04-01-2026.csv', mueCsv(mue, 'Practitioner')]]));
  files.push(mueZip);
  /** @type {string[][]} */
  const aoc = [];
  for (let i = 0; i < 700; i++) {
    const addon = pick(codes);
    const n = 1 + Math.floor(rand() * 6);
    for (let j = 0; j < n; j++) aoc.push(['1', addon, '', pick(codes), '', '2015001', '', '']);
  }
  const aocZip = join(dir, 'medicare-ncci-2026q2-add-on-code-edits.zip');
  writeFileSync(aocZip, cmsZip([['AOC_V2026Q2-MCR.txt', aocText(aoc)]]));
  files.push(aocZip);
  const mpfsZip = join(dir, MPFS_ZIP);
  const mpfs = mpfsRows(codes, rand);
  const csv = mpfsCsv(mpfs);
  // Both copies, as CMS ships them from 2026: the importer reads the first.
  writeFileSync(mpfsZip, cmsZip([['PPRRVU2026_Jan_nonQPP.csv', csv], ['PPRRVU2026_Jan_QPP.csv', csv]]));
  files.push(mpfsZip);
  // 30 codes with edits among them for the pair-check timing, then 10 more for incremental checks.
  const p0 = /** @type {string[]} */ (parts[0]);
  const first = /** @type {string} */ (p0[0]?.split('\t')[0]);
  const claim = [first, ...p0.filter((l) => l.startsWith(first)).slice(0, 39).map((l) => l.split('\t')[1])];
  writeFileSync(join(dir, 'claim-codes.json'), JSON.stringify(claim));
  return { files, active, total, claim, mpfsRows: mpfs.length };
}

/** A global row for the first 15,000 codes; every fifteenth is a split test with 26 and TC rows too. @param {string[]} codes @param {() => number} rand */
function mpfsRows(codes, rand) {
  /** @type {import('./mpfs-layout.mjs').MpfsRow[]} */
  const rows = [];
  const pick = (/** @type {string | string[]} */ s) => /** @type {string} */ (s[Math.floor(rand() * s.length)]);
  codes.slice(0, 15_000).forEach((code, i) => {
    const split = i % 15 === 0;
    const base = { code, status: pick('AAAAAAACRBIX'), work: (rand() * 20).toFixed(2), pctc: split ? '1' : pick('0000029'), glob: split ? 'XXX' : pick(['000', '010', '090', 'XXX', 'ZZZ', 'YYY']), mult: pick('0229'), bilat: pick('01239'), asst: pick('0129'), co: pick('0129'), team: pick('0129') };
    rows.push(base);
    if (split) rows.push({ ...base, mod: '26' }, { ...base, mod: 'TC', work: '0.00' });
  });
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const t = Date.now();
  const { files, active, total, mpfsRows: n } = generateCmsSet(process.argv[2] ? resolve(process.argv[2]) : undefined);
  console.log(`${total.toLocaleString('en-US')} PTP rows (${active.toLocaleString('en-US')} active) and ${n.toLocaleString('en-US')} MPFS rows in ${files.length} zips, ${((Date.now() - t) / 1000).toFixed(1)} s → ${files[0]}`);
}
