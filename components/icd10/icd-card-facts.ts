/**
 * What a diagnosis code's card shows from the user's imported ICD-10-CM file: the file's fiscal
 * year and names (every fact names its file) and the code's fact. Read in the background, where
 * the import lives; the card asks by message.
 */
import { lookupIcd } from './icd-lookup';
import type { IcdFact } from './icd-types';

export interface IcdCardFacts {
  code: string;
  /** null: no ICD-10-CM file is imported. */
  file: { fiscalYear: number | null; names: string[] } | null;
  fact: IcdFact | null;
}

export async function icdCardFacts(code: string): Promise<IcdCardFacts> {
  const { set, facts } = await lookupIcd([code]);
  if (!set) return { code, file: null, fact: null };
  return { code, file: { fiscalYear: set.fiscalYear, names: set.files.map((f) => f.name) }, fact: facts.get(code) ?? null };
}
