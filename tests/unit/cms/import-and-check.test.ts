// @vitest-environment node
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { readSets, resetEditDb } from '../../../components/cms/edit-db';
import { forgetCachedEdits, lookupEdits } from '../../../components/cms/edit-lookup';
import { importEditFiles, removeEditSet } from '../../../components/cms/import-edit-files';
import { checkWithEditFiles } from '../../../components/tab-checks/edit-file-check';
import { cardFacts } from '../../../components/cms/card-facts';
import { fromIso } from '../../../components/cms/edit-dates';
import { readFileSync } from 'node:fs';
import { fixture } from './cms-files';

const FULL_SET = [
  'medicare-ncci-2026q2-practitioner-ptp-edits-ccipra-v321r0-f1.zip',
  'medicare-ncci-2026q2-practitioner-ptp-edits-ccipra-v321r0-f2.zip',
  'medicare-ncci-2026-q2-practitioner-services-mue-table.zip',
  'medicare-ncci-2026q2-add-on-code-edits.zip',
];
const DOS = '2026-05-04';
const line = (code: string, modifiers: string[] = [], units: number | null = 1) => ({ code, modifiers, units });

beforeEach(() => {
  resetEditDb();
  forgetCachedEdits();
  globalThis.indexedDB = new IDBFactory();
});

async function importFull() {
  const result = await importEditFiles(FULL_SET.map(fixture), 'practitioner');
  if (!result.ok) throw new Error(result.error);
  return result;
}

describe('a column 2 code paired with many column 1 codes', () => {
  it('keeps every one of its partners in the reverse index', async () => {
    const head = readFileSync('tests/fixtures/cms/ccipra-v321r0-f1.txt', 'latin1').split('\n').slice(0, 6).join('\n');
    const rows = Array.from({ length: 150 }, (_, i) => `${10100 + i}\t36415\t\t20200101\t*\t0\tStandards of medical / surgical practice`);
    const file = new File([`${head}\n${rows.join('\n')}\n`], 'ccipra-v321r0-f1.txt');
    const result = await importEditFiles([file], 'practitioner');
    expect(result.ok).toBe(true);
    const facts = await cardFacts('36415', fromIso(DOS)!);
    expect(facts.partners).toHaveLength(150);
    expect(facts.partners.map((p) => p.code)).toContain('10249');
  });
});

