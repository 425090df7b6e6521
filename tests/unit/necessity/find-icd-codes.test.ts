import { describe, expect, it } from 'vitest';
import { findIcdCodes } from '../../../components/icd10/find-icd-codes';

/** [snippet, codes it holds, diagnosis cell?] — claim-like text as billing screens show it. */
const CORPUS: Array<[string, string[], boolean?]> = [
  // Labelled text
  ['Dx: M17.11', ['M17.11']],
  ['Dx: M1711', ['M17.11']],
  ['DX1: E11.9  DX2: I10', ['E11.9', 'I10']],
  ['Diagnosis: S72.001A - Fracture of unsp part of neck of right femur, init', ['S72.001A']],
  ['Diagnosis codes: E1165, Z794, I10', ['E11.65', 'Z79.4', 'I10']],
  ['ICD-10: M54.50 Low back pain, unspecified', ['M54.50']],
  ['ICD10-CM M25.561 Pain in right knee', ['M25.561']],
  ['ICD: G8929', ['G89.29']],
  ['Assessment: 1. M17.11 2. Z96.651', ['M17.11', 'Z96.651']],
  ['Reason for visit: R07.9 chest pain', ['R07.9']],
  ['Indication: Z12.31 screening mammogram', ['Z12.31']],
  ['Primary Dx M16.11; Secondary Dx E66.01', ['M16.11', 'E66.01']],
  ['Dx pointer A: J44.1  B: J96.01', ['J44.1', 'J96.01']],
  ['Dx: O9A.212 / Z3A.32', ['O9A.212', 'Z3A.32']],
  ['Dx: C4A.9', ['C4A.9']],
  ['Dx: T36.0X1A', ['T36.0X1A']],
  ['Dx: U07.1', ['U07.1']],
  ['Diagnosis: F32.A', ['F32.A']],
  ['diag: N18.30, E11.22', ['N18.30', 'E11.22']],
  ['Dx: I10, E785, E119', ['I10', 'E78.5', 'E11.9']],
  // Claim lines and tables with a Dx column (cell text handed over as a diagnosis cell)
  ['M17.11', ['M17.11'], true],
  ['M1711', ['M17.11'], true],
  ['E119, I10', ['E11.9', 'I10'], true],
  ['Z96651', ['Z96.651'], true],
  ['S72001A', ['S72.001A'], true],
  ['J45.909', ['J45.909'], true],
  ['K21.9 GERD', ['K21.9'], true],
  // Dotted codes in free text
  ['27447 RT 1 unit for M17.11 on 11/02/2026', ['M17.11']],
  ['Line 1: 99213-25 E11.9 I10', ['E11.9', 'I10']],
  ['Billed 20610 with M17.12 (left knee)', ['M17.12']],
  ['Procedure 64483 for M54.16 and G89.29', ['M54.16', 'G89.29']],
  ['CPT 27447 Dx M17.0', ['M17.0']],
  ['Claim note: pt with Z79.4, E11.65', ['Z79.4', 'E11.65']],
  ['(M17.11)', ['M17.11']],
  ['M17.11,M17.12', ['M17.11', 'M17.12']],
  ['Codes: H25.13; H52.4', ['H25.13', 'H52.4']],
  ['Dx: L03.115\nRoom B204', ['L03.115']],
  ['Assessment\nDx: N39.0 UTI', ['N39.0']],
  ['Dx: R51.9 Headache', ['R51.9']],
  ['Diagnosis: Z00.00 annual exam', ['Z00.00']],
  // Decoys: lab values, versions, part numbers, account ids, rooms
  ['A1C 6.5%', []],
  ['HbA1c 7.2 %', []],
  ['B12 450 pg/mL', []],
  ['Vitamin D3 30 ng/mL', []],
  ['K 4.1 mmol/L, Na 139', []],
  ['T4 1.2 ng/dL', []],
  ['Glucose 105 mg/dL', []],
  ['Version E10.3.1', []],
  ['v2.1.3 build B19.2.4', []],
  ['Release R21.4', []],
  ['Part# J45.909', []],
  ['P/N K40-1234', []],
  ['SKU: A12-3456-B', []],
  ['Model X10.5', []],
  ['Acct A1234', []],
  ['Account: B5678', []],
  ['MRN: C123456', []],
  ['Patient ID E11234', []],
  ['Room B204', []],
  ['Rm C12.3', []],
  ['Bed D10', []],
  ['Suite M200', []],
  ['Floor B2', []],
  ['Invoice #A12345', []],
  ['Order ID S72001A', []],
  ['NDC 12345-6789-01', []],
  ['Lot L12.3', []],
  ['Serial: S1234', []],
  ['Lab result: A1C 8.1', []],
  ['Acct A1234 Dx', []],
  ['A1234', []],
  ['E119 I10', []],
  ['Ref R10.9', []],
  ['ICD-10 update 2027', []],
  ['Zip 90210', []],
  ['Phone E-555-1212', []],
  ['Apt M17B', []],
];


describe('findIcdCodes on claim-like text', () => {
  it.each(CORPUS)('%s', (text, codes, cell) => {
    expect(findIcdCodes(text, { diagnosisContext: cell ?? false }).map((m) => m.code)).toEqual(codes);
  });

  it('reports where each code is in the text', () => {
    expect(findIcdCodes('Dx: M1711 and E11.9')).toEqual([
      { code: 'M17.11', start: 4, end: 9 },
      { code: 'E11.9', start: 14, end: 19 },
    ]);
  });

  it('scores precision and recall ≥ 0.99 over the corpus, where a bare shape match scores below 0.8', () => {
    const score = (find: (t: string, cell: boolean) => string[]) => {
      let tp = 0;
      let fp = 0;
      let fn = 0;
      for (const [text, codes, cell] of CORPUS) {
        const found = find(text, cell ?? false);
        const want = new Set(codes);
        for (const f of found) (want.has(f) ? tp++ : fp++);
        for (const c of codes) if (!found.includes(c)) fn++;
      }
      return { precision: tp / (tp + fp), recall: tp / (tp + fn), tp, fp, fn };
    };
    const ours = score((t, cell) => findIcdCodes(t, { diagnosisContext: cell }).map((m) => m.code));
    const bare = score((t) => [...t.matchAll(/\b[A-Z]\d[0-9A-Z]\.?[0-9A-Z]{0,4}\b/g)].map((m) => (m[0].includes('.') || m[0].length <= 3 ? m[0] : `${m[0].slice(0, 3)}.${m[0].slice(3)}`)));
    console.info(`findIcdCodes corpus: precision ${ours.precision.toFixed(3)}, recall ${ours.recall.toFixed(3)} (${ours.tp} found, ${ours.fp} false, ${ours.fn} missed); bare shape precision ${bare.precision.toFixed(3)}`);
    expect(ours.precision).toBeGreaterThanOrEqual(0.99);
    expect(ours.recall).toBeGreaterThanOrEqual(0.99);
    expect(bare.precision).toBeLessThan(0.8);
  });
});
