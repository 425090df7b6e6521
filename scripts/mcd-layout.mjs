// Writes the Medicare Coverage Database "current article" download's layout for the benchmark
// (scripts/generate-necessity-set.mjs): one CSV per table with the column names of
// tests/fixtures/necessity/current_article.zip (strings quoted, numbers bare, CRLF), zipped into
// current_article_csv.zip inside current_article.zip, as components/coverage/import-coverage.ts reads it.
import { strToU8, zipSync } from 'fflate';

/** The columns of each table, in the fixture's order (the importer finds them by name). */
export const MCD_COLUMNS = {
  'article.csv': ['article_id', 'article_version', 'article_type', 'title', 'article_pub_date', 'article_eff_date', 'article_end_date', 'description', 'status', 'last_updated', 'display_id'],
  'article_x_hcpc_code.csv': ['article_id', 'article_version', 'hcpc_code_id', 'hcpc_code_version', 'hcpc_code_group', 'range', 'last_updated', 'long_description', 'short_description'],
  'article_x_icd10_covered.csv': ['article_id', 'article_version', 'icd10_code_id', 'icd10_code_version', 'icd10_covered_group', 'range', 'last_updated', 'sort_order', 'description', 'asterisk'],
  'article_x_icd10_covered_group.csv': ['article_id', 'article_version', 'icd10_covered_group', 'paragraph', 'last_updated', 'icd10_covered_ast'],
  'article_x_icd10_noncovered.csv': ['article_id', 'article_version', 'icd10_code_id', 'icd10_code_version', 'icd10_noncovered_group', 'range', 'last_updated', 'sort_order', 'description'],
  'article_x_icd10_noncovered_group.csv': ['article_id', 'article_version', 'icd10_noncovered_group', 'paragraph', 'last_updated'],
  'article_x_contractor.csv': ['article_id', 'article_version', 'article_type', 'contractor_id', 'contractor_type_id', 'contractor_version', 'last_updated'],
  'article_x_urls.csv': ['article_id', 'article_version', 'url_type_id', 'url'],
  'contractor.csv': ['contractor_id', 'contractor_type_id', 'contractor_version', 'contractor_bus_name', 'contractor_number', 'dmerc_rgn', 'address1', 'city', 'state_id', 'zipcode', 'status', 'last_updated'],
  'contractor_jurisdiction.csv': ['contractor_id', 'contractor_type_id', 'contractor_version', 'state_id', 'last_updated', 'active_date', 'term_date'],
  'contractor_type_lookup.csv': ['contractor_type_id', 'description'],
  'state_lookup.csv': ['state_id', 'state_abbrev', 'description'],
  'update_period.csv': ['period_id', 'begin_date', 'dis_end_date'],
};
/** @typedef {keyof typeof MCD_COLUMNS} McdFile */

/** One CSV cell as the MCD export writes it: strings quoted (quotes doubled), numbers bare. */
const cell = (/** @type {string | number} */ v) => (typeof v === 'number' ? String(v) : `"${v.replace(/"/g, '""')}"`);

/** Collects rows per table and writes the nested zip. */
export class McdTables {
  /** @type {Record<string, string[]>} */
  lines = Object.fromEntries(Object.entries(MCD_COLUMNS).map(([f, cols]) => [f, [cols.map(cell).join(',')]]));

  /** @param {McdFile} file @param {Array<string | number>} row in MCD_COLUMNS order */
  add(file, row) {
    /** @type {string[]} */ (this.lines[file]).push(row.map(cell).join(','));
  }

  /** Rows (without the header) of one table. @param {McdFile} file */
  count(file) {
    return /** @type {string[]} */ (this.lines[file]).length - 1;
  }

  /** current_article.zip: the CSV zip and a readme, as the MCD ships it. */
  zip() {
    const mtime = new Date('2026-11-20T12:00:00Z');
    const csvs = Object.fromEntries(Object.entries(this.lines).map(([f, l]) => [f, [strToU8(l.join('\r\n') + '\r\n'), { mtime }]]));
    const inner = zipSync(/** @type {import('fflate').Zippable} */ (csvs), { level: 6 });
    const readme = strToU8('Benchmark readme (invented): this zip holds current_article_csv.zip (CSV tables).\r\n');
    return zipSync({ 'current_article_csv.zip': [inner, { mtime }], 'current_article_readme.txt': [readme, { mtime }] });
  }
}
