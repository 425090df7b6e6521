/**
 * The IndexedDB of the imported coverage articles: one record per article, and the code index —
 * the articles listing each HCPCS/CPT code — in one record per 3-character code prefix
 * (~9,000 codes in ~900 records; one put each is a request of its own to the browser's
 * IndexedDB, see cms/code-buckets.ts). Imports made before hold one index record per code
 * (their set has no `layout`). Keys start with the generation, as in the CMS edit-file store;
 * the meta store holds the current set and the user's contractor (or state) choice.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ArticleRecord, ContractorChoice, CoverageSetInfo } from './coverage-types';

export interface CoverageDb extends DBSchema {
  article: { key: [number, string]; value: ArticleRecord };
  code: { key: [number, string]; value: string[] | Record<string, string[]> };
  meta: { key: string; value: unknown };
}

export const COVERAGE_DB_NAME = 'cpt-lens-coverage';
export const COVERAGE_STORES = ['article', 'code'] as const;

let opening: Promise<IDBPDatabase<CoverageDb>> | null = null;

export function coverageDb(): Promise<IDBPDatabase<CoverageDb>> {
  opening ??= openDB<CoverageDb>(COVERAGE_DB_NAME, 1, {
    upgrade(db) {
      db.createObjectStore('article');
      db.createObjectStore('code');
      db.createObjectStore('meta');
    },
    blocking() {
      void opening?.then((db) => db.close());
      opening = null;
    },
  });
  return opening;
}

/** For tests: forget the open connection. */
export function resetCoverageDb(): void {
  void opening?.then((db) => db.close());
  opening = null;
}

export async function readCoverageSet(): Promise<CoverageSetInfo | null> {
  return ((await (await coverageDb()).get('meta', 'set')) as CoverageSetInfo | undefined) ?? null;
}

export async function readChoice(): Promise<ContractorChoice | null> {
  return ((await (await coverageDb()).get('meta', 'choice')) as ContractorChoice | undefined) ?? null;
}
