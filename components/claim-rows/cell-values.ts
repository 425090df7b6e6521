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

/** "2026-05-07", "05/07/2026", "5/7/26", "05-07-2026" (US month first) → "2026-05-07"; anything else → undefined. */
export function parseServiceDate(text: string): string | undefined {
  const t = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  const us = iso ? null : /^(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})$/.exec(t);
  const [year, month, day] = iso ? [iso[1]!, iso[2]!, iso[3]!] : us ? [us[4]!.length === 2 ? `20${us[4]}` : us[4]!, us[1]!, us[3]!] : [];
  if (!year || !month || !day) return undefined;
  // "13/05/2026" is a day-first date or a typo: no DOS rather than a wrong one.
  if (Number(month) < 1 || Number(month) > 12 || Number(day) < 1 || Number(day) > 31) return undefined;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}
