/**
 * Popup search over the dataset: digits match codes by prefix, words go to MiniSearch with
 * prefix and typo tolerance. The index is built at build time (virtual:cpt-search-index).
 */
import MiniSearch, { type AsPlainObject } from 'minisearch';
import { QUERY_OPTIONS, SEARCH_OPTIONS } from '../../data/derive';
import type { CodeEntry, Dataset } from '../../data/schema';

export type SearchCodes = (query: string) => CodeEntry[];

export function createSearch(indexJson: AsPlainObject, dataset: Dataset): SearchCodes {
  const index = MiniSearch.loadJS(indexJson, SEARCH_OPTIONS);
  const byCode = new Map(dataset.map((e) => [e.code, e]));
  return (raw) => {
    const query = raw.trim();
    if (!query) return [...dataset];
    if (/^\d{1,5}$/.test(query)) return dataset.filter((e) => e.code.startsWith(query));
    let hits = index.search(query, QUERY_OPTIONS);
    if (hits.length === 0) hits = index.search(query, { ...QUERY_OPTIONS, combineWith: 'OR' });
    return hits.map((h) => byCode.get(String(h.id))).filter((e): e is CodeEntry => !!e);
  };
}
