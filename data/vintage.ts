/**
 * Which edition of each code set the facts are for, and whether it has been replaced: CPT and
 * the MPFS change on 1 January, ICD-10-CM on 1 October, NCCI edits every quarter.
 */
import vintage from 'virtual:cpt-vintage';
import type { CodeSet } from './code-sets';
import type { CodeEntry, Edition, Vintage } from './schema';

export const VINTAGE: Vintage = vintage;

/** Stale from the day the next edition takes effect (UTC day, as the editions are dated). */
export function isSuperseded(e: Edition, now: Date = new Date()): boolean {
  return now.getTime() >= Date.parse(`${e.nextEditionFrom}T00:00:00Z`);
}

/** The code set each group of an entry's facts belongs to. */
export const FACT_GROUP_SET = {
  description: 'cpt',
  status: 'cpt',
  notWith: 'cpt',
  modifiers: 'cpt',
  checklist: 'cpt',
  diagnoses: 'icd10cm',
  mue: 'ncci',
  feeSchedule: 'mpfs',
} as const satisfies Record<string, CodeSet>;

/** The code sets an entry's facts come from, in the order a card lists them. */
export function codeSetsOf(entry: CodeEntry, full: boolean): CodeSet[] {
  const sets: CodeSet[] = ['cpt', 'mpfs', 'ncci'];
  if (full && entry.diagnoses?.items.length) sets.push('icd10cm');
  return sets;
}
