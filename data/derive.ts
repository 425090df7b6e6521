/**
 * Everything the extension derives from the dataset, as pure functions: the slim rule set
 * the content script carries, and the search index the popup loads. Built once at build time
 * by the vite plugin; tests call the same functions on fixture data.
 */
import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import { modifierProblems, type ModifierProblems } from './modifier-validity';
import type { CodeEntry, Dataset, StatusKind } from './schema';

/** What the content script needs to detect codes and check them together; no prose. */
export interface CodeRule {
  code: string;
  kind: StatusKind;
  primaries: string[];
  /** Set when the primary list rests on a weak source: the page check says so beside its warning. */
  primariesCaveat?: string;
  notWith: Array<{ codes: string[]; basis: string; sameSideOnly: boolean }>;
  mue: number | null;
  /** Modifiers that cannot apply to this code, with the reason a coder reads. */
  badModifiers: ModifierProblems;
}
export type RuleSet = Record<string, CodeRule>;

const WEAK_KINDS: Record<string, string> = { 'ai-written': 'an AI-written page', 'machine-generated': 'a machine-generated page', 'third-party': 'a third-party site' };

function primariesCaveat(entry: CodeEntry): { primariesCaveat?: string } {
  const weak = entry.status.primaries?.length ? WEAK_KINDS[entry.status.source.kind] : undefined;
  if (!weak) return {};
  return { primariesCaveat: `Its primary list comes from ${weak} (${entry.status.source.asOf}), not yet confirmed: import CMS's add-on code edits file to check it.` };
}

export function buildRules(dataset: Dataset): RuleSet {
  const rules: RuleSet = {};
  for (const entry of dataset) {
    rules[entry.code] = {
      code: entry.code,
      kind: entry.status.kind,
      primaries: (entry.status.primaries ?? []).map((p) => p.code),
      ...primariesCaveat(entry),
      notWith: entry.notWith.map((b) => ({ codes: b.codes.map((c) => c.code), basis: b.basis, sameSideOnly: b.when === 'same-side' })),
      mue: entry.feeSchedule.mue.value,
      badModifiers: modifierProblems(entry),
    };
  }
  return rules;
}

const STATUS_WORDS: Record<StatusKind, string> = {
  standard: 'standalone procedure',
  'add-on': 'add-on addon add on code',
  'supervision-interpretation': 'supervision and interpretation S&I only radiology',
  unlisted: 'unlisted unspecified special report',
};

interface SearchDoc {
  id: string;
  code: string;
  title: string;
  description: string;
  terms: string;
  related: string;
}

function toSearchDoc(entry: CodeEntry): SearchDoc {
  return {
    id: entry.code,
    code: entry.code,
    title: entry.title,
    description: entry.description,
    terms: [
      ...entry.searchTerms,
      STATUS_WORDS[entry.status.kind],
      entry.status.summary,
      ...(entry.diagnoses?.items ?? []).map((d) => `${d.code} ${d.label}`),
    ].join(' '),
    related: [...entry.related.map((r) => r.howToTell), ...entry.modifiers.map((m) => m.meaning)].join(' '),
  };
}

export const SEARCH_OPTIONS: Options<SearchDoc> = {
  fields: ['code', 'title', 'description', 'terms', 'related'],
  storeFields: [],
  // Codes are searched by prefix ("507"), so keep digits whole instead of splitting them.
  tokenize: (text) => text.toLowerCase().split(/[^a-z0-9&]+/).filter(Boolean),
};

export const QUERY_OPTIONS: SearchOptions = {
  boost: { code: 6, title: 3, terms: 2, description: 1, related: 0.5 },
  prefix: true,
  fuzzy: (term) => (/^\d+$/.test(term) ? false : term.length <= 3 ? false : term.length <= 6 ? 1 : 2),
  combineWith: 'AND',
};

export function buildSearchIndex(dataset: Dataset): MiniSearch<SearchDoc> {
  const index = new MiniSearch<SearchDoc>(SEARCH_OPTIONS);
  index.addAll(dataset.map(toSearchDoc));
  return index;
}
