/**
 * Pure detector: finds the dataset's codes in a string, with the modifiers and units
 * written beside them, and rejects look-alikes (ZIP codes, amounts, IDs, parts of longer
 * numbers). No DOM and no browser API here, so it runs the same in Node tests, the content
 * script and the benchmark.
 *
 * Deliberate decisions on ambiguous text (the corpus in tests/detection holds each case):
 * - "IA 50706", "Waterloo, OR 50706": a US state abbreviation before the number makes it a
 *   ZIP code. OR, IN, ME, OK, HI and PA are also ordinary words, so they count as states only
 *   after "City," .
 * - "50706 Main St": a street word after the number makes it a street number.
 * - "Invoice 50706", "MRN: 50706", "Claim # 50706": an ID label right before it makes it an ID.
 * - "#50706" alone is kept: billing screens write "CPT #50706".
 */

export interface CodeMatch {
  code: string;
  /** Offset of the code's first digit. */
  start: number;
  /** Offset just past the code itself (start + 5). */
  codeEnd: number;
  /** Offset just past the modifiers and units that belong to it. */
  end: number;
  modifiers: string[];
  units: number | null;
}

const STATES =
  'AL AK AZ AR CA CO CT DE FL GA ID IL IA KS KY LA MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR IN ME OK HI';
const STATE_SET = new Set(STATES.split(' '));
/** States whose abbreviation is also a common word or clinical shorthand. */
const WORDLIKE_STATES = new Set(['OR', 'IN', 'ME', 'OK', 'HI', 'PA']);

/** Modifiers accepted after a plain space ("76496 26"); after a dash any two characters count. */
const SPACE_MODIFIERS = new Set(
  (
    '22 23 24 25 26 27 32 33 47 50 51 52 53 54 55 56 57 58 59 62 63 66 73 74 76 77 78 79 80 81 82 ' +
    '90 91 92 95 96 97 99 LT RT TC XE XS XP XU GA GY GZ KX QK QX QY AS FY JW JZ PI PS CT GC GT'
  ).split(' '),
);

const ID_LABEL = /(?:\b(?:mrn|acct|account|invoice|inv|claim|order|ref|ticket|serial|s\/n|id|no|po|member|policy|group|npi|tin|ein|batch|lot|zip|zipcode|postal code|zip code)\.?\s*(?:#|no\.?|number)?\s*[:#]?\s*)$/i;
const AFTER_STREET = /^\s+(?:st|street|ave|avenue|rd|road|blvd|boulevard|dr|drive|ln|lane|way|ct|court|hwy|highway|pkwy|parkway|pl|place|suite|ste|apt|circle|cir|terrace|ter)\b\.?/i;
const AFTER_CURRENCY = /^\s*(?:usd|dollars?|eur|euros?|gbp|cad)\b/i;
const BEFORE_CURRENCY = /(?:[$€£¥]|\b(?:usd|eur|gbp|cad))\s*$/i;
const DATE_BEFORE = /\b\d{1,2}[/.]\d{1,2}[/.]$/;

const DASHES = '-\u2010\u2011\u2012\u2013\u2014\u2212';
const MODIFIER_TAIL = new RegExp(`^(?:\\s*[${DASHES}]\\s*([0-9A-Za-z]{2})(?![0-9A-Za-z])|\\s+(?:mod(?:ifier)?\\.?\\s*)?([0-9A-Z]{2})(?![0-9A-Za-z${DASHES}]))`);
const UNITS_TAIL = /^(?:\s*[x×]\s*(\d{1,3})(?:\s*units?\b)?|\s+(\d{1,3})\s*units?\b|\s*[,;(]?\s*units?\s*[:=]?\s*(\d{1,3})\b)(?![\d.])/i;

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[0-9A-Za-z_]/.test(c);

function rejectedByContext(text: string, start: number, codeEnd: number): boolean {
  const before = text[start - 1];
  const after = text[codeEnd];
  if (isWordChar(before) || isWordChar(after)) return true;
  // 50706.00, 50,706 and 1.50706: the number continues through a separator.
  if ((before === '.' || before === ',') && isDigit(text[start - 2])) return true;
  if ((after === '.' || after === ',') && isDigit(text[codeEnd + 1])) {
    // "50706,74360" is a list; "50706,123" is a thousands group.
    if (after === '.' || !/^\d{5}(?!\d)/.test(text.slice(codeEnd + 1, codeEnd + 7))) return true;
  }
  const head = text.slice(Math.max(0, start - 40), start);
  const tail = text.slice(codeEnd, codeEnd + 24);
  if (BEFORE_CURRENCY.test(head) || AFTER_CURRENCY.test(tail)) return true;
  // ZIP+4, phone groups and serials: a dash followed by more digits than a modifier.
  if (new RegExp(`^[${DASHES}]\\d{3,}`).test(tail) || new RegExp(`^[${DASHES}]\\d(?!\\d)`).test(tail)) return true;
  if (new RegExp(`\\d[${DASHES}]$`).test(head)) return true;
  if (DATE_BEFORE.test(head)) return true;
  if (ID_LABEL.test(head) || AFTER_STREET.test(tail)) return true;
  const state = /(,\s*)?\b([A-Z]{2})\s+$/.exec(head);
  if (state && STATE_SET.has(state[2]!) && (state[1] || !WORDLIKE_STATES.has(state[2]!))) return true;
  return false;
}

function readTail(text: string, from: number): { end: number; modifiers: string[]; units: number | null } {
  let end = from;
  const modifiers: string[] = [];
  let units: number | null = null;
  for (let guard = 0; guard < 6; guard++) {
    const rest = text.slice(end, end + 40);
    const mod = MODIFIER_TAIL.exec(rest);
    if (mod) {
      const token = (mod[1] ?? mod[2])!.toUpperCase();
      // A spaced token must be a known modifier; "50706 12" is not modifier 12.
      if (mod[1] !== undefined || SPACE_MODIFIERS.has(token)) {
        modifiers.push(token);
        end += mod[0].length;
        continue;
      }
    }
    const unit: RegExpExecArray | null = units === null ? UNITS_TAIL.exec(rest) : null;
    if (unit) {
      units = Number(unit[1] ?? unit[2] ?? unit[3]);
      end += unit[0].length;
      continue;
    }
    break;
  }
  return { end, modifiers, units };
}

/** Builds a detector for one set of codes; the regex is compiled once. */
export function createCodeFinder(codes: Iterable<string>): (text: string) => CodeMatch[] {
  const list = [...codes].filter((c) => /^\d{5}$/.test(c));
  if (list.length === 0) return () => [];
  const pattern = new RegExp(`(?<!\\d)(?:${list.join('|')})(?!\\d)`, 'g');
  return (text: string) => {
    const found: CodeMatch[] = [];
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const start = m.index;
      const codeEnd = start + 5;
      if (rejectedByContext(text, start, codeEnd)) continue;
      const tail = readTail(text, codeEnd);
      found.push({ code: m[0], start, codeEnd, ...tail });
    }
    return found;
  };
}

/** A cheap test the scanner runs before the full detector. */
export function createPrefilter(codes: Iterable<string>): (text: string) => boolean {
  const list = [...codes].filter((c) => /^\d{5}$/.test(c));
  const pattern = new RegExp(list.length ? list.join('|') : '(?!)');
  return (text) => pattern.test(text);
}
