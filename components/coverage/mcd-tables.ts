/**
 * The tables of the Medicare Coverage Database "current article" download that CPT Lens reads,
 * with the columns it needs (names as the MCD data dictionary gives them; other columns and
 * tables are ignored). The download (current_article.zip) holds current_article_csv.zip, which
 * holds one CSV per table with a header line of these lower-case column names.
 */
export const MCD_TABLES = {
  article: { required: ['article_id', 'article_version', 'title', 'article_eff_date'], optional: ['article_end_date', 'article_pub_date', 'display_id', 'last_updated'] },
  article_x_hcpc_code: { required: ['article_id', 'article_version', 'hcpc_code_id'], optional: ['hcpc_code_group', 'last_updated'] },
  article_x_icd10_covered: { required: ['article_id', 'article_version', 'icd10_code_id', 'icd10_covered_group'], optional: ['asterisk', 'last_updated'] },
  article_x_icd10_covered_group: { required: ['article_id', 'article_version', 'icd10_covered_group', 'paragraph'], optional: ['last_updated'] },
  article_x_icd10_noncovered: { required: ['article_id', 'article_version', 'icd10_code_id', 'icd10_noncovered_group'], optional: ['last_updated'] },
  article_x_icd10_noncovered_group: { required: ['article_id', 'article_version', 'icd10_noncovered_group', 'paragraph'], optional: ['last_updated'] },
  article_x_contractor: { required: ['article_id', 'article_version', 'contractor_id', 'contractor_type_id', 'contractor_version'], optional: ['last_updated'] },
  contractor: { required: ['contractor_id', 'contractor_type_id', 'contractor_version', 'contractor_bus_name'], optional: ['contractor_number', 'last_updated'] },
  contractor_jurisdiction: { required: ['contractor_id', 'contractor_type_id', 'contractor_version', 'state_id'], optional: ['term_date', 'last_updated'] },
  contractor_type_lookup: { required: ['contractor_type_id', 'description'], optional: [] },
  state_lookup: { required: ['state_id', 'state_abbrev', 'description'], optional: [] },
  update_period: { required: [], optional: ['begin_date', 'end_date', 'dis_end_date'] },
} as const;

export type McdTable = keyof typeof MCD_TABLES;
/** Without these the import has nothing to check with. */
export const NEEDED_TABLES: readonly McdTable[] = ['article', 'article_x_hcpc_code', 'article_x_icd10_covered', 'article_x_contractor', 'contractor'];

/** "article_x_hcpc_code.csv" → its table, or null for a table CPT Lens does not read. */
export function mcdTableOf(fileName: string): McdTable | null {
  const m = /^([a-z0-9_]+)\.csv$/i.exec(fileName);
  const t = m?.[1]?.toLowerCase();
  return t && t in MCD_TABLES ? (t as McdTable) : null;
}

/** Tables of the other MCD downloads (LCDs, NCDs): named in the error when one of those is dropped. */
export const OTHER_DOWNLOADS: Record<string, string> = { lcd: 'current LCD', ncd: 'NCD', ncd_trkg: 'NCD' };
