/**
 * The background's reads for one check of a tab: the imported files' records for its codes
 * (cached per import, see cms/edit-lookup.ts) and which codes outside the dataset something the
 * user imported knows — a PTP edit in either column, an MUE, an add-on row, an MPFS row, or a
 * descriptor in their licensed file. Only those are checked and marked; the rest are counted.
 */
import { RULES } from '../../data/rules';
import { lookupEdits, lookupReverse } from '../cms/edit-lookup';
import { loadDescriptors } from '../settings/descriptor-store';
import type { FactsSource } from './tab-checks';

// Column-2-only codes, by PTP import generation: the reverse index is read once per code, not per check.
const inReverse = new Map<string, boolean>();
async function knownAsColumn2(code: string, sets: Parameters<typeof lookupReverse>[1]): Promise<boolean> {
  const key = `${sets.ptp?.gen}:${code}`;
  let hit = inReverse.get(key);
  if (hit === undefined) {
    hit = (await lookupReverse(code, sets)).length > 0;
    if (inReverse.size > 5000) inReverse.clear();
    inReverse.set(key, hit);
  }
  return hit;
}

export const readFacts: FactsSource = async (codes) => {
  const edits = await lookupEdits(codes);
  const { sets } = edits;
  const imported = Boolean(sets.ptp || sets.mue || sets.aoc || sets.mpfs);
  const descriptors = await loadDescriptors();
  const known = new Set<string>();
  for (const code of new Set(codes)) {
    if (RULES[code]) continue;
    const own = edits.codes.get(code);
    if (own && (own.ptp.length || own.mue || own.aoc || own.mpfs)) known.add(code);
    else if (descriptors?.entries[code]) known.add(code);
    else if (sets.ptp && (await knownAsColumn2(code, sets))) known.add(code);
  }
  return { edits: imported ? edits : null, known };
};
