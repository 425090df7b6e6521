/**
 * Records of the CPT/HCPCS codes sharing their first 3 characters ("507" → 50706, 50431…), one
 * IndexedDB record per prefix instead of one per code: every put is a request of its own to the
 * browser's IndexedDB, and 15,000–17,000 of them (an MUE table, an MPFS file, a coverage
 * download's code index) made each of those imports ~1.4 s and ~35 MB of the extension
 * renderer's peak. Used by the CMS edit-file store (edit-db.ts) and the coverage store.
 */
export type Bucket<T> = Record<string, T>;

export const bucketOf = (code: string): string => code.slice(0, 3);
