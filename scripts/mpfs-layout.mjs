// Writes synthetic MPFS relative value files (PPRRVU) in the layout CMS publishes its CSV in
// (see components/cms/parse-mpfs-row.ts): title and notice lines, a two-line header, one row per
// code and modifier. Also the space-aligned flat copy of the add-on code file. Used by the test
// fixtures (scripts/make-cms-fixtures.mjs) and the benchmark set (scripts/generate-cms-set.mjs).
// Values are invented and descriptors are placeholder words ("TEST PROCEDURE"), never CMS's or the AMA's.
import { AOC_HEADER, xlsx } from './cms-layout.mjs';

const CRLF = '\r\n';
/** Each column's two header lines, in CMS's order. */
export const MPFS_COLUMNS = [
  ['', 'HCPCS'], ['', 'MOD'], ['', 'DESCRIPTION'], ['STATUS', 'CODE'], ['NOT USED FOR MEDICARE', 'PAYMENT'], ['WORK', 'RVU'],
  ['NON-FAC', 'PE RVU'], ['NON-FAC', 'NA INDICATOR'], ['FACILITY', 'PE RVU'], ['FACILITY', 'NA INDICATOR'], ['MP', 'RVU'],
  ['NON-FACILITY', 'TOTAL'], ['FACILITY', 'TOTAL'], ['PCTC', 'IND'], ['GLOB', 'DAYS'], ['PRE', 'OP'], ['INTRA', 'OP'], ['POST', 'OP'],
  ['MULT', 'PROC'], ['BILAT', 'SURG'], ['ASST', 'SURG'], ['CO-', 'SURG'], ['TEAM', 'SURG'], ['ENDO', 'BASE'], ['CONV', 'FACTOR'],
  ['PHYSICIAN SUPERVISION OF', 'DIAGNOSTIC PROCEDURES'], ['CALCULATION', 'FLAG'], ['DIAGNOSTIC IMAGING', 'FAMILY INDICATOR'],
  ['NON-FACILITY PE USED FOR OPPS', 'PAYMENT AMOUNT'], ['FACILITY PE USED FOR OPPS', 'PAYMENT AMOUNT'], ['MP USED FOR OPPS', 'PAYMENT AMOUNT'],
];

/**
 * @typedef {{ code: string, mod?: string, desc?: string, status: string, work: string, pctc: string, glob: string,
 *   mult: string, bilat: string, asst: string, co: string, team: string }} MpfsRow
 */

/** One row's 31 cells. @param {MpfsRow} r @returns {string[]} */
export function mpfsCells(r) {
  const pe = (Number(r.work || 0) * 0.9).toFixed(2);
  return [r.code, r.mod ?? '', r.desc ?? 'TEST PROCEDURE', r.status, '', r.work, pe, '', pe, '', '0.10', pe, pe, r.pctc, r.glob, '0.00', '0.00', '0.00',
    r.mult, r.bilat, r.asst, r.co, r.team, '', '33.4009', '09', '', '99', '0.00', '0.00', '0.00'];
}

const cell = (/** @type {string} */ v) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const line = (/** @type {string[]} */ cells) => cells.map(cell).join(',');
const pad = (/** @type {string} */ text) => line([text, ...Array(MPFS_COLUMNS.length - 1).fill('')]);

/** The title and notice lines; `year`/`month` go into the title as CMS words it. @param {number} year @param {string} month */
export function mpfsPreamble(year, month) {
  return [
    `${year} National Physician Fee Schedule Relative Value File ${month} Release`,
    `CPT codes and descriptions only are copyright ${year - 1} American Medical Association. All Rights Reserved.`,
    'Applicable FARS/DFARS Apply.',
    `Dental codes (D codes) are copyright ${year - 1} American Dental Association. All Rights Reserved.`,
    'Synthetic test file: invented values in the CMS layout.',
  ];
}

/** The CSV as CMS ships it. @param {MpfsRow[]} rows @param {{ year?: number, month?: string, preamble?: string[] }} [o] */
export function mpfsCsv(rows, o = {}) {
  const pre = o.preamble ?? mpfsPreamble(o.year ?? 2026, o.month ?? 'January');
  return [...pre.map(pad), pad(''), line(MPFS_COLUMNS.map((c) => /** @type {string} */ (c[0]))), line(MPFS_COLUMNS.map((c) => /** @type {string} */ (c[1]))), ...rows.map((r) => line(mpfsCells(r)))].join(CRLF) + CRLF;
}

/** The XLSX twin: the same lines as sheet rows. @param {MpfsRow[]} rows */
export function mpfsXlsx(rows, year = 2026, month = 'January') {
  return xlsx([...mpfsPreamble(year, month).map((t) => [t]), MPFS_COLUMNS.map((c) => /** @type {string} */ (c[0])), MPFS_COLUMNS.map((c) => /** @type {string} */ (c[1])), ...rows.map(mpfsCells)]);
}

/** The fixed-width TXT copy (HDR lines, then columns by position), which CPT Lens does not read. @param {MpfsRow[]} rows */
export function mpfsFixedWidth(rows) {
  const head = mpfsPreamble(2026, 'January').map((t) => `HDR ${t}`);
  return [...head, ...rows.map((r) => `${r.code}${(r.mod ?? '').padEnd(2)}${(r.desc ?? 'TEST PROCEDURE').padEnd(50)}${r.status}   ${r.work.padStart(6)}  ${r.pctc}${r.glob}${r.mult}${r.bilat}${r.asst}${r.co}${r.team}`)].join(CRLF) + CRLF;
}

/** The add-on code file with space-aligned columns under one-word names. @param {string[][]} rows */
export function aocFlatText(rows) {
  const widths = AOC_HEADER.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)) + 2);
  const fit = (/** @type {string[]} */ cells) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(/** @type {number} */ (widths[i])))).join('').trimEnd();
  return ['CPT codes, descriptions and other data only are copyright 2025 American Medical Association. All rights reserved.', fit(AOC_HEADER), ...rows.map(fit)].join(CRLF) + CRLF;
}
