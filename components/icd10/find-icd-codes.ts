/**
 * Finds ICD-10-CM codes in claim text: a letter, a digit, a digit (or the letter of C4A, C7A,
 * C7B, D3A, M1A, O9A, Z3A), then up to four more characters, with or without the dot.
 * - With the dot ("M17.11") a code is taken anywhere, unless the nearest label before it on
 *   its line is not a diagnosis label ("Room C12.3", "Version E10.3", "Part# J45.909").
 * - Without the dot ("M1711", "I10") the same shape is an account id, room or part number as
 *   often as a code, so it is taken only after a diagnosis label on its line ("Dx:", "ICD-10",
 *   "Diagnosis"), right after another code in a list ("E11.9, I10"), or when the caller says
 *   the text is a diagnosis cell.
 * Lab values ("B12 400 pg/mL"), version chains ("B19.2.4") and part numbers ("K40-1234") are
 * refused by what follows the code. Pure: no DOM, no browser API.
 */
import { placeDot } from './icd-code';

export interface IcdMatch {
  /** Dotted and upper-case: "M17.11". */
  code: string;
  start: number;
  end: number;
}

const CANDIDATE = /(?<![A-Za-z0-9.\-/#$])([A-Z]\d[0-9A-Z])(?:(\.)([0-9A-Z]{1,4})|([0-9A-Z]{1,4}))?(?![A-Za-z0-9]|\.\d|-\d|%)/g;
const LETTER_THIRD = new Set(['C4A', 'C7A', 'C7B', 'D3A', 'M1A', 'O9A', 'Z3A']);
const DX_LABEL = /\b(?:dx\d*|diag(?:nos[ie]s)?(?:\s+codes?)?|icd(?:[- ]?10(?:[- ]?cm)?)?|assessment|reason for (?:visit|exam)|indication)\b/gi;
// Labels that introduce ICD-shaped numbers that are not codes (CPT, modifier and units labels do not).
const OTHER_LABEL = /\b(?:acct|account|mrn|id|room|rm|bed|suite|ste|floor|version|ver|rev|release|build|part|p\/n|pn|sku|lot|serial|s\/n|model|ref|invoice|order|npi|tin|ein|zip|phone|lab|result|ndc)\b/gi;
const UNIT_AFTER = /^\s*[:=]?\s*\d+(?:[.,]\d+)?\s*(?:mg|mcg|g|ml|l|dl|mmol|meq|iu|u|ng|pg|%|cm|mm|kg|lb)/i;
const NUMBER_AFTER = /^\s+\d/;

/** The last label before `at` on the same line: 'dx', 'other' or null. */
function labelBefore(text: string, at: number): 'dx' | 'other' | null {
  const lineStart = Math.max(text.lastIndexOf('\n', at - 1) + 1, at - 80);
  const before = text.slice(lineStart, at);
  let best = -1;
  let kind: 'dx' | 'other' | null = null;
  for (const [re, k] of [[DX_LABEL, 'dx'], [OTHER_LABEL, 'other']] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(before); m; m = re.exec(before)) {
      if (m.index > best) {
        best = m.index;
        kind = k;
      }
    }
  }
  return kind;
}

export function findIcdCodes(text: string, options: { diagnosisContext?: boolean } = {}): IcdMatch[] {
  const out: IcdMatch[] = [];
  CANDIDATE.lastIndex = 0;
  let lastEnd = -10;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    const head = m[1]!;
    if (/[A-Z]$/.test(head) && !LETTER_THIRD.has(head)) continue;
    const end = m.index + m[0].length;
    const after = text.slice(end, end + 16);
    if (UNIT_AFTER.test(after)) continue;
    const dotted = m[2] === '.';
    const label = labelBefore(text, m.index);
    if (label === 'other') continue;
    if (!dotted) {
      const listed = m.index - lastEnd <= 3 && /^[\s,;/]+$/.test(text.slice(lastEnd, m.index));
      if (label !== 'dx' && !options.diagnosisContext && !listed) continue;
      // "B12 400" is a lab value, not a code with a pointer.
      if (NUMBER_AFTER.test(after)) continue;
    }
    out.push({ code: placeDot(m[0]), start: m.index, end });
    lastEnd = end;
  }
  return out;
}
