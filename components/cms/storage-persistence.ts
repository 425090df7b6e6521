/**
 * Asks the browser to keep the imported files (navigator.storage.persist): without it,
 * IndexedDB data is "best effort" and may be evicted under storage pressure. Returns null where
 * the Storage API is missing (then the options page says it cannot tell).
 */
type StorageManagerLike = { persist?: () => Promise<boolean>; persisted?: () => Promise<boolean> };
const manager = (): StorageManagerLike | undefined => (globalThis.navigator as { storage?: StorageManagerLike } | undefined)?.storage;

export async function requestPersistence(): Promise<boolean | null> {
  const m = manager();
  if (!m?.persist) return null;
  try {
    return await m.persist();
  } catch {
    return null;
  }
}

export async function isPersisted(): Promise<boolean | null> {
  const m = manager();
  if (!m?.persisted) return null;
  try {
    return await m.persisted();
  } catch {
    return null;
  }
}
