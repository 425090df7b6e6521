/**
 * Pure detector: finds the dataset's codes in a string, with the modifiers and units
 * written beside them, and rejects look-alikes (ZIP codes, amounts, IDs, parts of longer
 * numbers). No DOM and no browser API here, so it runs the same in Node tests, the content
 * script and the benchmark.
 *
 * Deliberate decisions on ambiguous text (tests/unit/detection/corpus.ts holds each case):
 * - "IA 50706", "Waterloo, OR 50706", "Waterloo, Iowa 50706": a US state before the number
 *   makes it a ZIP code. OR, IN, ME, OK, HI and PA are also ordinary words, so they count as
 *   states only after "City," . MD, PA and DC are also credentials ("R. Patel, MD 50706"), so
 *   they count only when the number lies in that state's ZIP range.
 * - "50706 Main St", "50706 W 4th St", "50706 Highway 63": a street name after the number makes
 *   it a street number. "St", "Dr" and "Ct" alone ("50706 St. Luke's", "50706 Dr. Patel") are
 *   not streets without a name before them.
 * - "Invoice 50706", "MRN: 50706", "INV-50706", "PO Box 50706": an ID label right before it
 *   makes it an ID; "Chart #", "Check #", "Encounter #" only with the "#" or "no.".
 * - "Amount due: 50706", "Balance: 74360": an amount label makes it an amount.
 * - "SN-50706-AX9": hyphen-glued on both sides to a token that is not a modifier is a serial.
 * - "#50706" alone is kept: billing screens write "CPT #50706".
 * - After a spaced dash ("50431 - IR nephrostogram") or a plain space, only a known modifier
 *   counts, and "AS" after a plain space is read as the word.
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
  /**
   * Set on a code found because its place says it is one (a claim table's code column, a code
   * field, a "CPT" label), not because it is tracked: it is marked only when an import knows it.
   */
  claim?: true;
}

const STATES =
  'AL AK AZ AR CA CO CT DE FL GA ID IL IA KS KY LA MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR IN ME OK HI';
const STATE_SET = new Set(STATES.split(' '));
/** States whose abbreviation is also a common word or clinical shorthand. */
const WORDLIKE_STATES = new Set(['OR', 'IN', 'ME', 'OK', 'HI', 'PA']);
/** States whose abbreviation is also a credential, with their ZIP ranges (first three digits). */
const CREDENTIAL_STATES = new Map<string, Array<[number, number]>>([
  ['MD', [[206, 219]]],
  ['PA', [[150, 196]]],
  ['DC', [[200, 205], [569, 569]]],
]);
const STATE_NAME_BEFORE = new RegExp(
  `\\b(?:${[
    'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware',
    'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky',
    'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi',
    'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico',
    'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania',
    'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont',
    'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming', 'Puerto Rico',
  ].join('|')}),?\\s+$`,
  'i',
);

/** Modifiers accepted after a plain space ("76496 26"); after a dash any two characters count. */
const SPACE_MODIFIERS = new Set(
  (
    '22 23 24 25 26 27 32 33 47 50 51 52 53 54 55 56 57 58 59 62 63 66 73 74 76 77 78 79 80 81 82 ' +
    '90 91 92 95 96 97 99 LT RT TC XE XS XP XU GA GY GZ KX QK QX QY AS FY JW JZ PI PS CT GC GT'
  ).split(' '),
);
/** Known modifiers that are also words; after a plain space they are read as the word ("REBILL 74360 AS 76496"). */
const WORDLIKE_MODIFIERS = new Set(['AS']);

/** Postal labels, however their words are joined: "ZIP", "Zip-code", "ZIP.", "Postal/Zip code", "Postcode". */
const POSTAL_LABEL = String.raw`(?:zip|post(?:al)?)(?:[\s._/-]*(?:code|zip|postal))*`;
/**
 * An ID or postal label right before the number, followed by any run of punctuation
 * ("MRN: 50706", "ZIP.50706", "Zip-code 50706", "Acct #: 50706").
 */
