/**
 * Asks the browser to keep the imported files (navigator.storage.persist): without it,
 * IndexedDB data is "best effort" and may be evicted under storage pressure. Returns null where
 * the Storage API is missing (then the options page says it cannot tell).
 */
type StorageManagerLike = { persist?: () => Promise<boolean>; persisted?: () => Promise<boolean> };
const manager = (): StorageManagerLike | undefined => (globalThis.navigator as { storage?: StorageManagerLike } | undefined)?.storage;

/** One Storage API call, or null where the browser lacks it or refuses to answer. */
async function ask(name: keyof StorageManagerLike): Promise<boolean | null> {
  const m = manager();
  const call = m?.[name];
  if (!call) return null;
  try {
    return await call.call(m);
  } catch {
    return null;
  }
}

export const requestPersistence = (): Promise<boolean | null> => ask('persist');
export const isPersisted = (): Promise<boolean | null> => ask('persisted');
