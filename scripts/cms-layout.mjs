// Writes synthetic NCCI edit files in the exact layout CMS publishes (see
// components/cms/parse-rows.ts for the sources). Used by the committed test fixtures
// (scripts/make-cms-fixtures.mjs) and by the benchmark's realistic-size generator
// (scripts/generate-cms-set.mjs). The edits themselves are invented, not CMS data.
import { strToU8, zipSync } from 'fflate';

const NOTICE = 'CPT codes, descriptions and other data only are copyright 2025 American Medical Association. All rights reserved.';
const CRLF = '\r\n';

/** @typedef {string[]} Row */

/** rows: [c1, c2, pre1996 ('*' or ''), eff YYYYMMDD, del YYYYMMDD or '*', ind, rationale] @param {Row[]} rows */
export function ptpText(rows) {
  // CMS's TXT: notice, title, then a header whose cells wrap over four lines.
  const head = [
    NOTICE,
    'Column1/Column 2 Edits',
    ['Column 1', 'Column 2', '*=in existence', 'Effective', 'Deletion', 'Modifier', 'PTP Edit Rationale'].join('\t'),
    ['', '', 'prior to 1996', 'Date', 'Date', '0=not allowed', ''].join('\t'),
    ['', '', '', '', '*=no data', '1=allowed', ''].join('\t'),
    ['', '', '', '', '', '9=not applicable', ''].join('\t'),
  ];
  return head.join(CRLF) + CRLF + rows.map((r) => r.join('\t')).join(CRLF) + CRLF;
}

const csvCell = (/** @type {string} */ v) => (/[",\r\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));

/** rows: [code, value, 'n Text', rationale]; setting: 'Practitioner' | 'Outpatient Hospital' | 'DME Supplier' @param {Row[]} rows @param {string} setting */
export function mueCsv(rows, setting) {
  // CMS's CSV opens with one quoted cell holding a multi-line notice, padded to four columns,
  // a header whose first cell has a line break inside its quotes, and the indicator quoted.
  const notice = `"${NOTICE}${CRLF}${CRLF}Applicable FARS/DFARS restrictions apply to government use."`;
  const header = `"HCPCS/${CRLF}CPT Code",${setting} Services MUE Values,MUE Adjudication Indicator,MUE Rationale`;
  return [notice + ',,,', header, ...rows.map((r) => r.map((v, /** @type {number} */ i) => (i === 2 ? `"${v}"` : csvCell(v))).join(','))].join(CRLF) + CRLF;
}

export const AOC_HEADER = ['AOC_Edit_Type', 'Add-On_Code', 'AOC_DelDT', 'Primary_Code', 'Primary_Code_DelDT', 'AOC_Edit_EffDT', 'AOC_Edit_DelDT', 'Special_Instruction_Notes'];

/** rows in AOC_HEADER order; dates YYYYDDD or ''. @param {Row[]} rows */
export function aocText(rows) {
  return [NOTICE, AOC_HEADER.join('\t'), ...rows.map((r) => r.join('\t'))].join(CRLF) + CRLF;
}

const esc = (/** @type {string} */ s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A minimal XLSX (one sheet, inline strings) holding the given rows of cells. @param {Row[]} rows */
export function xlsx(rows) {
  const col = (/** @type {number} */ i) => String.fromCharCode(65 + i);
  const sheetRows = rows
    .map((r, ri) => `<row r="${ri + 1}">${r.map((v, /** @type {number} */ ci) => `<c r="${col(ci)}${ri + 1}" t="inlineStr"><is><t xml:space="preserve">${esc(v)}</t></is></c>`).join('')}</row>`)
    .join('');
  const files = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetRows}</sheetData></worksheet>`,
  };
  return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));
}

/** The XLSX twin of a PTP text: notice row, header row, data rows. @param {Row[]} rows */
export function ptpXlsx(rows) {
  return xlsx([[NOTICE], ['Column 1', 'Column 2', '*=in existence prior to 1996', 'Effective Date', 'Deletion Date *=no data', 'Modifier 0=not allowed 1=allowed 9=not applicable', 'PTP Edit Rationale'], ...rows]);
}

/** @param {Row[]} rows */
export function aocXlsx(rows) {
  return xlsx([[NOTICE], AOC_HEADER, ...rows]);
}

/** A zip as CMS ships it: XLSX first, then the text file. @param {Array<[string, string | Uint8Array]>} entries @param {import('fflate').ZipOptions['level']} [level] */
export function cmsZip(entries, level = 6) {
  return zipSync(Object.fromEntries(entries.map(([name, data]) => [name, [typeof data === 'string' ? strToU8(data, true) : data, { level }]])));
}
