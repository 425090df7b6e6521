/**
 * The medical-necessity check's input and output: plain data only, so it runs in the background,
 * a worker or a unit test, and the lead can wire it into the claim checks and the card.
 */
import type { IcdFact } from '../icd10/icd-types';
import type { CoverageArticle } from './coverage-types';

export interface NecessityLine {
  /** HCPCS/CPT code. */
  code: string;
  modifiers: readonly string[];
  /** YYYY-MM-DD, or null when the page shows none. */
  dateOfService: string | null;
}

export interface NecessityLookups {
  /** false: no coverage articles imported (the check then says so once, not per line). */
  coverageImported: boolean;
  /** The chosen contractor's label; null when none is chosen. */
  contractor: string | null;
  /** HCPCS/CPT code → the chosen contractor's billing articles that list it. */
  articlesByCode: Readonly<Record<string, readonly CoverageArticle[]>>;
  /** null: no ICD-10-CM file imported. */
  icd: {
    fiscalYear: number | null;
    hasExcludes1: boolean;
    /** Dotted code → what the file says. */
    facts: Readonly<Record<string, IcdFact>>;
  } | null;
}

export interface NecessityInput {
  lines: readonly NecessityLine[];
  /** The claim's diagnosis codes, in claim order, with or without dots. */
  diagnoses: readonly string[];
  lookups: NecessityLookups;
}

export type FindingKind =
  | 'covered'
  | 'not-covered'
  | 'needs-group'
  | 'never-covered'
  | 'abn'
  | 'no-article'
  | 'article-dates'
  | 'setup'
  | 'icd-header'
  | 'icd-seventh'
  | 'icd-unknown'
  | 'icd-excludes1'
  | 'icd-year';

export interface NecessityFinding {
  level: 'ok' | 'warning' | 'note';
  kind: FindingKind;
  text: string;
  /** The article the finding is about ("A57765") and its title. */
  articleId?: string;
  articleTitle?: string;
  /** The diagnosis codes it is about. */
  diagnoses?: string[];
}

export interface NecessityLineResult {
  index: number;
  code: string;
  /** covered: some article's covered codes (and group rules) are met by the claim's diagnoses. */
  verdict: 'covered' | 'not-covered' | 'no-article' | 'unchecked';
  findings: NecessityFinding[];
}

export interface NecessityResult {
  lines: NecessityLineResult[];
  /** About the claim as a whole: the diagnoses themselves (header codes, 7th character,
   *  Excludes1, fiscal year) and what is not set up (no contractor chosen, nothing imported). */
  claim: NecessityFinding[];
}
