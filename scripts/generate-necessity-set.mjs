// Generates a realistic-size medical-necessity set for `npm run bench:cms`, into
// .output/necessity-bench/ (or the folder given as the first argument); never committed:
//   - the CDC's two ICD-10-CM zips: ~74,000 billable codes (order file + code-description file)
//     and the tabular XML with Excludes1 on a few thousand codes (plus an index XML it skips);
//   - the MCD "current article" download: ~2,000 billing articles, ~300,000 covered ICD-10-CM
//     rows, ~150,000 HCPCS rows, a dozen contractors;
//   - necessity-claim.json: a 30-line claim (the CMS bench's claim codes) with 12 diagnoses that
//     the chosen contractor's articles cover in part, for the check timing.
// Code shapes follow ICD-10-CM; every title, article and contractor is invented.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { codesText, indexXml, orderText, tabularXml } from './icd-layout.mjs';
import { McdTables } from './mcd-layout.mjs';

export const NECESSITY_DIR = resolve('.output/necessity-bench');
export const ICD_ZIPS = ['icd10cm-Code Descriptions-2027.zip', 'icd10cm-table-index-2027.zip'];
export const MCD_ZIP = 'current_article.zip';
export const NECESSITY_CLAIM = 'necessity-claim.json';
/** FY 2027 (the files' year): the claim's lines are dated inside it, so no fiscal-year note. */
const DOS = '2026-11-04';
const UPDATED = '2026-11-20 08:12:44';

/** Deterministic PRNG (mulberry32, as generate-cms-set.mjs) so every run measures the same files. @param {number} seed */
function rng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = rng(20261001);
const int = (/** @type {number} */ n) => Math.floor(rand() * n);
const pick = (/** @type {readonly any[]} */ a) => a[int(a.length)];

const KIND = ['Invented disorder', 'Placeholder condition', 'Sample lesion', 'Example syndrome', 'Made-up injury', 'Test disease', 'Imaginary anomaly'];
const SITE = ['of site alpha', 'of site beta', 'of the example organ', 'of region gamma', 'of structure delta', 'of the sample limb', 'of part epsilon'];
const QUAL = ['', ', right', ', left', ', bilateral', ', unspecified', ', with sample complication', ', without complication', ', other specified type'];
const EXT = /** @type {Record<string, string>} */ ({ A: 'initial encounter', B: 'initial encounter, open', D: 'subsequent encounter', G: 'subsequent encounter, delayed', K: 'subsequent encounter, nonunion', P: 'subsequent encounter, malunion', S: 'sequela' });
const title = () => `${pick(KIND)} ${pick(SITE)}${pick(QUAL)}`;
/** "S72001A" → "S72.001A"; three characters stay as they are. */
const dotted = (/** @type {string} */ c) => (c.length > 3 ? `${c.slice(0, 3)}.${c.slice(3)}` : c);

/** ICD-10-CM-shaped codes in tabular order: categories grown into subcategories until ~74,000 are billable. */
function icdCodes(target = 74_000) {
  const cats = [...'ABCDEFGHIJKLMNOPQRSTVZ'].flatMap((l) => Array.from({ length: 100 }, (_, d) => `${l}${String(d).padStart(2, '0')}`));
  // A shuffled visiting order spreads the used categories over every chapter.
  for (let i = cats.length - 1; i > 0; i--) {
    const j = int(i + 1);
    [cats[i], cats[j]] = [/** @type {string} */ (cats[j]), /** @type {string} */ (cats[i])];
  }
  /** @type {import('./icd-layout.mjs').IcdCode[]} */
  const codes = [];
  const seventh = new Set();
  /** @type {string[]} */
  const used = [];
  let billable = 0;
  const add = (/** @type {string} */ code, /** @type {boolean} */ b, /** @type {string} */ t) => (codes.push({ code, billable: b, title: t }), b && billable++);
  // Injury chapters (S, T) need a 7th character: the leaf is a header, X pads it to 6, then A/D/S….
  const leaf = (/** @type {string} */ code, /** @type {string} */ t, /** @type {string} */ ext) => {
    if (!ext) return add(code, true, t);
    add(code, false, t);
    for (const ch of ext) add(code.padEnd(6, 'X') + ch, true, `${t}, ${EXT[ch]}`);
  };
  const grow = (/** @type {string} */ code, /** @type {string} */ ext) => {
    const t = title();
    if (rand() < /** @type {number} */ ([0.04, 0.45, 0.6, 1][code.length - 3])) return leaf(code, t, ext);
    add(code, false, t);
    const k = code.length === 3 ? 3 + int(7) : code.length === 4 ? 2 + int(6) : 2 + int(4);
    for (const ch of [...'012345678'.slice(0, k - 1), '9']) grow(code + ch, ext);
  };
  for (const cat of cats) {
    if (billable >= target) break;
    const ext = 'ST'.includes(cat[0] ?? '') ? (rand() < 0.3 ? 'ABDGKPS' : 'ADS') : '';
    if (ext) seventh.add(cat);
    used.push(cat);
    grow(cat, ext);
  }
  codes.sort((a, b) => (a.code < b.code ? -1 : 1));
  return { codes, seventh, used };
}

