import { describe, expect, it } from 'vitest';
import { createCodeFinder, createPrefilter, type CodeMatch } from '../../../components/detection/find-codes';

const find = createCodeFinder(['50706', '50431', '74360', '76496']);

const hit = (
  code: string,
  start: number,
  codeEnd: number,
  end: number,
  modifiers: string[] = [],
  units: number | null = null,
): CodeMatch => ({ code, start, codeEnd, end, modifiers, units });

type Row = [text: string, expected: CodeMatch[]];

describe('createCodeFinder: offsets', () => {
  it.each<Row>([
    ['50706', [hit('50706', 0, 5, 5)]],
    [' 76496 ', [hit('76496', 1, 6, 6)]],
    ['CPT 74360', [hit('74360', 4, 9, 9)]],
    ['CPT:50431', [hit('50431', 4, 9, 9)]],
    ['CPT #50706', [hit('50706', 5, 10, 10)]],
    ['Proc 50431', [hit('50431', 5, 10, 10)]],
    ['Proc: 74360', [hit('74360', 6, 11, 11)]],
    ['Px: 50431', [hit('50431', 4, 9, 9)]],
    ['HCPCS/CPT: 76496', [hit('76496', 11, 16, 16)]],
    ['HCPCS/CPT:50706', [hit('50706', 10, 15, 15)]],
    ['billed 50706.', [hit('50706', 7, 12, 12)]],
    ['Is 76496 payable?', [hit('76496', 3, 8, 8)]],
    ['(50706)', [hit('50706', 1, 6, 6)]],
    ['[74360-26]', [hit('74360', 1, 6, 9, ['26'])]],
    ['"50431"', [hit('50431', 1, 6, 6)]],
    ['50706 - Balloon dilation', [hit('50706', 0, 5, 5)]],
  ])('%j', (text, expected) => {
    expect(find(text)).toEqual(expected);
  });
});

describe('createCodeFinder: lists', () => {
  it.each<Row>([
    ['50706, 50431 and 74360', [hit('50706', 0, 5, 5), hit('50431', 7, 12, 12), hit('74360', 17, 22, 22)]],
    ['50706/50431', [hit('50706', 0, 5, 5), hit('50431', 6, 11, 11)]],
    ['Codes:50706,74360', [hit('50706', 6, 11, 11), hit('74360', 12, 17, 17)]],
    ['50706;50431', [hit('50706', 0, 5, 5), hit('50431', 6, 11, 11)]],
    ['50706-LT, 50431-LT', [hit('50706', 0, 5, 8, ['LT']), hit('50431', 10, 15, 18, ['LT'])]],
    ['50706 x2, 50431 x1', [hit('50706', 0, 5, 8, [], 2), hit('50431', 10, 15, 18, [], 1)]],
  ])('%j', (text, expected) => {
    expect(find(text)).toEqual(expected);
  });
});

describe('createCodeFinder: modifiers', () => {
  it.each<Row>([
    ['74360-26', [hit('74360', 0, 5, 8, ['26'])]],
    ['74360-26-59', [hit('74360', 0, 5, 11, ['26', '59'])]],
    ['74360-26-XU', [hit('74360', 0, 5, 11, ['26', 'XU'])]],
    ['50706\u201326', [hit('50706', 0, 5, 8, ['26'])]],
    ['74360\u201426', [hit('74360', 0, 5, 8, ['26'])]],
    ['74360 -26', [hit('74360', 0, 5, 9, ['26'])]],
    ['74360 \u2013 26', [hit('74360', 0, 5, 10, ['26'])]],
    ['74360-TC', [hit('74360', 0, 5, 8, ['TC'])]],
    ['50706-rt', [hit('50706', 0, 5, 8, ['RT'])]],
    ['76496 26', [hit('76496', 0, 5, 8, ['26'])]],
    ['76496 TC', [hit('76496', 0, 5, 8, ['TC'])]],
    ['50431 mod 50', [hit('50431', 0, 5, 12, ['50'])]],
    ['50706 mod. 59', [hit('50706', 0, 5, 13, ['59'])]],
    ['74360 modifier 59', [hit('74360', 0, 5, 17, ['59'])]],
    ['50431 Modifier 50', [hit('50431', 0, 5, 17, ['50'])]],
    ['50431 MOD 50', [hit('50431', 0, 5, 12, ['50'])]],
    ['74360-26 modifier 59', [hit('74360', 0, 5, 20, ['26', '59'])]],
    ['CPT-50706-26', [hit('50706', 4, 9, 12, ['26'])]],
    ['Billed 50706-RT.', [hit('50706', 7, 12, 15, ['RT'])]],
    // Not modifiers.
    ['50706 12', [hit('50706', 0, 5, 5)]],
    ['50706 lt', [hit('50706', 0, 5, 5)]],
    ['50431 - IR nephrostogram', [hit('50431', 0, 5, 5)]],
    ['74360 \u2014 Dr. Okafor', [hit('74360', 0, 5, 5)]],
    ['REBILL 74360 AS 76496', [hit('74360', 7, 12, 12), hit('76496', 16, 21, 21)]],
    ['74360 mod AS', [hit('74360', 0, 5, 12, ['AS'])]],
    ['74360-AS', [hit('74360', 0, 5, 8, ['AS'])]],
    ['50706-Balloon', [hit('50706', 0, 5, 5)]],
  ])('%j', (text, expected) => {
    expect(find(text)).toEqual(expected);
  });
});

