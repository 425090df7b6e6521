/**
 * Codes outside the dataset are codes by their place: a code column, a code field, a code
 * label. The same shapes anywhere else — and in a ZIP, Account or MRN column — are not.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { claimCodes } from '../../../components/claim-rows/claim-codes';

const DATASET = new Set(['50706', '50431', '74360', '76496']);
const isDataset = (c: string) => DATASET.has(c);

function textNode(text: string): Text {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n as Text).data.includes(text)) return n as Text;
  throw new Error(`no text ${text}`);
}
const codesIn = (text: string) => claimCodes(textNode(text), isDataset).map((m) => [m.code, ...m.modifiers, ...(m.units ? [`x${m.units}`] : [])].join(' '));

beforeEach(() => document.body.replaceChildren());

describe('claim codes in a table', () => {
  const table = (header: string, cells: string[]) =>
    (document.body.innerHTML = `<table><thead><tr><th>Line</th><th>${header}</th><th>Mod</th></tr></thead><tbody>${cells
      .map((c, i) => `<tr><td>${i + 1}</td><td>${c}</td><td></td></tr>`)
      .join('')}</tbody></table>`);

  it.each([
    ['CPT', '29881-RT', ['29881 RT']],
    ['HCPCS', 'J1100 x2', ['J1100 x2']],
    ['Proc', '0042T', ['0042T']],
    ['Code', '3074F', ['3074F']],
    ['Service', 'G0283', ['G0283']],
    ['Procedure code', '22840', ['22840']],
    ['CPT/HCPCS', '11042, 20610', ['11042', '20610']],
  ])('a %s column: %s', (header, cell, want) => {
    table(header, [cell]);
    expect(codesIn(cell.slice(0, 5))).toEqual(want);
    expect(claimCodes(textNode(cell.slice(0, 5)), isDataset).every((m) => m.claim)).toBe(true);
  });

  it.each(['ZIP', 'Postal code', 'Phone', 'MRN', 'Account', 'Amount', 'Patient ID'])('a %s column holds no codes', (header) => {
    table(header, ['29881']);
    expect(codesIn('29881')).toEqual([]);
  });

  it.each([
    ['an NPI (10 digits)', '1234567890'],
    ['a phone number', '(319) 555-2988'],
    ['an amount', '$12,002.00'],
    ['a ZIP+4', '50309-1234'],
    ['an MRN label', 'MRN 29881'],
    ['an account label', 'Acct #11042'],
    ['a decimal', '12002.5'],
    ['a longer number', '129881'],
    ['a lower-case letter code', 'j1100'],
  ])('%s in a code column is not a code: %s', (_what, cell) => {
    table('Code', [cell]);
    expect(claimCodes(textNode(cell), isDataset)).toEqual([]);
  });

  it('leaves dataset codes to the scan and reads nothing in a column with no code header', () => {
    table('CPT', ['50431']);
    expect(codesIn('50431')).toEqual([]);
    document.body.innerHTML = '<table><thead><tr><th>Line</th><th>Item</th></tr></thead><tbody><tr><td>1</td><td>29881</td></tr></tbody></table>';
    expect(codesIn('29881')).toEqual([]);
  });

  it('reads an ARIA grid column the same way', () => {
    document.body.innerHTML = `<div role="grid"><div role="row"><div role="columnheader">CPT</div><div role="columnheader">ZIP</div></div>
      <div role="row"><div role="gridcell">12002</div><div role="gridcell">49320</div></div></div>`;
    expect(codesIn('12002')).toEqual(['12002']);
    expect(codesIn('49320')).toEqual([]);
  });
});

describe('claim codes in text and fields', () => {
  it.each([
    ['CPT 29881 done on the right knee', ['29881']],
    ['CPT®: J1100 x2', ['J1100 x2']],
    ['HCPCS/CPT code #0042T', ['0042T']],
    ['Proc: 20610, 12002 and 49320', ['20610', '12002', '49320']],
    ['Procedure code 11042 then ZIP 52240', ['11042']],
  ])('after a code label: %s', (text, want) => {
    document.body.innerHTML = `<p>${text}</p>`;
    expect(codesIn(text.slice(0, 4))).toEqual(want);
  });

  it.each(['Clinic at 29881 Main St', 'Call 20610 for the desk', 'Waterloo, IA 50702', 'Ref 12002 in the batch', 'The year 2026 and 3074 items'])(
    'free text without a label holds none: %s',
    (text) => {
      document.body.innerHTML = `<p>${text}</p>`;
      expect(codesIn(text.slice(0, 4))).toEqual([]);
    },
  );

  it('reads a line form’s code field, and nothing from a field of another kind', () => {
    document.body.innerHTML = `<form><label for="c">CPT</label><input id="c" value="29881-RT"><label for="z">ZIP</label><input id="z" value="20610">
      <label for="n">Note</label><input id="n" value="20610"></form>`;
    expect(claimCodes(document.getElementById('c')!, isDataset).map((m) => `${m.code} ${m.modifiers.join(' ')}`)).toEqual(['29881 RT']);
    expect(claimCodes(document.getElementById('z')!, isDataset)).toEqual([]);
    expect(claimCodes(document.getElementById('n')!, isDataset)).toEqual([]);
  });
});
