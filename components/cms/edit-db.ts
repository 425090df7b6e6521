/**
 * The IndexedDB that holds imported edit files, via `idb`. Compact layout, never a record per
 * row: a PTP record packs a column 1 code's partners as one string of 5-char codes plus typed
 * arrays of dates, indicators and rationale indexes; MUE and MPFS records are grouped by code
 * prefix (code-buckets.ts), an MPFS code holding its fee-schedule rows (indicators only, never
 * the descriptor). Every key starts with an
 * import generation, so a new import writes beside the old one and becomes current only when
 * the meta record flips at the end: a failed import leaves the previous one intact.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { announceEditsChanged } from './edits-channel';
import type { ImportedFile, Setting } from './edit-types';
import type { FeeScheduleFileInfo, FeeScheduleRow } from './fee-schedule-types';
import type { Bucket } from './code-buckets';

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

/** One code's rows of the MPFS relative value file (global row, then 26, TC, 53 if any). */
export interface MpfsRecord {
  rows: FeeScheduleRow[];
  f: number;
}

export interface SetInfo {
  gen: number;
  /**
   * MUE and MPFS sets: 'buckets' when stored one record per 3-character code prefix (see
   * `Bucket`); absent in imports made before, which hold one record per code.
   */
  layout?: 'buckets';
  setting: Setting | null;
  files: ImportedFile[];
  rows: number;
  importedAt: string;
  ms: number;
  rationales?: string[];
  /** The MPFS set only: which file, year and release every fee-schedule fact names. */
  feeSchedule?: FeeScheduleFileInfo;
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
  // MUE and MPFS: one `Bucket` per run of a code prefix, keyed [gen, prefix, seq] (seq counts the
  // prefix's runs, should a file not be sorted; a later run's code wins, as a later put did).
  // Sets imported before (no `layout`) hold one record per code, keyed [gen, code].
  mue: { key: GenKey<[string]> | GenKey<[string, number]>; value: MueRecord | Bucket<MueRecord> };
  aoc: { key: GenKey<[string]>; value: AocRecord };
  mpfs: { key: GenKey<[string]> | GenKey<[string, number]>; value: MpfsRecord | Bucket<MpfsRecord> };
  meta: { key: string; value: unknown };
}

export const DB_NAME = 'cpt-lens-cms-edits';
export const DATA_STORES = ['ptp', 'rev', 'mue', 'aoc', 'mpfs'] as const;

let opening: Promise<IDBPDatabase<EditDb>> | null = null;

export function editDb(): Promise<IDBPDatabase<EditDb>> {
  // Version 2 added the MPFS store; an upgrade from 1 keeps the imported edit files.
  opening ??= openDB<EditDb>(DB_NAME, 2, {
    upgrade(db) {
      for (const name of [...DATA_STORES, 'meta'] as const) if (!db.objectStoreNames.contains(name)) db.createObjectStore(name);
    },
    // Another context (options page worker vs background) may hold it open; let it go. The
    // database may be on its way out (deleted, or the browser evicting it): cached sets are stale.
    blocking() {
      void opening?.then((db) => db.close());
      opening = null;
      announceEditsChanged();
    },
    terminated() {
      opening = null;
      announceEditsChanged();
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