describe('createCodeFinder: units', () => {
  it.each<Row>([
    ['50706 x2', [hit('50706', 0, 5, 8, [], 2)]],
    ['50706 X2', [hit('50706', 0, 5, 8, [], 2)]],
    ['50706 \u00d72', [hit('50706', 0, 5, 8, [], 2)]],
    ['50706 x 1 unit', [hit('50706', 0, 5, 14, [], 1)]],
    ['50706 x 3 units', [hit('50706', 0, 5, 15, [], 3)]],
    ['50706 2 units', [hit('50706', 0, 5, 13, [], 2)]],
    ['74360 units: 3', [hit('74360', 0, 5, 14, [], 3)]],
    ['50706, Units: 3', [hit('50706', 0, 5, 15, [], 3)]],
    ['50706 (units: 2)', [hit('50706', 0, 5, 15, [], 2)]],
    ['50706 (2 units)', [hit('50706', 0, 5, 14, [], 2)]],
    ['50706 Qty: 2', [hit('50706', 0, 5, 12, [], 2)]],
    ['Billed 50706 x2.', [hit('50706', 7, 12, 15, [], 2)]],
    ['74360-26 x2', [hit('74360', 0, 5, 11, ['26'], 2)]],
    ['74360-26 x 2 units', [hit('74360', 0, 5, 18, ['26'], 2)]],
    ['76496 26 x1', [hit('76496', 0, 5, 11, ['26'], 1)]],
    ['50706 \u00d73 RT', [hit('50706', 0, 5, 11, ['RT'], 3)]],
    ['SVC 74360-26 UNITS 1 BILLED', [hit('74360', 4, 9, 20, ['26'], 1)]],
    // Not units.
    ['50706 x2.5', [hit('50706', 0, 5, 5)]],
    ['50706 units exceed MUE', [hit('50706', 0, 5, 5)]],
    ['76496 26 1 450.00', [hit('76496', 0, 5, 8, ['26'])]],
  ])('%j', (text, expected) => {
    expect(find(text)).toEqual(expected);
  });
});

describe('createCodeFinder: look-alikes', () => {
  it.each<[string]>([
    ['Waterloo, IA 50706'],
    ['IA 50706'],
    ['Waterloo, OR 50706'],
    ['Waterloo, Iowa 50706'],
    ['50706-1234'],
    ['ZIP: 50706'],
    ['$50706'],
    ['$ 50706'],
    ['50706.00'],
    ['50706 USD'],
    ['USD 50706'],
    ['Amount due: 50706'],
    ['0050706'],
    ['150706'],
    ['A50706'],
    ['50706A4'],
    ['7436026'],
    ['0.50706'],
    ['50706.5'],
    ['1,50706'],
    ['50706,123'],
    ['MRN 50706'],
    ['INV-50706'],
    ['PO Box 50706'],
    ['Chart # 50431'],
    ['05/07/50706'],
    ['1-50706'],
    ['50706 Main St'],
    ['50706 N. Main Street'],
    ['50431 W 4th St'],
    ['50706 MAIN ST'],
    ['76496 Highway 63'],
    ['50706 Oak Dr'],
    ['SN-50706-AX9'],
    ['SN-50706'],
    ['UR-74360-B12'],
  ])('%j', (text) => {
    expect(find(text)).toEqual([]);
  });
});

describe('createCodeFinder: kept despite a look-alike context', () => {
  it.each<Row>([
    ['OR 50706', [hit('50706', 3, 8, 8)]],
    ['Picher OK 74360', [hit('74360', 10, 15, 15)]],
    ['R. Patel, MD 50706', [hit('50706', 13, 18, 18)]],
    ['Line #50706', [hit('50706', 6, 11, 11)]],
    ['check 74360 for MUE', [hit('74360', 6, 11, 11)]],
    ['50706 Dr. Patel', [hit('50706', 0, 5, 5)]],
    ['50706 Surgeon Dr. Patel', [hit('50706', 0, 5, 5)]],
    ['50706 St. Luke\u2019s', [hit('50706', 0, 5, 5)]],
    ['CPT-50706', [hit('50706', 4, 9, 9)]],
  ])('%j', (text, expected) => {
    expect(find(text)).toEqual(expected);
  });

  it('treats MD as a state when the number is a Maryland ZIP', () => {
    expect(createCodeFinder(['21201'])('Baltimore, MD 21201')).toEqual([]);
  });
});

describe('createCodeFinder: inputs', () => {
  it('ignores entries that are not five digits', () => {
    const f = createCodeFinder(['5070', '507066', 'abcde', '50706']);
    expect(f('5070 507066 abcde 50706')).toEqual([hit('50706', 18, 23, 23)]);
  });

  it('returns nothing for an empty code list', () => {
    expect(createCodeFinder([])('50706')).toEqual([]);
  });

  it('can be called repeatedly on the same and different texts', () => {
    expect(find('50706 50431')).toHaveLength(2);
    expect(find('50706 50431')).toHaveLength(2);
    expect(find('nothing here')).toEqual([]);
  });
});

describe('createPrefilter', () => {
  it.each<[string, boolean]>([
    ['CPT 50706', true],
    ['Waterloo, IA 50706', true],
    ['no codes', false],
  ])('%j -> %s', (text, expected) => {
    expect(createPrefilter(['50706', '74360'])(text)).toBe(expected);
  });

  it('never matches with an empty list', () => {
    expect(createPrefilter([])('50706')).toBe(false);
  });
});
