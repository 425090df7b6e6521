/**
 * The import-generation scheme of the CMS edit files (cms/import-edit-files.ts), for any of our
 * databases: every key starts with a generation number; an import writes a new generation beside
 * the current one, the meta record flips to it only when everything parsed, and then the old
 * generation is deleted. A failed or interrupted import leaves the previous one as it was.
 */
import type { IDBPDatabase } from 'idb';
import { genRange } from '../cms/edit-db';

// The stores differ per database; these helpers only touch keys and the 'meta' store.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = IDBPDatabase<any>;

/** A generation number no record uses yet (also past those an interrupted import left). */
export async function newGeneration(db: AnyDb, current: number | undefined): Promise<number> {
  const next = Math.max(((await db.get('meta', 'nextGen')) as number | undefined) ?? 0, (current ?? -1) + 1);
  await db.put('meta', next + 1, 'nextGen');
  return next;
}

export async function dropGeneration(db: AnyDb, stores: readonly string[], gen: number): Promise<void> {
  const tx = db.transaction([...stores], 'readwrite');
  for (const s of stores) void tx.objectStore(s).delete(genRange(gen));
  await tx.done;
}

/** Deletes every generation but `keep` (what an import cut short by a closed page left behind). */
export async function dropOtherGenerations(db: AnyDb, stores: readonly string[], keep: number | undefined): Promise<void> {
  const tx = db.transaction([...stores], 'readwrite');
  for (const s of stores) {
    const store = tx.objectStore(s);
    if (keep === undefined) void store.clear();
    else {
      void store.delete(IDBKeyRange.upperBound([keep], true));
      void store.delete(IDBKeyRange.lowerBound([keep, []], true));
    }
  }
  await tx.done;
}

/** Writes [key, value] pairs in batches, one transaction each, so memory and transactions stay small. */
export async function putAll(db: AnyDb, store: string, entries: Iterable<[IDBValidKey, unknown]>, batch = 1000): Promise<void> {
  let pending: Array<[IDBValidKey, unknown]> = [];
  const flush = async () => {
    const tx = db.transaction(store, 'readwrite');
    for (const [k, v] of pending) void tx.store.put(v, k);
    pending = [];
    await tx.done;
  };
  for (const e of entries) {
    pending.push(e);
    if (pending.length >= batch) await flush();
  }
  if (pending.length) await flush();
}
