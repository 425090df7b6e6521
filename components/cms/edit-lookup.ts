/**
 * Background-side reads of the imported edit files: one batched transaction per change of the
 * tab's codes, with a small cache keyed by import generation, so re-checking the same claim
 * costs no IndexedDB round trip.
 */
import type { FeeScheduleRow } from './fee-schedule-types';
import { editDb, readSets, type AocRecord, type EditSets, type MueRecord, type PtpRecord } from './edit-db';

export interface CodeEdits {
  /** This code as column 1 (its column 2 partners), in file order. */
  ptp: PtpRecord[];
  mue: MueRecord | null;
  aoc: AocRecord | null;
  mpfs?: FeeScheduleRow | null;
}
export interface EditFacts {
  sets: EditSets;
  codes: Map<string, CodeEdits>;
}

const CACHE_MAX = 2000;
const cache = new Map<string, CodeEdits>();
let cachedSets: { key: string; sets: EditSets } | null = null;

/** Imports run in the options page's worker; they announce a change here so the cache is dropped. */
export const EDITS_CHANNEL = 'cpt-lens-cms-edits';
let channel: BroadcastChannel | null = null;
function listen(): void {
  if (channel || typeof BroadcastChannel === 'undefined') return;
  channel = new BroadcastChannel(EDITS_CHANNEL);
  channel.onmessage = () => forgetCachedEdits();
  // Node (unit tests) would otherwise keep running for the open channel.
  (channel as unknown as { unref?: () => void }).unref?.();
}

const setsKey = (s: EditSets) => `${s.ptp?.gen ?? '-'}/${s.mue?.gen ?? '-'}/${s.aoc?.gen ?? '-'}`;

/** Calls `listener` after any import or removal of edit files (e.g. to re-check open tabs). */
export function onEditFilesChanged(listener: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const ch = new BroadcastChannel(EDITS_CHANNEL);
  ch.onmessage = () => listener();
  (ch as unknown as { unref?: () => void }).unref?.();
  return () => ch.close();
}

/** Drops cached records (after an import or removal the generation changes anyway). */
export function forgetCachedEdits(): void {
  cache.clear();
  cachedSets = null;
}

export async function lookupEdits(codes: readonly string[]): Promise<EditFacts> {
  listen();
  // Without the channel (no BroadcastChannel) every lookup re-reads the sets record.
  const sets = channel && cachedSets ? cachedSets.sets : await readSets();
  const key = setsKey(sets);
  if (cachedSets?.key !== key) {
    cache.clear();
    cachedSets = { key, sets };
  }
  const out = new Map<string, CodeEdits>();
  const missing: string[] = [];
  for (const code of new Set(codes)) {
    const hit = cache.get(code);
    if (hit) out.set(code, hit);
    else missing.push(code);
  }
  if (missing.length > 0 && (sets.ptp || sets.mue || sets.aoc)) {
    const db = await editDb();
    const tx = db.transaction(['ptp', 'mue', 'aoc']);
    const { ptp, mue, aoc } = sets;
    const reads = missing.map(async (code) => {
      const [p, m, a] = await Promise.all([
        ptp ? tx.objectStore('ptp').getAll(IDBKeyRange.bound([ptp.gen, code], [ptp.gen, code, Infinity])) : [],
        mue ? tx.objectStore('mue').get([mue.gen, code]) : undefined,
        aoc ? tx.objectStore('aoc').get([aoc.gen, code]) : undefined,
      ]);
      const edits: CodeEdits = { ptp: p, mue: m ?? null, aoc: a ?? null };
      out.set(code, edits);
      if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value!);
      cache.set(code, edits);
    });
    await Promise.all(reads);
    await tx.done;
  } else {
    for (const code of missing) out.set(code, { ptp: [], mue: null, aoc: null });
  }
  return { sets, codes: out };
}

/** Column 1 codes that list this code as column 2 (for cards only; checks never need it). */
export async function lookupReverse(code: string, sets: EditSets): Promise<string> {
  if (!sets.ptp) return '';
  const db = await editDb();
  const recs = await db.getAll('rev', IDBKeyRange.bound([sets.ptp.gen, code], [sets.ptp.gen, code, Infinity]));
  return recs.map((r) => r.p).join('');
}
