// Writes tests/fixtures/necessity/: small files in the layouts of the CDC's ICD-10-CM files and
// of the Medicare Coverage Database "current article" download, made up here (ICD-10-CM titles
// are public domain; article titles, contractors and paragraphs are invented), plus broken
// copies. Run `node scripts/make-necessity-fixtures.mjs` after changing it; the output is committed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';

const DIR = 'tests/fixtures/necessity';
mkdirSync(join(DIR, 'broken'), { recursive: true });
const put = (/** @type {string} */ name, /** @type {string | Uint8Array} */ data) => writeFileSync(join(DIR, name), data);
/** @param {Record<string, string | Uint8Array>} files */
const zip = (files) => zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, [typeof v === 'string' ? strToU8(v) : v, { mtime: MTIME }]])));
// A fixed time in every zip entry, so regenerating gives byte-identical files.
const MTIME = new Date('2026-11-20T12:00:00Z');

// ── ICD-10-CM ──────────────────────────────────────────────────────────────────────────────
/** [code without dot, 0 header / 1 billable, title] in tabular order. */
const ICD = [
  ['A00', 0, 'Cholera'],
  ['A000', 1, 'Cholera due to Vibrio cholerae 01, biovar cholerae'],
  ['A001', 1, 'Cholera due to Vibrio cholerae 01, biovar eltor'],
  ['A009', 1, 'Cholera, unspecified'],
  ['E10', 0, 'Type 1 diabetes mellitus'],
  ['E109', 1, 'Type 1 diabetes mellitus without complications'],
  ['E11', 0, 'Type 2 diabetes mellitus'],
  ['E1165', 1, 'Type 2 diabetes mellitus with hyperglycemia'],
  ['E119', 1, 'Type 2 diabetes mellitus without complications'],
  ['G89', 0, 'Pain, not elsewhere classified'],
  ['G892', 0, 'Chronic pain, not elsewhere classified'],
  ['G8929', 1, 'Other chronic pain'],
  ['I10', 1, 'Essential (primary) hypertension'],
  ['M16', 0, 'Osteoarthritis of hip'],
  ['M1611', 1, 'Unilateral primary osteoarthritis, right hip'],
  ['M17', 0, 'Osteoarthritis of knee'],
  ['M170', 1, 'Bilateral primary osteoarthritis of knee'],
  ['M171', 0, 'Unilateral primary osteoarthritis of knee'],
  ['M1711', 1, 'Unilateral primary osteoarthritis, right knee'],
  ['M1712', 1, 'Unilateral primary osteoarthritis, left knee'],
  ['M25561', 1, 'Pain in right knee'],
  ['M5450', 1, 'Low back pain, unspecified'],
  ['S72', 0, 'Fracture of femur'],
  ['S720', 0, 'Fracture of head and neck of femur'],
  ['S7200', 0, 'Fracture of unspecified part of neck of femur'],
  ['S72001', 0, 'Fracture of unspecified part of neck of right femur'],
  ['S72001A', 1, 'Fracture of unspecified part of neck of right femur, initial encounter for closed fracture'],
  ['S72001D', 1, 'Fracture of unspecified part of neck of right femur, subsequent encounter for closed fracture with routine healing'],
  ['Z96', 0, 'Presence of other functional implants'],
  ['Z9665', 0, 'Presence of artificial knee joint'],
  ['Z96651', 1, 'Presence of right artificial knee joint'],
];

/** The order file's fixed-width line: order number (5), code (7), flag, short title (60), long title. */
export function orderLine(/** @type {number} */ n, /** @type {string} */ code, /** @type {number} */ flag, /** @type {string} */ title) {
  return `${String(n).padStart(5, '0')} ${code.padEnd(7)} ${flag} ${title.slice(0, 60).padEnd(60)} ${title}`;
}
const orderText = (rows = ICD) => rows.map(([c, f, t], i) => orderLine(i + 1, String(c), Number(f), String(t))).join('\r\n') + '\r\n';
const codesText = (rows = ICD) => rows.filter(([, f]) => f === 1).map(([c, , t]) => `${String(c).padEnd(7)} ${t}`).join('\r\n') + '\r\n';

