/**
 * The MPFS relative value file (PPRRVU) as CMS lays it out in its CSV and XLSX copies: title and
 * copyright lines, then a header over two lines ("STATUS" above "CODE", "GLOB" above "DAYS",
 * "BILAT" above "SURG", …) whose second line starts HCPCS, MOD, DESCRIPTION; then one row per
 * code and modifier (global row, 26, TC, 53). Columns are found by their two-line names, not by
 * position: CMS has added columns between releases (the conversion factor moved from the 25th
 * to the 26th column in 2026). The DESCRIPTION column is AMA text and is never read.
 */
import type { FeeScheduleRow } from './fee-schedule-types';
import { CODE, type Parsed } from './parse-rows';

export interface MpfsColumns {
  code: number;
  modifier: number;
  status: number;
  pctc: number;
  global: number;
  multipleProcedure: number;
  bilateral: number;
  assistant: number;
  coSurgeon: number;
  team: number;
  workRvu: number;
  /** Cells in the header: a data row with more non-empty cells is shifted or damaged. */
  width: number;
}

const squash = (s: string | undefined) => (s ?? '').toLowerCase().replace(/[^a-z0-9]/g, '');

/** The names each column goes by once its two header lines are joined, as CMS writes them. */
const NAMES: Record<Exclude<keyof MpfsColumns, 'width' | 'code' | 'modifier'>, { label: string; names: string[] }> = {
  status: { label: 'STATUS CODE', names: ['statuscode'] },
  workRvu: { label: 'WORK RVU', names: ['workrvu'] },
  pctc: { label: 'PCTC IND', names: ['pctcind', 'pctcindicator'] },
  global: { label: 'GLOB DAYS', names: ['globdays', 'globaldays'] },
  multipleProcedure: { label: 'MULT PROC', names: ['multproc'] },
  bilateral: { label: 'BILAT SURG', names: ['bilatsurg'] },
  assistant: { label: 'ASST SURG', names: ['asstsurg'] },
  coSurgeon: { label: 'CO SURG', names: ['cosurg'] },
  team: { label: 'TEAM SURG', names: ['teamsurg'] },
};

/** True for the header's second line: HCPCS, MOD, DESCRIPTION. */
export function isMpfsHeader(cells: readonly string[]): boolean {
  return squash(cells[0]) === 'hcpcs' && squash(cells[1]) === 'mod';
}

/** Joins the line above the header with it, column by column, and finds every column we keep. */
export function mpfsColumns(above: readonly string[], header: readonly string[]): MpfsColumns | { missing: string[] } {
  const joined = header.map((h, i) => squash(`${above[i] ?? ''} ${h}`));
  const alone = header.map((h) => squash(h));
  const cols: Partial<MpfsColumns> = { code: 0, modifier: 1, width: header.length };
  const missing: string[] = [];
  for (const [key, { label, names }] of Object.entries(NAMES) as Array<[keyof typeof NAMES, (typeof NAMES)[keyof typeof NAMES]]>) {
    let at = joined.findIndex((n) => names.includes(n));
    if (at < 0) at = alone.findIndex((n) => names.includes(n));
    if (at < 0) missing.push(label);
    else cols[key] = at;
  }
  return missing.length > 0 ? { missing } : (cols as MpfsColumns);
}

const GLOBAL = /^(?:000|010|090|MMM|XXX|YYY|ZZZ)$/;
const INDICATOR = /^\d?$/;

export function parseMpfsCells(cells: readonly string[], cols: MpfsColumns): Parsed<FeeScheduleRow> {
  const at = (i: number) => (cells[i] ?? '').trim();
  const filled = cells.reduce((n, c, i) => (c.trim() !== '' ? i + 1 : n), 0);
  if (filled > cols.width) return { error: `${filled} columns where the header has ${cols.width} (a shifted row or an extra column)` };
  const last = Math.max(cols.status, cols.pctc, cols.global, cols.multipleProcedure, cols.bilateral, cols.assistant, cols.coSurgeon, cols.team, cols.workRvu);
  if (cells.length <= last) return { error: `${cells.length} columns where the header has ${cols.width} (the row is cut short)` };
  const code = at(cols.code).toUpperCase();
  if (!CODE.test(code)) return { error: `HCPCS "${code.slice(0, 12)}" is not a CPT/HCPCS code` };
  const modifier = at(cols.modifier).toUpperCase();
  if (!/^(?:[0-9A-Z]{2})?$/.test(modifier)) return { error: `modifier "${modifier.slice(0, 12)}" is not blank or two characters` };
  const status = at(cols.status).toUpperCase();
  if (!/^[A-Z]$/.test(status)) return { error: `status code "${status.slice(0, 12)}" is not one letter` };
  // An XLSX cell holding 0, 10 or 90 as a number reads "0", "10", "90": the file means 000, 010, 090.
  const rawGlobal = at(cols.global).toUpperCase();
  const global = /^\d{1,2}$/.test(rawGlobal) ? rawGlobal.padStart(3, '0') : rawGlobal;
  if (global !== '' && !GLOBAL.test(global)) return { error: `global days "${global.slice(0, 12)}" is not 000, 010, 090, MMM, XXX, YYY or ZZZ` };
  const indicators = { pctc: 'PCTC IND', multipleProcedure: 'MULT PROC', bilateral: 'BILAT SURG', assistant: 'ASST SURG', coSurgeon: 'CO SURG', team: 'TEAM SURG' } as const;
  const values = {} as Record<keyof typeof indicators, string>;
  for (const [key, label] of Object.entries(indicators) as Array<[keyof typeof indicators, string]>) {
    const v = at(cols[key]);
    if (!INDICATOR.test(v)) return { error: `${label} "${v.slice(0, 12)}" is not one digit` };
    values[key] = v;
  }
  const work = at(cols.workRvu);
  if (work !== '' && !/^\d{1,4}(?:\.\d+)?$/.test(work)) return { error: `WORK RVU "${work.slice(0, 12)}" is not a number` };
  return { row: { code, modifier, status, global, ...values, workRvu: work === '' ? null : Number(work) } };
}

/** "2026 National Physician Fee Schedule Relative Value File January Release" → year and release. */
export function mpfsTitle(text: string): { year: number; release: number } | null {
  const m = /\b(20\d{2})\b[^\n]*relative value file[^\n]*?\b(january|april|july|october)\b/i.exec(text);
  return m ? { year: Number(m[1]), release: ['january', 'april', 'july', 'october'].indexOf(m[2]!.toLowerCase()) } : null;
}
