/**
 * Background-side reads of the imported edit files: one batched transaction per change of the
 * tab's codes, with a small cache keyed by import generation, so re-checking the same claim
 * costs no IndexedDB round trip. Each code comes back with its PTP, MUE, add-on and MPFS
 * records; with nothing imported, `filesGone` says whether the browser cleared earlier imports.
 */
import { editDb, readSets, type AocRecord, type EditSets, type MpfsRecord, type MueRecord, type PtpRecord, type SetInfo } from './edit-db';
import { bucketOf, type Bucket } from './code-buckets';
import type { FeeScheduleRow } from './fee-schedule-types';
import { EDITS_CHANNEL, onLocalEditsChange } from './edits-channel';
import { filesGone } from './import-marker';

export interface CodeEdits {
  /** This code as column 1 (its column 2 partners), in file order. */
  ptp: PtpRecord[];
  mue: MueRecord | null;
  aoc: AocRecord | null;
  /** The code's global row (modifier '') in the imported MPFS relative value file; its source is sets.mpfs. */
  mpfs: FeeScheduleRow | null;
}
export interface EditFacts {
  sets: EditSets;
  codes: Map<string, CodeEdits>;
  /** Files were imported but the browser has since emptied IndexedDB (evicted): re-import them. */
  filesGone: boolean;
}

const CACHE_MAX = 2000;
const cache = new Map<string, CodeEdits>();
let cachedSets: { key: string; sets: EditSets } | null = null;

let channel: BroadcastChannel | null = null;
function listen(): void {
  if (channel || typeof BroadcastChannel === 'undefined') return;
  channel = new BroadcastChannel(EDITS_CHANNEL);
  channel.onmessage = () => forgetCachedEdits();
  // Node (unit tests) would otherwise keep running for the open channel.
  (channel as unknown as { unref?: () => void }).unref?.();
}

const setsKey = (s: EditSets) => `${s.ptp?.gen ?? '-'}/${s.mue?.gen ?? '-'}/${s.aoc?.gen ?? '-'}/${s.mpfs?.gen ?? '-'}`;
const anySet = (s: EditSets) => Boolean(s.ptp || s.mue || s.aoc || s.mpfs);

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
// Imports run in the options page's worker and announce changes on the channel; a removal or
// a test's import in this context calls us directly.
onLocalEditsChange(forgetCachedEdits);

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
  if (missing.length > 0 && anySet(sets)) {
    const db = await editDb();
    const tx = db.transaction(['ptp', 'mue', 'aoc', 'mpfs']);
    const { ptp, mue, aoc, mpfs } = sets;
    const reads = missing.map(async (code) => {
      const [p, m, a, f] = await Promise.all([
        ptp ? tx.objectStore('ptp').getAll(IDBKeyRange.bound([ptp.gen, code], [ptp.gen, code, Infinity])) : [],
        mue ? byCode<MueRecord>(tx.objectStore('mue'), mue, code) : undefined,
        aoc ? tx.objectStore('aoc').get([aoc.gen, code]) : undefined,
        mpfs ? byCode<MpfsRecord>(tx.objectStore('mpfs'), mpfs, code) : undefined,
      ]);
      const edits: CodeEdits = { ptp: p, mue: m ?? null, aoc: a ?? null, mpfs: f?.rows.find((r) => r.modifier === '') ?? null };
      out.set(code, edits);
      if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value!);
      cache.set(code, edits);
    });
    await Promise.all(reads);
    await tx.done;
  } else {
    for (const code of missing) out.set(code, { ptp: [], mue: null, aoc: null, mpfs: null });
  }
  // Only asked when nothing is imported, so the hot path (a tab's checks) never pays for it.
  return { sets, codes: out, filesGone: await filesGone(!anySet(sets)) };
}

/** The two reads `byCode` makes, of the MUE or the MPFS store. */
interface BucketStore {
  get(key: [number, string]): Promise<unknown>;
  getAll(range: IDBKeyRange): Promise<unknown[]>;
}

/** A code's MUE or MPFS record: from its prefix's buckets, or (imports before them) its own record. */
async function byCode<T>(store: BucketStore, set: SetInfo, code: string): Promise<T | undefined> {
  if (set.layout !== 'buckets') return (await store.get([set.gen, code])) as T | undefined;
  const prefix = bucketOf(code);
  const runs = (await store.getAll(IDBKeyRange.bound([set.gen, prefix], [set.gen, prefix, Infinity]))) as Array<Bucket<T>>;
  let found: T | undefined;
  for (const run of runs) found = run[code] ?? found;
  return found;
}

/** Column 1 codes that list this code as column 2 (for cards only; checks never need it). */
export async function lookupReverse(code: string, sets: EditSets): Promise<string> {
  if (!sets.ptp) return '';
  const db = await editDb();
  const recs = await db.getAll('rev', IDBKeyRange.bound([sets.ptp.gen, code], [sets.ptp.gen, code, Infinity]));
  return recs.map((r) => r.p).join('');
}
