/**
 * The two date forms of the NCCI files. PTP files write YYYYMMDD; the add-on code file writes
 * year + day of year (YYYYDDD, "Julian" in CMS's Medicaid NCCI edit design manual; e.g.
 * 2026091 = 1 April 2026). Both become day numbers; null means "not a date".
 */
const DAY = 86_400_000;

// The files repeat a few thousand distinct dates over millions of rows: remember each.
const ymdCache = new Map<string, number | null>();

export function fromYmd(text: string): number | null {
  let day = ymdCache.get(text);
  if (day === undefined) {
    day = parseYmd(text);
    if (ymdCache.size < 50_000) ymdCache.set(text, day);
  }
  return day;
}

function parseYmd(text: string): number | null {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return t / DAY;
}

export function fromYearDay(text: string): number | null {
  const m = /^(\d{4})(\d{3})$/.exec(text);
  if (!m) return null;
  const [y, doy] = [Number(m[1]), Number(m[2])];
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  if (doy < 1 || doy > (leap ? 366 : 365)) return null;
  return Date.UTC(y, 0, doy) / DAY;
}

/** "2026-04-01" → day number; null when it is not a real date. */
export function fromIso(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return m ? fromYmd(`${m[1]}${m[2]}${m[3]}`) : null;
}

export function toIso(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

export function today(now = new Date()): number {
  return Math.floor(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / DAY);
}
