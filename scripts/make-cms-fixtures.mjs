// Writes tests/fixtures/cms/: small synthetic NCCI files in CMS's exact layout, their zips,
// and broken files. Run `node scripts/make-cms-fixtures.mjs` after changing it; the output is committed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { aocText, aocXlsx, cmsZip, mueCsv, ptpText, ptpXlsx } from './cms-layout.mjs';

const DIR = 'tests/fixtures/cms';
mkdirSync(DIR, { recursive: true });
const put = (/** @type {string} */ name, /** @type {string | Uint8Array} */ data) => writeFileSync(join(DIR, name), data);

const MISUSE = 'Misuse of column two code with column one code';
const STANDARDS = 'Standards of medical / surgical practice';
const EXCLUSIVE = 'Mutually exclusive procedures';

export const PTP_F1 = [
  ['10060', '11042', '*', '19960101', '*', '1', STANDARDS],
  ['22612', '20930', '', '20100101', '20100101', '9', 'HCPCS/CPT procedure code definition'],
  ['50431', '74425', '', '20120101', '20200101', '1', STANDARDS],
  ['50706', '50431', '', '20220101', '*', '0', MISUSE],
];
export const PTP_F2 = [
  ['74360', '76496', '', '20150101', '*', '1', STANDARDS],
  ['74360', '52000', '', '20260701', '*', '0', EXCLUSIVE],
  ['99213', '36415', '', '20150101', '*', '1', STANDARDS],
];
const PTP_OPH = [
  ['50706', '50431', '', '20220101', '*', '1', STANDARDS],
  ['74360', '76496', '', '20150101', '*', '0', MISUSE],
];
const MUE_PRA = [
  ['22614', '13', '3 Date of Service Edit: Clinical', 'Anatomic Consideration'],
  ['36415', '2', '3 Date of Service Edit: Clinical', 'Clinical: Data'],
  ['50431', '2', '2 Date of Service Edit: Policy', 'Anatomic Consideration'],
  ['52000', '1', '2 Date of Service Edit: Policy', 'Code Descriptor / CPT Instruction'],
  ['74360', '1', '3 Date of Service Edit: Clinical', 'Nature of Service/Procedure'],
  ['96372', '4', '1 Line Edit', 'Clinical: Data'],
  ['J1030', '8', '3 Date of Service Edit: Clinical', 'Prescribing Information'],
];
const MUE_OPH = [
  ['50431', '2', '2 Date of Service Edit: Policy', 'Anatomic Consideration'],
  ['52000', '2', '3 Date of Service Edit: Clinical', 'Clinical: Data'],
];
const MUE_DME = [['E0100', '1', '2 Date of Service Edit: Policy', 'Nature of Equipment']];
export const AOC = [
  ['1', '22614', '', '22612', '', '2010001', '', ''],
  ['1', '22614', '', '22630', '', '2012001', '', ''],
  ['1', '22614', '', '22633', '', '2012001', '', ''],
  ['1', '22614', '', '22610', '2014365', '2010001', '2014365', ''],
  ['2', '64462', '', 'CCCCC', '', '2026091', '', 'Contractor Defined Primary Codes'],
  ['3', '96376', '', '96374', '', '2011001', '', '96376 may be reported by facilities only'],
  ['1', '11001', '2011001', '11000', '', '2010001', '2011001', ''],
];

put('ccipra-v321r0-f1.txt', ptpText(PTP_F1));
put('ccipra-v321r0-f2.txt', ptpText(PTP_F2));
put('ccioph-v321r0-f1.txt', ptpText(PTP_OPH));
put('MCR_MUE_PractitionerServices_Eff_04-01-2026.csv', mueCsv(MUE_PRA, 'Practitioner'));
put('MCR_MUE_OutpatientHospitalServices_Eff_04-01-2026.csv', mueCsv(MUE_OPH, 'Outpatient Hospital'));
put('MCR_MUE_DMESupplierServices_Eff_04-01-2026.csv', mueCsv(MUE_DME, 'DME Supplier'));
put('AOC_V2026Q2-MCR.txt', aocText(AOC));

// Zips as downloaded: each PTP part, the MUE table and the AOC file hold an XLSX and the text file.
put('medicare-ncci-2026q2-practitioner-ptp-edits-ccipra-v321r0-f1.zip', cmsZip([['ccipra-v321r0-f1.xlsx', ptpXlsx(PTP_F1)], ['ccipra-v321r0-f1.txt', ptpText(PTP_F1)]]));
put('medicare-ncci-2026q2-practitioner-ptp-edits-ccipra-v321r0-f2.zip', cmsZip([['ccipra-v321r0-f2.xlsx', ptpXlsx(PTP_F2)], ['ccipra-v321r0-f2.txt', ptpText(PTP_F2)]]));
put('medicare-ncci-2026-q2-practitioner-services-mue-table.zip', cmsZip([['MCR_MUE_PractitionerServices_Eff_04-01-2026.csv', mueCsv(MUE_PRA, 'Practitioner')]]));
put('medicare-ncci-2026q2-add-on-code-edits.zip', cmsZip([['AOC_V2026Q2-MCR.xlsx', aocXlsx(AOC)], ['AOC_V2026Q2-MCR.txt', aocText(AOC)]]));
// Only the workbook: the importer must fall back to reading the XLSX.
put('aoc-xlsx-only.zip', cmsZip([['AOC_V2026Q2-MCR.xlsx', aocXlsx(AOC)]]));
put('AOC_V2026Q2-MCR.xlsx', aocXlsx(AOC));

// Broken and foreign files.
put('broken/ccipra-v321r0-f1.txt', ptpText([...PTP_F1.slice(0, 2), ['50706', '50431', '', '2022-01-01', '*', '0', MISUSE]]));
put('broken/ccipra-v321r0-f2.txt', ptpText([['74360', '76496', '', '20150101', '*', '5', STANDARDS]]));
put('broken/MCR_MUE_PractitionerServices_Eff_04-01-2026.csv', mueCsv(MUE_PRA, 'Practitioner').replace('52000,1,', '52000,one,'));
put('broken/AOC_V2026Q2-MCR.txt', aocText([['1', '22614', '', '22612', '', '2026400', '', '']]));
put('broken/claims-export.csv', 'Patient,Date,Amount\r\nSmith,2026-01-02,120.00\r\n'.repeat(30));
put('broken/ccipra-v321r0-f3.txt', ptpText([]).replace(/\r\n$/, ''));
put('broken/unclosed-quote.csv', mueCsv(MUE_PRA, 'Practitioner').replace('"2 Date of Service Edit: Policy"', '"2 Date of Service Edit: Policy'));
