/**
 * Claim-table cases for the detector with CMS files loaded: codes outside the dataset where a
 * claim line holds them (CPT Category I–III, HCPCS Level II), and look-alikes that must stay
 * unmarked even though the files "know" the same digits — ZIP, phone, MRN, account, amount and
 * ID columns, NPIs, amounts and IDs inside a code column, and the same numbers in free text.
 *
 * `expect` lists what a coder would call a code on that screen, as its claim line (code, the
 * modifiers and units of its row or written beside it). Scored in corpus.test.ts with every
 * five-character value below known to the imports (KNOWN), so only place decides.
 */

export interface ClaimCase {
  html: string;
  expect: Array<{ code: string; modifiers?: string[]; units?: number }>;
  kind: 'claim' | 'claim-decoy';
  note?: string;
}

/** A claim table: header cells, then rows of cells. */
const table = (header: string[], ...rows: string[][]) =>
  `<table><thead><tr>${header.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
const grid = (header: string[], ...rows: string[][]) =>
  `<div role="grid"><div role="row">${header.map((h) => `<div role="columnheader">${h}</div>`).join('')}</div>${rows
    .map((r) => `<div role="row">${r.map((c) => `<div role="gridcell">${c}</div>`).join('')}</div>`)
    .join('')}</div>`;

const CLAIM: ClaimCase[] = [
  { kind: 'claim', html: table(['Line', 'CPT', 'Mod', 'Units'], ['1', '29881', 'RT', '1']), expect: [{ code: '29881', modifiers: ['RT'], units: 1 }] },
  { kind: 'claim', html: table(['HCPCS', 'Units'], ['J1100', '3']), expect: [{ code: 'J1100', units: 3 }] },
  { kind: 'claim', html: table(['Proc', 'Modifier'], ['20610', 'LT']), expect: [{ code: '20610', modifiers: ['LT'] }] },
  { kind: 'claim', html: table(['Procedure', 'Qty'], ['22840', '1']), expect: [{ code: '22840', units: 1 }], note: 'an add-on' },
  { kind: 'claim', html: table(['Code', 'Description'], ['12002', 'Repair, 2.6–7.5 cm']), expect: [{ code: '12002' }] },
  { kind: 'claim', html: table(['Service', 'Charge'], ['49320', '$1,480.00']), expect: [{ code: '49320' }] },
  { kind: 'claim', html: table(['CPT/HCPCS', 'Units'], ['0042T', '1']), expect: [{ code: '0042T', units: 1 }], note: 'Category III' },
  { kind: 'claim', html: table(['CPT II', 'Dx'], ['3074F', 'E11.9']), expect: [{ code: '3074F' }], note: 'Category II' },
  { kind: 'claim', html: table(['Code', 'Units'], ['G0283', '1']), expect: [{ code: 'G0283', units: 1 }] },
  { kind: 'claim', html: table(['Proc code', 'Mod'], ['11042', '']), expect: [{ code: '11042' }] },
  { kind: 'claim', html: table(['CPT', 'Units'], ['29881-RT', '1']), expect: [{ code: '29881', modifiers: ['RT'], units: 1 }], note: 'modifier in the code cell' },
  { kind: 'claim', html: table(['HCPCS'], ['J1100 x2']), expect: [{ code: 'J1100', units: 2 }], note: 'units in the code cell' },
  { kind: 'claim', html: table(['CPT', 'Mod 1', 'Mod 2'], ['11042', '59', 'XS']), expect: [{ code: '11042', modifiers: ['59', 'XS'] }] },
  {
    kind: 'claim',
    html: table(['CPT', 'Mod', 'Units'], ['50431', 'LT', '1'], ['29881', 'RT', '1'], ['20610', '', '2']),
    expect: [{ code: '50431', modifiers: ['LT'], units: 1 }, { code: '29881', modifiers: ['RT'], units: 1 }, { code: '20610', units: 2 }],
    note: 'a dataset code among them',
  },
  { kind: 'claim', html: table(['Line', 'CPT', 'ZIP'], ['1', '12002', '49320']), expect: [{ code: '12002' }], note: 'the ZIP column beside it is no code' },
  { kind: 'claim', html: grid(['CPT', 'Units', 'ZIP'], ['49320', '1', '12002']), expect: [{ code: '49320', units: 1 }], note: 'ARIA grid' },
  { kind: 'claim', html: table(['Codes'], ['29881, 20610']), expect: [{ code: '29881' }, { code: '20610' }] },
  { kind: 'claim', html: '<p>CPT 29881 performed on the right knee.</p>', expect: [{ code: '29881' }], note: 'labelled free text' },
  { kind: 'claim', html: '<p>HCPCS: J1100 x2 given IM</p>', expect: [{ code: 'J1100', units: 2 }] },
  { kind: 'claim', html: '<p>Proc: 20610, 12002 and 49320</p>', expect: [{ code: '20610' }, { code: '12002' }, { code: '49320' }], note: 'a labelled list' },
  { kind: 'claim', html: '<p>CPT® code #0042T</p>', expect: [{ code: '0042T' }] },
  { kind: 'claim', html: '<p>Proc. 49320 diagnostic laparoscopy</p>', expect: [{ code: '49320' }] },
  { kind: 'claim', html: '<p>Procedure code <b>22840</b> added</p>', expect: [{ code: '22840' }], note: 'the label in another inline element' },
];

const CLAIM_DECOY: ClaimCase[] = [
  ...['ZIP', 'Postal code', 'Phone', 'MRN', 'Account', 'Amount', 'Patient ID', 'Claim ID', 'Acct no.'].map(
    (header): ClaimCase => ({ kind: 'claim-decoy', html: table(['Line', header], ['1', '29881']), expect: [], note: `a ${header} column` }),
  ),
  ...[
    ['an NPI', '1234567890'],
    ['a phone number', '(319) 555-2988'],
    ['an amount', '$12,002.00'],
    ['an amount without a sign', '12002.50'],
    ['a ZIP+4', '50309-1234'],
    ['an MRN', 'MRN 29881'],
    ['an account number', 'Acct #11042'],
    ['an order number', 'Order 20610'],
    ['a longer number', '1204930'],
    ['a serial', 'SN-49320-AX9'],
    ['lower case', 'j1100'],
    ['a street address', '29881 Main St'],
    ['a date', '11/03/2026'],
  ].map(([what, cell]): ClaimCase => ({ kind: 'claim-decoy', html: table(['Code', 'Units'], [cell!, '1']), expect: [], note: `${what} in a code column` })),
  { kind: 'claim-decoy', html: table(['Item', 'Qty'], ['29881', '4']), expect: [], note: 'no code header' },
  { kind: 'claim-decoy', html: table(['CPT', 'Dx code'], ['', 'M1711']), expect: [], note: 'an ICD-10 code without its dot in a diagnosis column' },
  { kind: 'claim-decoy', html: table(['Line', 'Description'], ['12002', 'Widget']), expect: [], note: 'a line number' },
  { kind: 'claim-decoy', html: '<p>The clinic at 29881 Main St, Waterloo, IA 50702.</p>', expect: [], note: 'free text: a street number' },
  { kind: 'claim-decoy', html: '<p>Order 20610 shipped; call 11042 for the desk.</p>', expect: [], note: 'free text without a code label' },
  { kind: 'claim-decoy', html: '<p>Reference 12002 and 49320 on the batch sheet</p>', expect: [], note: 'free text' },
  { kind: 'claim-decoy', html: '<p>Room J1100, tower G0283</p>', expect: [], note: 'HCPCS-shaped room names in free text' },
];

export const CLAIM_CORPUS: ClaimCase[] = [...CLAIM, ...CLAIM_DECOY];

/** Every five-character value above, as if the imported files knew them all. */
export const KNOWN = ['29881', '11042', '20610', '22840', '12002', '49320', '0042T', '3074F', 'J1100', 'G0283', 'M1711'];