const tabularXml = `<?xml version="1.0" encoding="utf-8"?>
<ICD10CM.tabular>
<version>2027</version>
<introduction><introSection type="title"><title>ICD-10-CM TABULAR LIST of DISEASES and INJURIES</title></introSection></introduction>
<chapter><name>4</name><desc>Endocrine, nutritional and metabolic diseases (E00-E89)</desc>
<section id="E08-E13"><desc>Diabetes mellitus (E08-E13)</desc>
<diag><name>E10</name><desc>Type 1 diabetes mellitus</desc>
<excludes1><note>diabetes mellitus due to underlying condition (E08.-)</note><note>type 2 diabetes mellitus (E11.-)</note></excludes1>
<diag><name>E10.9</name><desc>Type 1 diabetes mellitus without complications</desc></diag>
</diag>
<diag><name>E11</name><desc>Type 2 diabetes mellitus</desc>
<excludes1><note>type 1 diabetes mellitus (E10.-)</note></excludes1>
<diag><name>E11.65</name><desc>Type 2 diabetes mellitus with hyperglycemia</desc></diag>
<diag><name>E11.9</name><desc>Type 2 diabetes mellitus without complications</desc></diag>
</diag>
</section></chapter>
<chapter><name>13</name><desc>Diseases of the musculoskeletal system and connective tissue (M00-M99)</desc>
<section id="M15-M19"><desc>Osteoarthritis (M15-M19)</desc>
<diag><name>M17</name><desc>Osteoarthritis of knee</desc>
<diag><name>M17.1</name><desc>Unilateral primary osteoarthritis of knee</desc>
<diag><name>M17.11</name><desc>Unilateral primary osteoarthritis, right knee</desc></diag>
<diag><name>M17.12</name><desc>Unilateral primary osteoarthritis, left knee</desc></diag>
</diag>
<diag><name>M17.0</name><desc>Bilateral primary osteoarthritis of knee</desc>
<excludes1><note>unilateral primary osteoarthritis of knee (M17.1-)</note></excludes1>
</diag>
</diag>
</section></chapter>
</ICD10CM.tabular>
`;

put('icd10cm_order_2027.txt', orderText());
put('icd10cm_codes_2027.txt', codesText());
put('icd10cm_tabular_2027.xml', tabularXml);
put('icd10cm-Code Descriptions-2027.zip', zip({
  'icd10cm-Code Descriptions-2027/icd10cm_order_2027.txt': orderText(),
  'icd10cm-Code Descriptions-2027/icd10cm_codes_2027.txt': codesText(),
  'icd10cm-Code Descriptions-2027/icd10cm_order_addenda_2027.txt': 'Add:    00001 A0000   1 Invented addenda line\r\n',
  'icd10cm-Code Descriptions-2027/icd10OrderFiles.pdf': new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]),
}));
put('icd10cm-table-index-2027.zip', zip({ 'icd10cm_tabular_2027.xml': tabularXml, 'icd10cm_index_2027.xml': '<ICD10CM.index></ICD10CM.index>' }));
put('April 1 2026 Code Descriptions in Tabular Order.zip', zip({ 'icd10cm_order_2026.txt': orderText(ICD.slice(0, 13)) }));
put('diagnosis-codes.txt', orderText(ICD.slice(0, 13)));

// Broken ICD files: a line whose code sits two columns right; a zip cut short; a codes file
// under the order file's name; a CMS edit file dropped on the ICD import; a tabular XML cut short.
const moved = orderText().split('\r\n');
moved[4] = String(moved[4]).replace(/^(\d{5}) /, '$1   ');
put('broken/icd10cm_order_2027.txt', moved.join('\r\n'));
const full = zip({ 'icd10cm_order_2027.txt': orderText() });
put('broken/icd10cm-Code Descriptions-2027.zip', full.slice(0, Math.floor(full.length * 0.6)));
put('broken/icd10cm_order_2028.txt', codesText());
put('broken/icd10cm_tabular_2027.xml', tabularXml.slice(0, tabularXml.indexOf('<diag><name>M17.0')));

// ── Medicare Coverage Database: current article download ───────────────────────────────────
/** One CSV cell as the MCD export writes it: strings quoted (quotes doubled), numbers bare. */
const cell = (/** @type {string | number} */ v) => (typeof v === 'number' ? String(v) : `"${v.replace(/"/g, '""')}"`);
const csv = (/** @type {string[]} */ header, /** @type {Array<Array<string | number>>} */ rows) => [header.map(cell).join(','), ...rows.map((r) => r.map(cell).join(','))].join('\r\n') + '\r\n';
const UPDATED = '2026-11-20 08:12:44';