describe('import', () => {
  it('records each file with its version, quarter, part and rows, and the import time', async () => {
    const { sets } = await importFull();
    expect(sets.ptp!.files.map((f) => [f.name, f.version, f.quarter, f.part, f.rows])).toEqual([
      ['ccipra-v321r0-f1.txt', 'v32.1r0', '2026Q2', 1, 4],
      ['ccipra-v321r0-f2.txt', 'v32.1r0', '2026Q2', 2, 3],
    ]);
    expect(sets.ptp!.setting).toBe('practitioner');
    expect(sets.mue!.files[0]).toMatchObject({ name: 'MCR_MUE_PractitionerServices_Eff_04-01-2026.csv', version: 'effective 2026-04-01', rows: 7 });
    expect(sets.aoc!.files[0]).toMatchObject({ name: 'AOC_V2026Q2-MCR.txt', quarter: '2026Q2', rows: 7 });
    expect(sets.ptp!.importedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(await readSets()).toEqual(sets);
  });

  it('keeps the previous import intact when a later file set fails, and names the file and line', async () => {
    await importFull();
    const result = await importEditFiles([fixture('ccipra-v321r0-f2.txt'), fixture('broken/ccipra-v321r0-f1.txt')], 'practitioner');
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/^ccipra-v321r0-f1\.txt, line 9: effective date/) });
    const warnings = await checkWithEditFiles([line('50706'), line('50431')], DOS);
    expect(warnings.map((w) => w.kind)).toEqual(['ptp-never-together']);
    expect((await readSets()).ptp!.files).toHaveLength(2);
  });

  it('refuses the hospital outpatient file when practitioner is chosen, and DME MUEs', async () => {
    const oph = await importEditFiles([fixture('ccioph-v321r0-f1.txt')], 'practitioner');
    expect(oph).toMatchObject({ ok: false, error: expect.stringContaining('ccioph-v321r0-f1.txt: is the hospital outpatient file, but "practitioner" is chosen') });
    const dme = await importEditFiles([fixture('MCR_MUE_DMESupplierServices_Eff_04-01-2026.csv')], 'practitioner');
    expect(dme).toMatchObject({ ok: false, error: expect.stringContaining('DME supplier MUE table') });
    expect(await readSets()).toEqual({});
  });

  it('imports the hospital outpatient set when chosen: its indicators apply', async () => {
    const result = await importEditFiles([fixture('ccioph-v321r0-f1.txt')], 'outpatient');
    expect(result.ok).toBe(true);
    const warnings = await checkWithEditFiles([line('74360'), line('76496', ['59'])], DOS);
    expect(warnings.map((w) => w.kind)).toEqual(['ptp-never-together']);
    expect(warnings[0]!.message).toContain('CMS hospital outpatient PTP v32.1r0, ccioph-v321r0-f1.txt');
  });

  it('replacing one kind leaves the others, and remove takes a set away', async () => {
    await importFull();
    await importEditFiles([fixture('MCR_MUE_OutpatientHospitalServices_Eff_04-01-2026.csv')], 'outpatient');
    expect((await lookupEdits(['52000'])).codes.get('52000')!.mue!.v).toBe(2);
    await removeEditSet('ptp');
    expect((await readSets()).ptp).toBeUndefined();
    expect(await checkWithEditFiles([line('50706'), line('50431')], DOS)).toEqual([]);
  });
});