const ID_LABEL = new RegExp(
  String.raw`(?:\b(?:mrn|acct|account|invoice|inv|claim|order|ref|reference|ticket|serial|s\/n|sn|id|no|po|p\.?\s*o\.?\s*box|member|policy|group|grp|npi|tin|ein|batch|lot|${POSTAL_LABEL})\.?\s*(?:#|no\.?|number)?[\s:#=.\-]*)$`,
  'i',
);
/** Labels that name an ID only with an explicit "#" or "no." ("Chart # 50431", but "check 74360 for MUE"). */
const HASH_ID_LABEL = /\b(?:chart|encounter|enc|case|check|chk|confirmation|conf|trace|visit)\.?\s*(?:#|no\.|number)\s*:?\s*$/i;
const AMOUNT_LABEL = /\b(?:amount|amt|balance|bal)(?:\s+(?:due|paid|billed|owed|allowed|fwd|forward))?\s*[:=]?\s*$/i;
/** Street words that are unambiguous right after the number: "50706 Highway 63", "50706 Suite 200". */
const AFTER_STREET = /^\s+(?:street|ave|avenue|rd|road|blvd|boulevard|hwy|highway|pkwy|parkway|suite|ste|apt)\b\.?/i;
/** Street words after a street name, in title or upper case; "Dr" is handled apart because it is also a title. */
const STREET_SUFFIXES = 'St Street Ave Avenue Rd Road Blvd Boulevard Drive Ln Lane Way Ct Court Hwy Highway Pkwy Parkway Pl Place Cir Circle Ter Terrace'
  .split(' ')
  .flatMap((w) => [w, w.toUpperCase()])
  .join('|');
/**
 * "50706 Main St", "50706 N. Main Street", "50431 W 4th St", "50706 MAIN ST": an optional
 * direction, one to four capitalised or ordinal words, then a street word. "Dr" followed by a
 * capitalised word is a title ("50706 Surgeon Dr. Patel"), not a street.
 */
const AFTER_STREET_NAME = new RegExp(
  '^\\s+(?:(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West|NORTH|SOUTH|EAST|WEST)\\.?\\s+)?' +
    '(?:(?:[A-Z][a-z]+|[A-Z]{3,}|\\d{1,3}(?:st|nd|rd|th|ST|ND|RD|TH))\\.?\\s+){1,4}' +
    `(?:${STREET_SUFFIXES}|(?:Dr|DR)(?!\\.?\\s+[A-Z]))(?![A-Za-z])`,
);
const AFTER_CURRENCY = /^\s*(?:usd|dollars?|eur|euros?|gbp|cad)\b/i;
const BEFORE_CURRENCY = /(?:[$€£¥]|\b(?:usd|eur|gbp|cad))\s*$/i;
const DATE_BEFORE = /\b\d{1,2}[/.]\d{1,2}[/.]$/;

const DASHES = '-\u2010\u2011\u2012\u2013\u2014\u2212';
const MODIFIER_TAIL = new RegExp(
  `^(?:\\s*[${DASHES}]\\s*([0-9A-Za-z]{2})(?![0-9A-Za-z])|\\s+(?:((?:[Mm]od|MOD)(?:ifier|IFIER)?)\\.?\\s*)?([0-9A-Z]{2})(?![0-9A-Za-z${DASHES}]))`,
);
/** ZIP+4, phone groups and serials: a dash then one digit, or three or more. */
const DASH_DIGITS_AFTER = new RegExp(`^[${DASHES}](?:\\d{3,}|\\d(?!\\d))`);
const DIGIT_DASH_BEFORE = new RegExp(`\\d[${DASHES}]$`);
const GLUED_BEFORE = new RegExp(`[0-9A-Za-z][${DASHES}]$`);
const GLUED_AFTER = new RegExp(`^[${DASHES}][0-9A-Za-z]`);
const DASH_MODIFIER_AFTER = new RegExp(`^[${DASHES}][0-9A-Za-z]{2}(?![0-9A-Za-z])`);
/** A unit count is 1–999: "x0" is not a quantity (found by the findCodes fuzz). */
const UNITS_TAIL = /^(?:\s*[x×]\s*([1-9]\d{0,2})(?:\s*units?\b)?|(?:\s+|\s*\(\s*)([1-9]\d{0,2})\s*units?\b|\s*[,;(]?\s*(?:units?|qty|quantity)\s*[:=]?\s*([1-9]\d{0,2})\b)(?!\d|\.\d)/i;

const GLUED_UNITS = /^[x×]\s*[1-9]\d{0,2}(?:\s*units?)?(?![0-9A-Za-z])/i;

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[0-9A-Za-z_]/.test(c);

function rejectedByContext(text: string, start: number, codeEnd: number): boolean {
  const before = text[start - 1];
  const after = text[codeEnd];
  // A units form glued on ("50706x2") is the code's own tail; any other glued letter or digit is a longer token.
  if (isWordChar(before) || (isWordChar(after) && !GLUED_UNITS.test(text.slice(codeEnd, codeEnd + 12)))) return true;
  // 50706.00, 50,706 and 1.50706: the number continues through a separator.
  if (before === '.' && isDigit(text[start - 2])) return true;
  // "0,50706" continues a number, "50706,74360" is a list.
  if (before === ',' && isDigit(text[start - 2]) && !/(?<!\d)\d{5}$/.test(text.slice(Math.max(0, start - 7), start - 1))) return true;
  if ((after === '.' || after === ',') && isDigit(text[codeEnd + 1])) {
    // "50706,74360" is a list; "50706,123" is a thousands group.
    if (after === '.' || !/^\d{5}(?!\d)/.test(text.slice(codeEnd + 1, codeEnd + 7))) return true;
  }
  const head = text.slice(Math.max(0, start - 40), start);
  const tail = text.slice(codeEnd, codeEnd + 40);
  if (BEFORE_CURRENCY.test(head) || AFTER_CURRENCY.test(tail) || AMOUNT_LABEL.test(head)) return true;
  // ZIP+4, phone groups and serials: a dash followed by more digits than a modifier.
  if (DASH_DIGITS_AFTER.test(tail)) return true;
  if (DIGIT_DASH_BEFORE.test(head)) return true;
  // "SN-50706-AX9", "UR-74360-B12": glued by hyphens into a serial; "CPT-50706-26" keeps its modifier.
  if (GLUED_BEFORE.test(head) && GLUED_AFTER.test(tail) && !DASH_MODIFIER_AFTER.test(tail)) return true;
  if (DATE_BEFORE.test(head)) return true;
  if (ID_LABEL.test(head) || HASH_ID_LABEL.test(head)) return true;
  if (AFTER_STREET.test(tail) || AFTER_STREET_NAME.test(tail)) return true;
  if (STATE_NAME_BEFORE.test(head)) return true;
  const state = /(,\s*)?\b([A-Z]{2})\s+$/.exec(head);
  if (state && STATE_SET.has(state[2]!) && (state[1] || !WORDLIKE_STATES.has(state[2]!))) {
    const ranges = CREDENTIAL_STATES.get(state[2]!);
    if (!ranges) return true;
    const zip3 = Number(text.slice(start, start + 3));
    if (ranges.some(([lo, hi]) => zip3 >= lo && zip3 <= hi)) return true;
  }
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
      const token = (mod[1] ?? mod[3])!.toUpperCase();
      // Right after a dash any two characters count ("74360-26"). After a spaced dash or a space
      // the token must be a known modifier: "50706 12" is not modifier 12, "50431 - IR ..." is a
      // description. A bare spaced "AS" is the word unless "mod" names it.
      const glued = mod[1] !== undefined && !/\s/.test(mod[0]);
      const named = mod[2] !== undefined;
      const known = SPACE_MODIFIERS.has(token) && (named || mod[1] !== undefined || !WORDLIKE_MODIFIERS.has(token));
      if (glued || known) {
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

/** Every match of a global `pattern` of five-character codes that its context does not reject. */
export function matchesOf(pattern: RegExp, text: string): CodeMatch[] {
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
}

/** Builds a detector for one set of codes; the regex is compiled once. */
export function createCodeFinder(codes: Iterable<string>): (text: string) => CodeMatch[] {
  const list = [...codes].filter((c) => /^\d{5}$/.test(c));
  if (list.length === 0) return () => [];
  const pattern = new RegExp(`(?<!\\d)(?:${list.join('|')})(?!\\d)`, 'g');
  return (text: string) => matchesOf(pattern, text);
}

/** A cheap test the scanner runs before the full detector. */
export function createPrefilter(codes: Iterable<string>): (text: string) => boolean {
  const list = [...codes].filter((c) => /^\d{5}$/.test(c));
  const pattern = new RegExp(list.length ? list.join('|') : '(?!)');
  // A plain five-digit test first: most text has none, and it is several times cheaper than
  // the alternation of every code.
  return (text) => FIVE_DIGITS.test(text) && pattern.test(text);
}
const FIVE_DIGITS = /\d{5}/;
