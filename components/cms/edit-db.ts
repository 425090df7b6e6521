/**
 * The IndexedDB that holds imported edit files, via `idb`. Compact layout, one record per
 * code (not per row): a PTP record packs a column 1 code's partners as one string of 5-char
 * codes plus typed arrays of dates, indicators and rationale indexes. Every key starts with an
 * import generation, so a new import writes beside the old one and becomes current only when
 * the meta record flips at the end: a failed import leaves the previous one intact.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ImportedFile, Setting } from './edit-types';

export interface PtpRecord {
  /** Column 2 codes, 5 characters each. */
  p: string;
  e: Int32Array;
  d: Int32Array;
  /** Modifier indicators, one digit per partner. */
  m: string;
  /** Index into the set's rationales. */
  r: Uint16Array;
  /** Index into the set's files. */
  f: number;
}
export interface RevRecord {
  /** Column 1 codes that list this code as their column 2, 5 characters each. */
  p: string;
}
export interface MueRecord {
  v: number;
  a: 1 | 2 | 3;
  r: string;
  f: number;
}
export interface AocRecord {
  rows: Array<{ t: 1 | 2 | 3; p: string | null; pd: number; e: number; d: number; ad: number; n: string }>;
  f: number;
}

export interface SetInfo {
  gen: number;
  setting: Setting | null;
  files: ImportedFile[];
  rows: number;
  importedAt: string;
  ms: number;
  rationales?: string[];
}
export interface EditSets {
  ptp?: SetInfo;
  mue?: SetInfo;
  aoc?: SetInfo;
  mpfs?: SetInfo;
}

type GenKey<K extends unknown[]> = [number, ...K];
export interface EditDb extends DBSchema {
  ptp: { key: GenKey<[string, number]>; value: PtpRecord };
  rev: { key: GenKey<[string, number]>; value: RevRecord };
  mue: { key: GenKey<[string]>; value: MueRecord };
  aoc: { key: GenKey<[string]>; value: AocRecord };
  meta: { key: string; value: unknown };
}

export const DB_NAME = 'cpt-lens-cms-edits';
export const DATA_STORES = ['ptp', 'rev', 'mue', 'aoc'] as const;

let opening: Promise<IDBPDatabase<EditDb>> | null = null;

export function editDb(): Promise<IDBPDatabase<EditDb>> {
  opening ??= openDB<EditDb>(DB_NAME, 1, {
    upgrade(db) {
      for (const name of DATA_STORES) db.createObjectStore(name);
      db.createObjectStore('meta');
    },
    // Another context (options page worker vs background) may hold it open; let it go.
    blocking() {
      void opening?.then((db) => db.close());
      opening = null;
    },
  });
  return opening;
}

/** For tests: forget the open connection. */
export function resetEditDb(): void {
  void opening?.then((db) => db.close());
  opening = null;
}

export async function readSets(): Promise<EditSets> {
  const db = await editDb();
  return ((await db.get('meta', 'sets')) as EditSets | undefined) ?? {};
}

/** Every key of one generation in a store: [gen] … [gen, []] (arrays sort after strings and numbers). */
export const genRange = (gen: number) => IDBKeyRange.bound([gen], [gen, []]);
