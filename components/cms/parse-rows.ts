/**
 * One data row of each file kind, from its cells. Each returns the row or a reason the user
 * can read; the caller adds the file name and line. Layouts (verified against CMS's published
 * column headings as reproduced by open-source loaders, e.g. andrewallenbruce/northstar
 * data-raw/ncci_ptps.R and ncci_mue_edits.R, and CMS's Medicaid NCCI edit design manual):
 *   PTP: Column 1 | Column 2 | "*=in existence prior to 1996" | Effective Date (YYYYMMDD) |
 *        Deletion Date (YYYYMMDD, "*" = none) | Modifier 0/1/9 | PTP Edit Rationale
 *   MUE: HCPCS/CPT Code | <Setting> Services MUE Values | MUE Adjudication Indicator written as
 *        text ("2 Date of Service Edit: Policy") | MUE Rationale
 *   AOC: columns found by header name (their order changed between releases); dates YYYYDDD,
 *        blank = none; primary "CCCCC" = contractor-defined primaries (type 2).
 */
import { fromYearDay, fromYmd } from './edit-dates';
import { NEVER, type AocRow, type Mai, type MueRow, type PtpRow } from './edit-types';

/** CPT (5 digits), Category II/III (4 digits + F/T), HCPCS Level II (letter + 4 digits), PLA (4 digits + U), 0001A-style vaccine codes. */
export const CODE = /^(?:\d{4}[0-9A-Z]|[A-Z]\d{4})$/;

export type Parsed<T> = { row: T } | { error: string };

const clean = (s: string | undefined) => (s ?? '').trim();

export function parsePtpCells(cells: string[]): Parsed<PtpRow> {
  const [c1, c2, pre, eff, del, ind, ...why] = cells.map(clean);
  if (!CODE.test(c1!)) return { error: `column 1 "${c1!.slice(0, 12)}" is not a CPT/HCPCS code` };
  if (!CODE.test(c2!)) return { error: `column 2 "${c2!.slice(0, 12)}" is not a CPT/HCPCS code` };
  const effDay = fromYmd(eff!);
  if (effDay == null) return { error: `effective date "${eff!.slice(0, 12)}" is not a YYYYMMDD date` };
  const delDay = del === '*' || del === '' ? NEVER : fromYmd(del!);
  if (delDay == null) return { error: `deletion date "${del!.slice(0, 12)}" is neither a YYYYMMDD date nor "*"` };
  if (ind !== '0' && ind !== '1' && ind !== '9') return { error: `modifier indicator "${ind!.slice(0, 12)}" is not 0, 1 or 9` };
  return { row: { c1: c1!, c2: c2!, pre1996: pre === '*', eff: effDay, del: delDay, ind: Number(ind) as 0 | 1 | 9, rationale: why.join(' ').trim() } };
}

export function parseMueCells(cells: string[]): Parsed<MueRow> {
  const [code, value, mai, rationale] = cells.map(clean);
  if (!CODE.test(code!)) return { error: `"${code!.slice(0, 12)}" is not a CPT/HCPCS code` };
  if (!/^\d{1,6}$/.test(value!)) return { error: `MUE value "${value!.slice(0, 12)}" is not a whole number` };
  const m = /^([123])\b/.exec(mai!);
  if (!m) return { error: `MUE adjudication indicator "${mai!.slice(0, 40)}" does not start with 1, 2 or 3` };
  return { row: { code: code!, value: Number(value), mai: Number(m[1]) as Mai, rationale: rationale ?? '' } };
}

export interface AocColumns {
  type: number;
  addon: number;
  addonDel: number;
  primary: number;
  primaryDel: number;
  eff: number;
  del: number;
  notes: number;
}

const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Finds the AOC columns by name; null unless this row is the AOC header. */
export function aocColumns(cells: string[]): AocColumns | null {
  const names = cells.map(squash);
  const find = (test: (n: string) => boolean) => names.findIndex(test);
  const cols = {
    type: find((n) => n.includes('edittype')),
    addon: find((n) => n.startsWith('addoncode') || n === 'aoc'),
    addonDel: find((n) => n.startsWith('aocdeldt')),
    primary: find((n) => n.startsWith('primarycode') && !n.includes('del')),
    primaryDel: find((n) => n.startsWith('primarycodedel')),
    eff: find((n) => n.startsWith('aocediteff')),
    del: find((n) => n.startsWith('aoceditdel')),
    notes: find((n) => n.startsWith('special')),
  };
  return cols.type >= 0 && cols.addon >= 0 && cols.primary >= 0 && cols.eff >= 0 ? cols : null;
}

function yearDay(text: string, what: string): number | string {
  if (text === '' || text === '*') return NEVER;
  return fromYearDay(text) ?? `${what} "${text.slice(0, 12)}" is not a year + day-of-year date (YYYYDDD)`;
}

export function parseAocCells(cells: string[], cols: AocColumns): Parsed<AocRow> {
  const at = (i: number) => (i >= 0 ? clean(cells[i]) : '');
  const type = at(cols.type);
  if (type !== '1' && type !== '2' && type !== '3') return { error: `AOC edit type "${type.slice(0, 12)}" is not 1, 2 or 3` };
  const addon = at(cols.addon);
  if (!CODE.test(addon)) return { error: `add-on code "${addon.slice(0, 12)}" is not a CPT/HCPCS code` };
  const primary = at(cols.primary).toUpperCase();
  if (primary !== 'CCCCC' && !CODE.test(primary)) return { error: `primary code "${primary.slice(0, 12)}" is neither a code nor CCCCC` };
  const effText = at(cols.eff);
  const eff = fromYearDay(effText);
  if (eff == null) return { error: `edit effective date "${effText.slice(0, 12)}" is not a year + day-of-year date (YYYYDDD)` };
  const addonDel = yearDay(at(cols.addonDel), 'add-on deletion date');
  const primaryDel = yearDay(at(cols.primaryDel), 'primary deletion date');
  const del = yearDay(at(cols.del), 'edit deletion date');
  for (const d of [addonDel, primaryDel, del]) if (typeof d === 'string') return { error: d };
  return {
    row: {
      type: Number(type) as 1 | 2 | 3,
      addon,
      addonDel: addonDel as number,
      primary: primary === 'CCCCC' ? null : primary,
      primaryDel: primaryDel as number,
      eff,
      del: del as number,
      notes: at(cols.notes),
    },
  };
}
