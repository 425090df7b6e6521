/**
 * Records of the CPT/HCPCS codes sharing their first 3 characters ("507" → 50706, 50431…), one
 * IndexedDB record per prefix instead of one per code: every put is a request of its own to the
 * browser's IndexedDB, and 15,000–17,000 of them (an MUE table, an MPFS file, a coverage
 * download's code index) made each of those imports ~1.4 s and ~35 MB of the extension
 * renderer's peak. Used by the CMS edit-file store (edit-db.ts) and the coverage store.
 */
export type Bucket<T> = Record<string, T>;

export const bucketOf = (code: string): string => code.slice(0, 3);

/** Whole entries grouped into buckets at once (a store written at the end of an import). */
export function inBuckets<T>(entries: Iterable<[string, T]>, keyOf: (code: string) => string = bucketOf): Map<string, Bucket<T>> {
  const buckets = new Map<string, Bucket<T>>();
  for (const [code, value] of entries) {
    const key = keyOf(code);
    let bucket = buckets.get(key);
    if (!bucket) buckets.set(key, (bucket = {}));
    bucket[code] = value;
  }
  return buckets;
}
