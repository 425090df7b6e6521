/** Reads what a modifier, units or date cell (or field) holds, as written by billing screens. */

/** "LT", "LT, 59", "-26 -59", "26/TC": two-character letter-or-digit tokens, upper-cased. */
export function parseModifiers(text: string): string[] {
  const out: string[] = [];
  for (const token of text.split(/[\s,;/|+\u2010-\u2014-]+/)) {
    const t = token.trim().toUpperCase();
    if (/^[0-9A-Z]{2}$/.test(t) && !out.includes(t)) out.push(t);
  }
  return out;
}

/** "2", "2.0", "x2", "2 units": a whole count from 1 to 999; anything else is unknown. */
export function parseUnits(text: string): number | null {
  const m = /^\s*[x×]?\s*(\d{1,3})(?:\.0+)?\s*(?:units?|un)?\s*$/i.exec(text);
  if (!m) return null;
  const n = Number(m[1]);
  return n > 0 ? n : null;
}

/** "2026-05-07", "05/07/2026", "5/7/26" → "2026-05-07"; anything else → undefined. */
export function parseServiceDate(text: string): string | undefined {
  const t = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (iso) return t;
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(t);
  if (!us) return undefined;
  const year = us[3]!.length === 2 ? `20${us[3]}` : us[3]!;
  return `${year}-${us[1]!.padStart(2, '0')}-${us[2]!.padStart(2, '0')}`;
}
