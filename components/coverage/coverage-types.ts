/**
 * What CPT Lens keeps of an imported Medicare Coverage Database article download, and the plain
 * shapes the medical-necessity rule reads (no browser types: the lead can run it anywhere).
 */

/** How one covered-code group of an article may be used, read from its paragraph. */
export type GroupRule =
  /** Codes of this group support the service on their own. */
  | { kind: 'alone' }
  /** A code of this group needs, on the same claim, a code from one of these groups. */
  | { kind: 'needs'; groups: number[]; role: 'secondary' | 'primary' | 'with' };

export interface CoveredGroup {
  group: number;
  rule: GroupRule;
  /** The group's paragraph as plain text (capped), shown, never evaluated beyond `rule`. */
  paragraph: string;
}

/** One billing and coding article, as the rule needs it. */
export interface CoverageArticle {
  /** "A57765" (the MCD display id). */
  id: string;
  version: number;
  title: string;
  /** YYYY-MM-DD or null. */
  effective: string | null;
  ends: string | null;
  /** Covered ICD-10-CM code (dotted) → the groups that list it. */
  covered: Readonly<Record<string, readonly number[]>>;
  groups: readonly CoveredGroup[];
  /** ICD-10-CM codes the article says never support the services it lists. */
  noncovered: Readonly<Record<string, true>>;
  /** Codes the article marks with an asterisk (its paragraph says what that means). */
  asterisked: readonly string[];
}

/** A contractor (MAC) of the download: key is contractor_id|contractor_type_id|contractor_version. */
export interface ContractorInfo {
  key: string;
  id: string;
  number: string;
  name: string;
  type: string;
  /** State abbreviations of its current jurisdiction (empty when the download has no jurisdiction table). */
  states: string[];
}

export type ContractorChoice = { contractor: string } | { state: string };

export interface CoverageFileInfo {
  name: string;
  /** Where it sat: "current_article.zip → current_article_csv.zip → article.csv". */
  path: string;
  rows: number;
  /** Latest last_updated date in the file, YYYY-MM-DD. */
  lastUpdated: string | null;
}

export interface CoverageSetInfo {
  gen: number;
  files: CoverageFileInfo[];
  articles: number;
  /** Article ↔ HCPCS/CPT rows kept. */
  codeRows: number;
  coveredRows: number;
  noncoveredRows: number;
  contractors: ContractorInfo[];
  /** The download's update period end (update_period.csv) when present. */
  asOf: string | null;
  importedAt: string;
  ms: number;
  /** 'code-buckets': the code index by 3-character prefix (coverage-db.ts); absent in imports before: one record per code. */
  layout?: 'code-buckets';
}

/** One article as stored: codes packed as space-separated strings (small, fast to read back). */
export interface ArticleRecord {
  id: string;
  display: string;
  v: number;
  t: string;
  eff: string | null;
  end: string | null;
  /** Contractor keys. */
  k: string[];
  cov: Array<{ g: number; c: string; p: string; r: GroupRule }>;
  non: string;
  ast: string;
}
