/** The IndexedDB of the imported ICD-10-CM file: one record per code, keyed [generation, dotted code]. */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { IcdRecord, IcdSetInfo } from './icd-types';

export interface IcdDb extends DBSchema {
  codes: { key: [number, string]; value: IcdRecord };
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
