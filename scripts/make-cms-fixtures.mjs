// Writes tests/fixtures/cms/: small synthetic NCCI and MPFS files in CMS's exact layout, their
// zips, and broken files. Run `node scripts/make-cms-fixtures.mjs` after changing it; the output is committed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { aocText, aocXlsx, cmsZip, mueCsv, ptpText, ptpXlsx } from './cms-layout.mjs';
import { aocFlatText, mpfsCsv, mpfsFixedWidth, mpfsPreamble, mpfsXlsx } from './mpfs-layout.mjs';

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

// The MPFS relative value file (invented indicators; descriptors are placeholder words).
/** @type {import('./mpfs-layout.mjs').MpfsRow[]} */
export const MPFS = [
  { code: '22614', desc: 'TEST PROCEDURE ADD-ON', status: 'A', work: '6.43', pctc: '0', glob: 'ZZZ', mult: '0', bilat: '0', asst: '2', co: '1', team: '0' },
  { code: '50431', desc: 'TEST PROCEDURE ONE', status: 'A', work: '1.10', pctc: '0', glob: '000', mult: '2', bilat: '1', asst: '1', co: '0', team: '0' },
  { code: '50706', desc: 'TEST PROCEDURE TWO', status: 'A', work: '3.50', pctc: '0', glob: 'ZZZ', mult: '0', bilat: '1', asst: '1', co: '0', team: '0' },
  { code: '52000', desc: 'TEST PROCEDURE THREE', status: 'A', work: '1.53', pctc: '0', glob: '000', mult: '2', bilat: '0', asst: '1', co: '0', team: '0' },
  { code: '74360', desc: 'TEST IMAGING', status: 'A', work: '0.54', pctc: '1', glob: 'XXX', mult: '0', bilat: '0', asst: '9', co: '9', team: '9' },
  { code: '74360', mod: '26', desc: 'TEST IMAGING', status: 'A', work: '0.54', pctc: '1', glob: 'XXX', mult: '0', bilat: '0', asst: '9', co: '9', team: '9' },
  { code: '74360', mod: 'TC', desc: 'TEST IMAGING', status: 'A', work: '0.00', pctc: '1', glob: 'XXX', mult: '0', bilat: '0', asst: '9', co: '9', team: '9' },
  { code: '76496', desc: 'TEST IMAGING OTHER', status: 'C', work: '0.00', pctc: '1', glob: 'XXX', mult: '0', bilat: '0', asst: '9', co: '9', team: '9' },
  { code: '99213', desc: 'TEST VISIT', status: 'A', work: '1.30', pctc: '0', glob: 'XXX', mult: '0', bilat: '9', asst: '0', co: '0', team: '0' },
  { code: 'G0008', desc: 'TEST ADMINISTRATION', status: 'X', work: '', pctc: '9', glob: 'XXX', mult: '9', bilat: '9', asst: '9', co: '9', team: '9' },
];
put('PPRRVU2026_Jan_nonQPP.csv', mpfsCsv(MPFS));
put('PPRRVU26_JAN.xlsx', mpfsXlsx(MPFS));
// The quarterly zip as downloaded: both copies of the CSV (QPP / non-QPP), the workbook, the
// fixed-width TXT (before the CSVs), and another file of the zip (locality indices).
const GPCI = 'Synthetic GPCI test file\r\nMAC,State,Locality,Name,PW GPCI,PE GPCI,MP GPCI\r\n10112,AL,00,TEST LOCALITY,1.000,0.900,0.500\r\n10212,AK,01,TEST LOCALITY TWO,1.500,1.100,0.600\r\n';
put('RVU26A.zip', cmsZip([
  ['RVU26A/GPCI2026.csv', GPCI],
  ['RVU26A/PPRRVU2026_Jan_nonQPP.txt', mpfsFixedWidth(MPFS)],
  ['RVU26A/PPRRVU2026_Jan_QPP.csv', mpfsCsv(MPFS)],
  ['RVU26A/PPRRVU2026_Jan_nonQPP.csv', mpfsCsv(MPFS)],
  ['RVU26A/PPRRVU2026_Jan_nonQPP.xlsx', mpfsXlsx(MPFS)],
]));
// More title lines, and the surgery indicators moved to the end: columns are found by name.
const april = mpfsCsv(MPFS, { preamble: [...mpfsPreamble(2026, 'April'), 'Second notice line', 'Third notice line'] }).split('\r\n');
const aprilHeader = april.findIndex((l) => l.startsWith('HCPCS,'));
put('PPRRVU2026_Apr_nonQPP.csv', april.map((l, i) => { if (i < aprilHeader - 1 || !l) return l; const c = l.split(','); return [...c.slice(0, 18), ...c.slice(23), ...c.slice(18, 23)].join(','); }).join('\r\n'));

// The add-on code file's space-aligned flat copy, alone and in a zip; a zip whose text file is in a
// layout we cannot read (no column names) beside the workbook, which must then be imported.
put('AOC_V2026Q2-MCR-flat.txt', aocFlatText(AOC));
put('aoc-unreadable-text.zip', cmsZip([['AOC_V2026Q2-MCR.xlsx', aocXlsx(AOC)], ['AOC_V2026Q2-MCR.txt', AOC.map((r) => r.join(' ')).join('\r\n')]]));

// Broken MPFS files: a bad code, the header moved below the data, an extra and a missing
// column, a row cut short, a cut zip, the fixed-width TXT alone, no year anywhere, a wrong kind of file.
const csvLines = mpfsCsv(MPFS).split('\r\n');
const HEADER_AT = csvLines.findIndex((l) => l.startsWith('HCPCS,'));
const withLine = (/** @type {number} */ at, /** @type {(l: string) => string} */ f) => csvLines.map((l, i) => (i === at ? f(l) : l)).join('\r\n');
put('broken/PPRRVU2026_Jan_nonQPP.csv', withLine(HEADER_AT + 4, (l) => l.replace(/^52000,/, '52-00,')));
put('broken/PPRRVU2026_Apr_nonQPP.csv', [...csvLines.slice(0, HEADER_AT - 1), ...csvLines.slice(HEADER_AT + 1, HEADER_AT + 3), csvLines[HEADER_AT - 1], csvLines[HEADER_AT], ...csvLines.slice(HEADER_AT + 3)].join('\r\n'));
put('broken/PPRRVU2026_Jul_nonQPP.csv', withLine(HEADER_AT + 2, (l) => `${l},EXTRA`));
put('broken/PPRRVU2026_Oct_nonQPP.csv', csvLines.map((l, i) => (i === HEADER_AT || i === HEADER_AT - 1 ? l.split(',').filter((_, c) => c !== 19).join(',') : l)).join('\r\n'));
put('broken/PPRRVU25_OCT.csv', withLine(HEADER_AT + 3, (l) => l.split(',').slice(0, 12).join(',')));
const rvuZip = cmsZip([['PPRRVU2026_Jan_nonQPP.csv', mpfsCsv([...MPFS, ...MPFS.map((r) => ({ ...r, code: r.code.replace(/^\d/, '6') }))])]], 0);
put('broken/RVU26A.zip', rvuZip.slice(0, Math.floor(rvuZip.length * 0.6)));
put('broken/PPRRVU2026_Jan_nonQPP.txt', mpfsFixedWidth(MPFS));
put('broken/my-fee-schedule.csv', mpfsCsv(MPFS, { preamble: ['Fee schedule copy', 'Synthetic'] }));
put('broken/GPCI2026.csv', GPCI);
put('broken/RVUPUF26.pdf', '%PDF-1.4\n% synthetic\n');