describe('checks against the imported files', () => {
  beforeEach(importFull);

  it('a PTP pair with indicator 0: the column 2 code is denied, never together, with its source', async () => {
    const [w, ...rest] = await checkWithEditFiles([line('50431'), line('50706')], DOS);
    expect(rest).toEqual([]);
    expect(w).toMatchObject({ kind: 'ptp-never-together', codes: ['50706', '50431'] });
    expect(w!.message).toMatch(/50431 is denied when reported with 50706.*no modifier bypasses it.*Misuse of column two code.*CMS practitioner PTP v32\.1r0, ccipra-v321r0-f1\.txt/);
  });

  it('an indicator-1 pair: needs a modifier without one; bypassed by -59 with what the chart must show', async () => {
    const [plain] = await checkWithEditFiles([line('74360'), line('76496')], DOS);
    expect(plain).toMatchObject({ kind: 'ptp-needs-modifier', codes: ['74360', '76496'] });
    expect(plain!.message).toContain('allowed only with a modifier that marks a separate site or session');
    const [bypassed] = await checkWithEditFiles([line('74360'), line('76496', ['59'])], DOS);
    expect(bypassed).toMatchObject({ kind: 'ptp-bypassed' });
    expect(bypassed!.message).toMatch(/bypassed by -59.*record shows a distinct service/);
  });

  it('LT on one line and RT on the other bypass an indicator-1 edit; the same side does not', async () => {
    expect((await checkWithEditFiles([line('10060', ['LT']), line('11042', ['RT'])], DOS))[0]!.kind).toBe('ptp-bypassed');
    expect((await checkWithEditFiles([line('10060', ['RT']), line('11042', ['RT'])], DOS))[0]!.kind).toBe('ptp-needs-modifier');
  });

  it('uses the date of service: an edit not yet effective, or deleted, raises nothing; indicator 9 never does', async () => {
    expect(await checkWithEditFiles([line('74360'), line('52000')], '2026-06-30')).toEqual([]);
    expect((await checkWithEditFiles([line('74360'), line('52000')], '2026-07-01')).map((w) => w.kind)).toContain('ptp-never-together');
    expect(await checkWithEditFiles([line('50431'), line('74425')], DOS)).toEqual([]);
    expect((await checkWithEditFiles([line('50431'), line('74425')], '2019-06-01')).map((w) => w.kind)).toEqual(['ptp-needs-modifier']);
    expect(await checkWithEditFiles([line('22612'), line('20930')], '2010-01-01')).toEqual([]);
  });

  it("checks lines of different dates of service apart: a line's own date wins over the page's", async () => {
    expect(await checkWithEditFiles([{ ...line('50706'), dateOfService: '2026-05-04' }, { ...line('50431'), dateOfService: '2026-05-05' }], DOS)).toEqual([]);
    expect((await checkWithEditFiles([{ ...line('74360'), dateOfService: '2026-07-02' }, line('52000')], '2026-07-02')).map((w) => w.kind)).toContain('ptp-never-together');
    expect(await checkWithEditFiles([{ ...line('74360'), dateOfService: '2026-06-01' }, { ...line('52000'), dateOfService: '2026-06-01' }], '2026-07-02')).toEqual([]);
  });

  it('MUE: units over the value with what the adjudication indicator means; MAI 1 per line, 2/3 per day', async () => {
    const [w] = await checkWithEditFiles([line('52000', [], 3)], DOS);
    expect(w).toMatchObject({ kind: 'mue-exceeded', codes: ['52000'] });
    expect(w!.message).toMatch(/3 units on this date of 52000 is above its MUE of 1 \(MAI 2, a date-of-service edit set by policy/);
    expect(await checkWithEditFiles([line('96372', [], 3), line('96372', ['59'], 3)], DOS)).toEqual([]);
    expect((await checkWithEditFiles([line('36415', [], 2), line('36415', [], 1)], DOS))[0]!.message).toMatch(/3 units on this date.*MAI 3.*may be paid on appeal/);
    expect(await checkWithEditFiles([line('52000', [], 1)], DOS)).toEqual([]);
  });

  it('add-on codes: type 1 without any listed primary warns; with one it does not; type 2 alone names the contractor', async () => {
    const [w] = await checkWithEditFiles([line('22614'), line('50706')], DOS);
    expect(w).toMatchObject({ kind: 'aoc-no-primary', codes: ['22614'] });
    expect(w!.message).toContain('needs one of 22612, 22630, 22633');
    expect(w!.message).not.toContain('22610');
    expect(await checkWithEditFiles([line('22614'), line('22630')], DOS)).toEqual([]);
    const [t2] = await checkWithEditFiles([line('64462')], DOS);
    expect(t2).toMatchObject({ kind: 'aoc-contractor-primary' });
    expect(t2!.message).toContain('defined by your contractor');
    expect((await checkWithEditFiles([line('96376')], DOS))[0]!.message).toContain('your contractor may accept others');
  });

  it('card facts: partners active that day in both directions, MUE and add-on with their files', async () => {
    const facts = await cardFacts('50431', fromIso(DOS)!);
    expect(facts.partners.map((p) => `${p.code} ${p.role} ${p.ind}`)).toEqual(['50706 denies 0']);
    expect((await cardFacts('50431', fromIso('2019-01-01')!)).partners.map((p) => p.code)).toEqual(['74425']);
    expect(facts.mue).toEqual({ value: 2, mai: 2, rationale: 'Anatomic Consideration', from: 'MCR_MUE_PractitionerServices_Eff_04-01-2026.csv (effective 2026-04-01)' });
    expect(facts.ptpFrom).toBe('ccipra-v321r0-f1.txt, ccipra-v321r0-f2.txt (v32.1r0)');
    const addon = await cardFacts('22614', fromIso(DOS)!);
    expect(addon.addon).toEqual({ type: 1, primaries: ['22612', '22630', '22633'], contractorDefined: false, from: 'AOC_V2026Q2-MCR.txt (2026Q2)' });
  });
});
