/** The full dataset for the card and popup (never imported by the content script). */
import dataset from 'virtual:cpt-dataset';
import type { CodeEntry, Dataset } from './schema';

export const DATASET: Dataset = dataset;
const byCode = new Map(dataset.map((e) => [e.code, e]));

export function getEntry(code: string): CodeEntry | undefined {
  return byCode.get(code);
}