/** @type {Array<[number, number, number, string, string, string, string, string]>} */
export const ARTICLES = [
  // id, version, type, title, pub, eff, end, display
  [59001, 2, 1, 'Billing and Coding: Invented Knee Arthroplasty Article (old version)', '2025-09-20 00:00:00', '2025-10-01 00:00:00', '', 'A59001'],
  [59001, 3, 1, 'Billing and Coding: Invented Knee Arthroplasty Article', '2026-09-20 00:00:00', '2026-10-01 00:00:00', '', 'A59001'],
  [59002, 1, 1, 'Billing and Coding: Invented Nerve Block Article, "Lumbar"', '2026-06-01 00:00:00', '2026-07-01 00:00:00', '', 'A59002'],
  [59003, 5, 1, 'Billing and Coding: Invented Knee Article of Another Contractor', '2026-01-01 00:00:00', '2026-01-01 00:00:00', '', 'A59003'],
  [59004, 1, 1, 'Response to Comments: Invented Article Without Codes', '2026-01-01 00:00:00', '2026-01-01 00:00:00', '', 'A59004'],
  [59005, 1, 1, 'Billing and Coding: Invented Future Imaging Article', '2026-11-01 00:00:00', '2027-03-01 00:00:00', '', 'A59005'],
];
const ARTICLE_CSV = csv(
  ['article_id', 'article_version', 'article_type', 'title', 'article_pub_date', 'article_eff_date', 'article_end_date', 'description', 'status', 'last_updated', 'display_id'],
  ARTICLES.map(([id, v, t, title, pub, eff, end, display]) => [id, v, t, title, pub, eff, end, '<p>Invented description,\nwith a line break.</p>', 'A', UPDATED, display]),
);
const HCPC_CSV = csv(['article_id', 'article_version', 'hcpc_code_id', 'hcpc_code_version', 'hcpc_code_group', 'range', 'last_updated', 'long_description', 'short_description'], [
  [59001, 2, '27446', 1, 1, 'N', UPDATED, '', ''],
  [59001, 3, '27447', 1, 1, 'N', UPDATED, '', ''],
  [59002, 1, '64483', 1, 1, 'N', UPDATED, '', ''],
  [59002, 1, '64484', 1, 1, 'N', UPDATED, '', ''],
  [59003, 5, '27447', 1, 1, 'N', UPDATED, '', ''],
  [59005, 1, '72148', 1, 1, 'N', UPDATED, '', ''],
]);
const COVERED_CSV = csv(['article_id', 'article_version', 'icd10_code_id', 'icd10_code_version', 'icd10_covered_group', 'range', 'last_updated', 'sort_order', 'description', 'asterisk'], [
  [59001, 2, 'M17.0', 1, 1, 'N', UPDATED, 1, 'Bilateral primary osteoarthritis of knee', ''],
  [59001, 3, 'M17.0', 1, 1, 'N', UPDATED, 1, 'Bilateral primary osteoarthritis of knee', ''],
  [59001, 3, 'M17.11', 1, 1, 'N', UPDATED, 2, 'Unilateral primary osteoarthritis, right knee', ''],
  [59001, 3, 'M17.12', 1, 1, 'N', UPDATED, 3, 'Unilateral primary osteoarthritis, left knee', 'Y'],
  [59002, 1, 'M54.50', 1, 1, 'N', UPDATED, 1, 'Low back pain, unspecified', ''],
  [59002, 1, 'G89.29', 1, 2, 'N', UPDATED, 2, 'Other chronic pain', ''],
  [59003, 5, 'M17.11', 1, 1, 'N', UPDATED, 1, 'Unilateral primary osteoarthritis, right knee', ''],
  [59005, 1, 'M54.50', 1, 1, 'N', UPDATED, 1, 'Low back pain, unspecified', ''],
]);
const COVERED_GROUP_CSV = csv(['article_id', 'article_version', 'icd10_covered_group', 'paragraph', 'last_updated', 'icd10_covered_ast'], [
  [59001, 3, 1, '<p>Group 1 Paragraph: The diagnoses below support the service; an asterisk (*) marks codes that need the\ndocumentation in the <strong>article</strong>, item 3.</p>', UPDATED, ''],
  [59002, 1, 1, '<p>Group 1 Paragraph: Codes in this group must be billed with a secondary code from Group 2,&nbsp;both on the claim.</p>', UPDATED, ''],
  [59002, 1, 2, '<p>Group 2 Paragraph: Secondary codes, used with a primary code from Group 1.</p>', UPDATED, ''],
]);
const NONCOVERED_CSV = csv(['article_id', 'article_version', 'icd10_code_id', 'icd10_code_version', 'icd10_noncovered_group', 'range', 'last_updated', 'sort_order', 'description'], [
  [59001, 3, 'M25.561', 1, 1, 'N', UPDATED, 1, 'Pain in right knee'],
]);
const NONCOVERED_GROUP_CSV = csv(['article_id', 'article_version', 'icd10_noncovered_group', 'paragraph', 'last_updated'], [[59001, 3, 1, '<p>Group 1 Paragraph: Pain alone does not support the procedure.</p>', UPDATED]]);
const ART_CONTRACTOR_CSV = csv(['article_id', 'article_version', 'article_type', 'contractor_id', 'contractor_type_id', 'contractor_version', 'last_updated'], [
  [59001, 2, 1, 901, 1, 1, UPDATED],
  [59001, 3, 1, 901, 1, 1, UPDATED],
  [59002, 1, 1, 901, 1, 1, UPDATED],
  [59003, 5, 1, 902, 1, 2, UPDATED],
  [59004, 1, 1, 901, 1, 1, UPDATED],
  [59005, 1, 1, 901, 1, 1, UPDATED],
]);
const CONTRACTOR_CSV = csv(['contractor_id', 'contractor_type_id', 'contractor_version', 'contractor_bus_name', 'contractor_number', 'dmerc_rgn', 'address1', 'city', 'state_id', 'zipcode', 'status', 'last_updated'], [
  [901, 1, 1, 'Invented Western MAC, LLC', '01112', '', '1 Example Way', 'Exampleton', 5, '00000', 'A', UPDATED],
  [902, 1, 2, 'Invented Eastern MAC, Inc.', '15102', '', '2 Sample Road', 'Sampleville', 21, '00000', 'A', UPDATED],
]);
const JURISDICTION_CSV = csv(['contractor_id', 'contractor_type_id', 'contractor_version', 'state_id', 'last_updated', 'active_date', 'term_date'], [
  [901, 1, 1, 5, UPDATED, '2020-01-01 00:00:00', ''],
  [901, 1, 1, 32, UPDATED, '2020-01-01 00:00:00', ''],
  [901, 1, 1, 21, UPDATED, '2015-01-01 00:00:00', '2019-12-31 00:00:00'],
  [902, 1, 2, 21, UPDATED, '2020-01-01 00:00:00', ''],
]);
const TYPE_CSV = csv(['contractor_type_id', 'description'], [[1, 'A and B MAC'], [2, 'DME MAC']]);
const STATE_CSV = csv(['state_id', 'state_abbrev', 'description'], [[5, 'CA', 'California'], [21, 'KY', 'Kentucky'], [32, 'NV', 'Nevada']]);
const PERIOD_CSV = csv(['period_id', 'begin_date', 'dis_end_date'], [[1, '2026-11-16 00:00:00', '2026-11-22 00:00:00']]);
const URLS_CSV = csv(['article_id', 'article_version', 'url_type_id', 'url'], [[59001, 3, 1, 'https://example.org/invented']]);

