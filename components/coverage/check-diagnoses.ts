/**
 * ICD-10-CM warnings about a claim's diagnoses, from the imported CDC file: a header (not
 * billable) code, a code missing its required 7th character, Excludes1 pairs (only when the
 * tabular XML was imported), and a claim dated in another fiscal year than the file. Pure.
 */
import { bareCode, fiscalYearOf, placeDot } from '../icd10/icd-code';
import type { Excludes1Note } from '../icd10/icd-types';
import type { NecessityFinding, NecessityInput } from './necessity-types';

/** Does an Excludes1 reference ("Q00-Q99", "M16", "M16.1") name this code? */
export function refNames(ref: string, code: string): boolean {
  const c = bareCode(code);
  const dash = ref.indexOf('-');
  if (dash < 0) return c.startsWith(bareCode(ref));
  const lo = bareCode(ref.slice(0, dash));
  const hi = bareCode(ref.slice(dash + 1));
  return c >= lo && c.slice(0, hi.length) <= hi;
}

function excludes1Pairs(dx: string[], notesOf: (c: string) => Excludes1Note[] | null): NecessityFinding[] {
  const out: NecessityFinding[] = [];
  const seen = new Set<string>();
  for (const a of dx) {
    for (const note of notesOf(a) ?? []) {
      for (const b of dx) {
        if (a === b || seen.has([a, b].sort().join('|'))) continue;
        if (!note.refs.some((r) => refNames(r, b))) continue;
        seen.add([a, b].sort().join('|'));
        out.push({ level: 'warning', kind: 'icd-excludes1', diagnoses: [a, b], text: `Excludes1: ${a} and ${b} are not coded together — ${a}'s note: "${note.text}".` });
      }
    }
  }
  return out;
}

export function checkDiagnoses(input: NecessityInput): NecessityFinding[] {
  const icd = input.lookups.icd;
  if (!icd) return [];
  const dx = [...new Set(input.diagnoses.map(placeDot))];
  const out: NecessityFinding[] = [];
  const year = icd.fiscalYear != null ? ` (FY ${icd.fiscalYear})` : '';
  for (const code of dx) {
    const f = icd.facts[code];
    if (!f || !f.found) {
      out.push({ level: 'warning', kind: 'icd-unknown', diagnoses: [code], text: `${code} is not a code of the imported ICD-10-CM file${year}.` });
    } else if (f.billable === false && f.needsSeventh) {
      const text = bareCode(code).length === 6 ? `${code} is missing its 7th character (e.g. ${code}A): not billable as written.` : `${code} is incomplete: every billable code under it has 7 characters.`;
      out.push({ level: 'warning', kind: 'icd-seventh', diagnoses: [code], text });
    } else if (f.billable === false) {
      out.push({ level: 'warning', kind: 'icd-header', diagnoses: [code], text: `${code}${f.title ? ` (${f.title})` : ''} is a header, not a billable code: code to the full specificity under it.` });
    }
  }
  if (icd.hasExcludes1) out.push(...excludes1Pairs(dx, (c) => icd.facts[c]?.excludes1 ?? null));
  else if (dx.length > 1) out.push({ level: 'note', kind: 'icd-excludes1', text: 'Excludes1 pairs not checked: not in the imported file (the CDC tabular XML carries them).' });
  if (icd.fiscalYear != null) {
    const dates = [...new Set(input.lines.map((l) => l.dateOfService).filter((d): d is string => !!d))];
    for (const d of dates) {
      const fy = fiscalYearOf(d);
      if (fy != null && fy !== icd.fiscalYear) {
        out.push({ level: 'note', kind: 'icd-year', text: `Dated ${d} (FY ${fy}); the imported ICD-10-CM file is FY ${icd.fiscalYear}: codes may have changed between the years.` });
      }
    }
  }
  return out;
}
