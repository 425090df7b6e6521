/** What CPT Lens keeps of an imported ICD-10-CM file, and what a look-up answers. */

export type IcdFileKind = 'order' | 'codes' | 'tabular';

/** One code as stored: inside its category's record (see icd-db.ts), or keyed by itself in imports before that. */
export interface IcdRecord {
  /** Title; null for a header known only as the prefix of billable codes (code-description file). */
  t: string | null;
  /** 1 billable, 0 header (category or subcategory). */
  b: 0 | 1;
  /** Header only: 1 when every billable code under it has 7 characters (a 7th character is required). */
  s7?: 0 | 1;
  /** Excludes1 notes from the tabular XML, when imported. */
  x1?: Excludes1Note[];
}

export interface Excludes1Note {
  text: string;
  /** Codes and ranges the note names, dotted: ["Q00-Q99"], ["M16.1"]. */
  refs: string[];
}

export interface IcdFileInfo {
  name: string;
  kind: IcdFileKind;
  rows: number;
  /** The fiscal year its name states, if any. */
  fiscalYear: number | null;
}

export interface IcdSetInfo {
  gen: number;
  fiscalYear: number | null;
  /** How the fiscal year was learned. */
  fiscalYearFrom: 'file name' | 'your choice' | 'unknown';
  files: IcdFileInfo[];
  /** Codes stored (billable + headers). */
  codes: number;
  billable: number;
  hasExcludes1: boolean;
  importedAt: string;
  ms: number;
  /**
   * 'by-category': one record per 3-character category holding its codes (icd-db.ts). Absent in
   * imports made before that layout: one record per code, still read as such.
   */
  layout?: 'by-category';
}

/** The answer for one code on a claim: plain data, for the pure rules. */
export interface IcdFact {
  code: string;
  /** false: the imported file does not have this code. */
  found: boolean;
  title: string | null;
  billable: boolean | null;
  /** true: a header whose billable codes all have 7 characters; null: cannot tell. */
  needsSeventh: boolean | null;
  /** null: the imported files carry no Excludes1 notes (only the tabular XML does). */
  excludes1: Excludes1Note[] | null;
}
