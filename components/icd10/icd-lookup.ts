/**
 * Background-side reads of the imported ICD-10-CM file for a claim's diagnoses: one transaction
 * for all of them (each code and its parents, whose Excludes1 notes apply to it too), then a
 * cache keyed by import generation, so re-checking the same claim reads nothing.
 */
import { categoryOf, icdDb, readIcdSet, type IcdCategoryRecord } from './icd-db';
import { bareCode, placeDot } from './icd-code';
import type { Excludes1Note, IcdFact, IcdRecord, IcdSetInfo } from './icd-types';

export interface IcdFacts {
  set: IcdSetInfo | null;
  facts: Map<string, IcdFact>;
}

export const ICD_CHANNEL = 'cpt-lens-icd10';
const CACHE_MAX = 5000;
const cache = new Map<string, IcdRecord | null>();
let cachedSet: { set: IcdSetInfo | null } | null = null;
let channel: BroadcastChannel | null = null;

function listen(): void {
  if (channel || typeof BroadcastChannel === 'undefined') return;
  channel = new BroadcastChannel(ICD_CHANNEL);
  channel.onmessage = () => forgetCachedIcd();
  (channel as unknown as { unref?: () => void }).unref?.();
}

export function forgetCachedIcd(): void {
  cache.clear();
  cachedSet = null;
}

/** Tells other contexts (the background) that the imported file changed. */
export function announceIcdChange(): void {
  forgetCachedIcd();
  if (typeof BroadcastChannel === 'undefined') return;
  const ch = new BroadcastChannel(ICD_CHANNEL);
  ch.postMessage('changed');
  ch.close();
}

/** The code and its parents, dotted: "S72.001A" → S72, S72.0, S72.00, S72.001, S72.001A. */
const lineage = (code: string) => {
  const bare = bareCode(code);
  const out: string[] = [];
  for (let n = 3; n <= bare.length; n++) out.push(placeDot(bare.slice(0, n)));
  return out;
};

function fact(code: string, set: IcdSetInfo, get: (c: string) => IcdRecord | null): IcdFact {
  const rec = get(code);
  let excludes1: Excludes1Note[] | null = null;
  if (set.hasExcludes1) {
    excludes1 = [];
    for (const c of lineage(code)) excludes1.push(...(get(c)?.x1 ?? []));
  }
  if (!rec) return { code, found: false, title: null, billable: null, needsSeventh: null, excludes1 };
  return {
    code,
    found: true,
    title: rec.t,
    billable: rec.b === 1,
    needsSeventh: rec.b === 1 ? false : rec.s7 === undefined ? null : rec.s7 === 1,
    excludes1,
  };
}

export async function lookupIcd(codes: readonly string[]): Promise<IcdFacts> {
  listen();
  const set = channel && cachedSet ? cachedSet.set : await readIcdSet();
  if (cachedSet?.set?.gen !== set?.gen) cache.clear();
  cachedSet = { set };
  const dotted = [...new Set(codes.map(placeDot))];
  const facts = new Map<string, IcdFact>();
  if (!set) return { set, facts };
  const key = (c: string) => `${set.gen}:${c}`;
  const missing = [...new Set(dotted.flatMap(lineage))].filter((c) => !cache.has(key(c)));
  if (missing.length > 0) {
    const db = await icdDb();
    const tx = db.transaction('codes');
    const remember = (c: string, rec: IcdRecord | null) => {
      if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value!);
      cache.set(key(c), rec);
    };
    if (set.layout === 'by-category') {
      const categories = [...new Set(missing.map(categoryOf))];
      const buckets = await Promise.all(categories.map((cat) => tx.store.get([set.gen, cat]) as Promise<IcdCategoryRecord | undefined>));
      const byCategory = new Map(categories.map((cat, i) => [cat, buckets[i]]));
      for (const c of missing) remember(c, byCategory.get(categoryOf(c))?.[c] ?? null);
    } else {
      // An import made before the by-category layout: one record per code.
      await Promise.all(missing.map(async (c) => remember(c, ((await tx.store.get([set.gen, c])) as IcdRecord | undefined) ?? null)));
    }
    await tx.done;
  }
  for (const c of dotted) facts.set(c, fact(c, set, (x) => cache.get(key(x)) ?? null));
  return { set, facts };
}
