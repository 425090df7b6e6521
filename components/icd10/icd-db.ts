/**
 * The IndexedDB of the imported ICD-10-CM file: one record per 3-character category ("S72"),
 * keyed [generation, category], holding its codes by dotted code. One put per code (~100,000)
 * cost the import 5.6 of its 7 s and ~120 MB of the extension renderer's peak: each put is a
 * request of its own to the browser's IndexedDB. Imports from before this layout hold one
 * record per code, keyed [generation, dotted code]; their set has no `layout` and is read so.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { IcdRecord, IcdSetInfo } from './icd-types';

/** A category's codes, by dotted code (the category itself included when it is a code). */
export type IcdCategoryRecord = Record<string, IcdRecord>;

export interface IcdDb extends DBSchema {
  codes: { key: [number, string]; value: IcdCategoryRecord | IcdRecord };
  meta: { key: string; value: unknown };
}

export const ICD_DB_NAME = 'cpt-lens-icd10';
export const ICD_STORES = ['codes'] as const;

let opening: Promise<IDBPDatabase<IcdDb>> | null = null;

export function icdDb(): Promise<IDBPDatabase<IcdDb>> {
  opening ??= openDB<IcdDb>(ICD_DB_NAME, 1, {
    upgrade(db) {
      db.createObjectStore('codes');
      db.createObjectStore('meta');
    },
    // The options page's worker and the background both open it; let an upgrade through.
    blocking() {
      void opening?.then((db) => db.close());
      opening = null;
    },
  });
  return opening;
}

/** For tests: forget the open connection. */
export function resetIcdDb(): void {
  void opening?.then((db) => db.close());
  opening = null;
}

export async function readIcdSet(): Promise<IcdSetInfo | null> {
  return (((await (await icdDb()).get('meta', 'set')) as IcdSetInfo | undefined) ?? null);
}

/** "S72.001A" → "S72": the key of the record that holds the code. */
export const categoryOf = (dotted: string): string => dotted.slice(0, 3);