/** Excludes1 notes on ~3,000 headers, each naming another category or a range of them. */
function addExcludes1(/** @type {import('./icd-layout.mjs').IcdCode[]} */ codes, /** @type {string[]} */ cats, n = 3_000) {
  const headers = codes.filter((c) => !c.billable && c.code.length <= 4);
  for (let i = 0; i < n; i++) {
    const c = pick(headers);
    const other = pick(cats);
    c.x1 = [...(c.x1 ?? []), rand() < 0.8 ? `${title().toLowerCase()} (${other}.-)` : `${title().toLowerCase()} (${other}-${other.slice(0, 1)}99)`];
  }
}

/** Splits `total` over `n` parts with a long tail (most small, a few very large), each ≥ 1. */
function skewed(/** @type {number} */ n, /** @type {number} */ total) {
  const w = Array.from({ length: n }, () => (rand() < 0.1 ? 4 + rand() * 6 : 0.1 + rand()));
  const sum = w.reduce((a, b) => a + b, 0);
  return w.map((x) => Math.max(1, Math.round((total * x) / sum)));
}

/** @param {string[]} claimCodes 30 HCPCS/CPT codes the chosen contractor's articles list */
function coverage(/** @type {import('./icd-layout.mjs').IcdCode[]} */ icd, claimCodes, { articles = 2_000, covered = 300_000, hcpcs = 150_000 } = {}) {
  const t = new McdTables();
  const dx = icd.filter((c) => c.billable).map((c) => dotted(c.code));
  const dxTitle = new Map(icd.map((c) => [dotted(c.code), c.title]));
  const universe = [...new Set([...claimCodes, ...Array.from({ length: 7_000 }, () => String(10004 + int(89_000))), ...Array.from({ length: 2_000 }, () => `${'ABEGJKLV'[int(8)]}${String(int(10_000)).padStart(4, '0')}`)])].sort();
  const STATES = ['AK', 'AL', 'AR', 'AZ', 'CA', 'CO', 'CT', 'DE', 'FL', 'GA', 'HI', 'IA', 'ID', 'IL', 'IN', 'KS', 'KY', 'LA', 'MA', 'MD', 'ME', 'MI', 'MN', 'MO', 'MS', 'MT', 'NC', 'ND', 'NE', 'NH', 'NJ', 'NM', 'NV', 'NY', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VA', 'VT', 'WA', 'WI', 'WV', 'WY'];
  STATES.forEach((s, i) => t.add('state_lookup.csv', [i + 1, s, `Invented state ${s}`]));
  t.add('contractor_type_lookup.csv', [1, 'A and B MAC']);
  t.add('contractor_type_lookup.csv', [2, 'DME MAC']);
  // Twelve MACs, each under 2–6 contractor numbers (one per state it serves, as the real table has).
  const macs = Array.from({ length: 12 }, (_, m) => {
    const type = m < 10 ? 1 : 2;
    const ids = Array.from({ length: 2 + int(5) }, (_, j) => {
      const id = 900 + m * 10 + j;
      const state = 1 + ((m * 5 + j) % STATES.length);
      t.add('contractor.csv', [id, type, 1, `Invented Jurisdiction ${m + 1} MAC, LLC`, String(10000 + m * 1000 + j * 11).padStart(5, '0'), '', `${m + 1} Example Way`, 'Exampleton', state, '00000', 'A', UPDATED]);
      t.add('contractor_jurisdiction.csv', [id, type, 1, state, UPDATED, '2020-01-01 00:00:00', '']);
      return id;
    });
    return { type, ids };
  });
  const hcpcCounts = skewed(articles, hcpcs);
  const coveredCounts = skewed(articles, covered);
  const description = `<p>${Array.from({ length: 30 }, () => `Invented guidance about ${title().toLowerCase()}.`).join(' ')}</p>`;
  // The first twelve articles belong to MAC 1 (the bench's choice) and list the claim's codes.
  const claimArticles = 12;
  for (let i = 0; i < articles; i++) {
    const id = 50001 + i;
    const v = 1 + int(5);
    const mac = /** @type {{ type: number, ids: number[] }} */ (i < claimArticles ? macs[0] : macs[int(macs.length)]);
    const eff = `20${24 + int(3)}-0${1 + int(9)}-01 00:00:00`;
    if (v > 1) t.add('article.csv', [id, v - 1, 1, `Billing and Coding: Invented Article ${id} (old version)`, '2023-01-01 00:00:00', '2023-02-01 00:00:00', '', description, 'A', UPDATED, `A${id}`]);
    t.add('article.csv', [id, v, 1, `Billing and Coding: Invented Article ${id}`, eff, eff, '', description, 'A', UPDATED, `A${id}`]);
    for (const c of mac.ids) t.add('article_x_contractor.csv', [id, v, 1, c, mac.type, 1, UPDATED]);
    t.add('article_x_urls.csv', [id, v, 1, `https://example.org/invented/${id}`]);
    // Services: a run of neighbouring codes (articles cover families of codes), plus the claim's.
    const n = /** @type {number} */ (hcpcCounts[i]);
    const start = int(Math.max(1, universe.length - n));
    const codes = new Set(universe.slice(start, start + n));
    if (i < claimArticles) claimCodes.forEach((c, j) => (j % claimArticles === i || (j % 3 === 0 && (j * 5 + 3) % claimArticles === i)) && codes.add(c));
    for (const c of codes) t.add('article_x_hcpc_code.csv', [id, v, c, 1, 1, 'N', UPDATED, '', '']);
    // Covered diagnoses: 1–4 groups, each a run of neighbouring codes; article 0's groups 1 and 2 pair up.
    const groups = 1 + int(4);
    const per = Math.max(1, Math.round(/** @type {number} */ (coveredCounts[i]) / groups));
    let sort = 1;
    for (let g = 1; g <= groups; g++) {
      const from = int(dx.length - per);
      dx.slice(from, from + per).forEach((code) => t.add('article_x_icd10_covered.csv', [id, v, code, 1, g, 'N', UPDATED, sort++, dxTitle.get(code) ?? '', rand() < 0.02 ? 'Y' : '']));
      const paired = (i === 0 || rand() < 0.15) && groups > 1;
      const para = paired && g === 1 ? 'Codes in this group must be billed with a secondary code from Group 2.' : paired && g === 2 ? 'Secondary codes, used with a primary code from Group 1.' : 'The diagnoses below support medical necessity for the services listed.';
      t.add('article_x_icd10_covered_group.csv', [id, v, g, `<p>Group ${g} Paragraph: ${para}</p>`, UPDATED, '']);
    }
    if (rand() < 0.2) {
      const from = int(dx.length - 40);
      dx.slice(from, from + 5 + int(35)).forEach((code, k) => t.add('article_x_icd10_noncovered.csv', [id, v, code, 1, 1, 'N', UPDATED, k + 1, dxTitle.get(code) ?? '']));
      t.add('article_x_icd10_noncovered_group.csv', [id, v, 1, '<p>Group 1 Paragraph: These diagnoses never support the services listed.</p>', UPDATED]);
    }
  }
  // Articles without codes (responses to comments): read and dropped, as in the real download.
  for (let i = 0; i < 600; i++) {
    const id = 58001 + i;
    t.add('article.csv', [id, 1, 3, `Response to Comments: Invented Article ${id}`, '2025-01-01 00:00:00', '2025-02-01 00:00:00', '', description, 'A', UPDATED, `A${id}`]);
    t.add('article_x_contractor.csv', [id, 1, 3, /** @type {number} */ (macs[0]?.ids[0]), 1, 1, UPDATED]);
  }
  t.add('update_period.csv', [1, '2026-11-16 00:00:00', '2026-11-22 00:00:00']);
  return { tables: t, contractorKey: `${macs[0]?.ids[0]}|1|1` };
}

/** The claim's 12 diagnoses: 8 the claim's articles cover, 2 others, a header code, and one whose category excludes the first's. */
function claimDiagnoses(/** @type {McdTables} */ t, /** @type {import('./icd-layout.mjs').IcdCode[]} */ icd) {
  const rows = /** @type {string[]} */ (t.lines['article_x_icd10_covered.csv']).slice(1).map((l) => l.split(','));
  /** @type {string[]} */
  const dx = [];
  for (let a = 0; a < 8; a++) dx.push(/** @type {string} */ (rows.find((r) => r[0] === String(50001 + a) && !dx.includes(String(r[2]).replace(/"/g, '')))?.[2]).replace(/"/g, ''));
  const billable = icd.filter((c) => c.billable);
  dx.push(dotted(pick(billable).code), dotted(pick(billable).code));
  const header = /** @type {import('./icd-layout.mjs').IcdCode} */ (icd.find((c) => !c.billable && c.code.length === 4));
  dx.push(dotted(header.code));
  const last = /** @type {import('./icd-layout.mjs').IcdCode} */ (billable.find((c) => c.code.slice(0, 3) !== dx[0]?.slice(0, 3) && c.code.length < 7));
  const cat = /** @type {import('./icd-layout.mjs').IcdCode} */ (icd.find((c) => c.code === last.code.slice(0, 3)));
  cat.x1 = [...(cat.x1 ?? []), `${title().toLowerCase()} (${dx[0]?.slice(0, 3)}.-)`];
  dx.push(dotted(last.code));
  return dx;
}

/** @param {string} [dir] @param {string[]} [claimCodes] */
export function generateNecessitySet(dir = NECESSITY_DIR, claimCodes) {
  mkdirSync(dir, { recursive: true });
  const cmsClaim = resolve('.output/cms-bench/claim-codes.json');
  const codes30 = (claimCodes ?? (existsSync(cmsClaim) ? JSON.parse(readFileSync(cmsClaim, 'utf8')) : Array.from({ length: 30 }, (_, i) => String(20000 + i * 7)))).slice(0, 30);
  const { codes, seventh, used } = icdCodes();
  addExcludes1(codes, used);
  const { tables, contractorKey } = coverage(codes, codes30);
  const diagnoses = claimDiagnoses(tables, codes);
  const mtime = new Date('2026-11-20T12:00:00Z');
  const entry = (/** @type {string} */ s) => /** @type {[Uint8Array, { mtime: Date }]} */ ([strToU8(s), { mtime }]);
  const folder = 'icd10cm-Code Descriptions-2027';
  writeFileSync(join(dir, /** @type {string} */ (ICD_ZIPS[0])), zipSync({
    [`${folder}/icd10cm_order_2027.txt`]: entry(orderText(codes)),
    [`${folder}/icd10cm_codes_2027.txt`]: entry(codesText(codes)),
    [`${folder}/icd10cm_order_addenda_2027.txt`]: entry('Add:    00001 A0000   1 Invented addenda line\r\n'),
  }));
  writeFileSync(join(dir, /** @type {string} */ (ICD_ZIPS[1])), zipSync({ 'icd10cm_tabular_2027.xml': entry(tabularXml(codes, '2027', seventh)), 'icd10cm_index_2027.xml': entry(indexXml(codes, '2027')) }));
  writeFileSync(join(dir, MCD_ZIP), tables.zip());
  const claim = { claimCodes: codes30, dateOfService: DOS, diagnoses, contractorKey };
  writeFileSync(join(dir, NECESSITY_CLAIM), JSON.stringify(claim, null, 1));
  const count = (/** @type {import('./mcd-layout.mjs').McdFile} */ f) => tables.count(f);
  return {
    claim,
    billable: codes.filter((c) => c.billable).length,
    codes: codes.length,
    excludes1: codes.filter((c) => c.x1).length,
    articles: new Set(tables.lines['article_x_hcpc_code.csv']?.slice(1).map((l) => l.split(',')[0])).size,
    covered: count('article_x_icd10_covered.csv'),
    hcpcs: count('article_x_hcpc_code.csv'),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const t = Date.now();
  const r = generateNecessitySet(process.argv[2] ? resolve(process.argv[2]) : undefined);
  const n = (/** @type {number} */ x) => x.toLocaleString('en-US');
  console.log(`ICD-10-CM: ${n(r.codes)} codes, ${n(r.billable)} billable, ${n(r.excludes1)} with Excludes1; MCD: ${n(r.articles)} billing articles, ${n(r.covered)} covered rows, ${n(r.hcpcs)} HCPCS rows; ${((Date.now() - t) / 1000).toFixed(1)} s`);
}