export const MCD_CSVS = {
  'article.csv': ARTICLE_CSV,
  'article_x_hcpc_code.csv': HCPC_CSV,
  'article_x_icd10_covered.csv': COVERED_CSV,
  'article_x_icd10_covered_group.csv': COVERED_GROUP_CSV,
  'article_x_icd10_noncovered.csv': NONCOVERED_CSV,
  'article_x_icd10_noncovered_group.csv': NONCOVERED_GROUP_CSV,
  'article_x_contractor.csv': ART_CONTRACTOR_CSV,
  'article_x_urls.csv': URLS_CSV,
  'contractor.csv': CONTRACTOR_CSV,
  'contractor_jurisdiction.csv': JURISDICTION_CSV,
  'contractor_type_lookup.csv': TYPE_CSV,
  'state_lookup.csv': STATE_CSV,
  'update_period.csv': PERIOD_CSV,
};
const README = 'Invented readme: this zip holds current_article_csv.zip (CSV tables) and a data dictionary.\r\n';
const mcdZip = (/** @type {Record<string, string>} */ csvs) => zip({ 'current_article_csv.zip': zip(csvs), 'current_article_readme.txt': README });

put('current_article.zip', mcdZip(MCD_CSVS));
put('current_article_csv.zip', zip(MCD_CSVS));
put('article.csv', ARTICLE_CSV);

// Broken MCD downloads.
const good = mcdZip(MCD_CSVS);
put('broken/current_article.zip', good.slice(0, Math.floor(good.length * 0.7)));
put('broken/bad-row/current_article.zip'.replace('/bad-row/', '/bad-row-'), mcdZip({ ...MCD_CSVS, 'article_x_icd10_covered.csv': COVERED_CSV.replace('"M17.12"', '"M17 12"') }));
const headerLast = HCPC_CSV.split('\r\n');
put('broken/moved-header-current_article.zip', mcdZip({ ...MCD_CSVS, 'article_x_hcpc_code.csv': [headerLast[1], headerLast[0], ...headerLast.slice(2)].join('\r\n') }));
put('broken/short-row-current_article.zip', mcdZip({ ...MCD_CSVS, 'contractor.csv': CONTRACTOR_CSV.replace(',"Invented Eastern MAC, Inc."', '') }));
put('broken/current_lcd.zip', zip({ 'current_lcd_csv.zip': zip({ 'lcd.csv': csv(['lcd_id', 'lcd_version', 'title'], [[30001, 1, 'Invented LCD']]) }) }));
put('broken/unclosed-quote-current_article.zip', mcdZip({ ...MCD_CSVS, 'article_x_icd10_covered_group.csv': COVERED_GROUP_CSV.replace('item 3.</p>"', 'item 3.</p>') }));
