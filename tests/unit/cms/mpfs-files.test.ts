// @vitest-environment node
// The MPFS relative value file and the add-on code flat file as CMS lays them out, and every
// broken or foreign file refused with its name, line and what was expected.
import { describe, expect, it } from 'vitest';
import { EditFileParser } from '../../../components/cms/edit-file-parser';
import { identifyFile } from '../../../components/cms/identify-file';
import { readEditFile } from '../../../components/cms/read-edit-file';
import type { AocRow, MueRow, PtpRow } from '../../../components/cms/edit-types';
import type { FeeScheduleRow } from '../../../components/cms/fee-schedule-types';
import { fixture } from './cms-files';

async function read(name: string, file = fixture(name)) {
  const rows = { ptp: [] as PtpRow[], mue: [] as MueRow[], aoc: [] as AocRow[], mpfs: [] as FeeScheduleRow[] };
  const sink = { ptp: (r: PtpRow) => rows.ptp.push(r), mue: (r: MueRow) => rows.mue.push(r), aoc: (r: AocRow) => rows.aoc.push(r), mpfs: (r: FeeScheduleRow) => rows.mpfs.push(r) };
  const parsers = await readEditFile(file, (entry) => new EditFileParser(entry, identifyFile(entry), sink), { afterChunk: async () => {}, progress: () => {} });
  return { rows, parsers };
}

const row50431 = { code: '50431', modifier: '', status: 'A', pctc: '0', global: '000', multipleProcedure: '2', bilateral: '1', assistant: '1', coSurgeon: '0', team: '0', workRvu: 1.1 };

describe('MPFS file names', () => {
  it.each([
    ['PPRRVU2026_Jan_nonQPP.csv', { kind: 'mpfs', version: '2026 A (January release)', quarter: '2026Q1' }],
    ['PPRRVU2026_Oct_QPP.csv', { kind: 'mpfs', quarter: '2026Q4' }],
    ['PPRRVU25_JUL.xlsx', { kind: 'mpfs', version: '2025 C (July release)', quarter: '2025Q3' }],
    ['RVU26A.zip', { kind: 'mpfs', quarter: '2026Q1' }],
    ['rvu26d-updated-08-26-2026.zip', { kind: 'mpfs', quarter: '2026Q4' }],
    ['GPCI2026.csv', { kind: null }],
  ])('%s', (name, expected) => {
    expect(identifyFile(name)).toMatchObject(expected);
  });
});

describe('MPFS relative value file', () => {
  it('skips the title lines, joins the two-line header, keeps the indicators of every row and no descriptor', async () => {
    const { rows } = await read('PPRRVU2026_Jan_nonQPP.csv');
    expect(rows.mpfs).toHaveLength(10);
    expect(rows.mpfs.find((r) => r.code === '50431')).toEqual(row50431);
    expect(rows.mpfs.filter((r) => r.code === '74360').map((r) => r.modifier)).toEqual(['', '26', 'TC']);
    // A blank work RVU stays unknown, not 0.
    expect(rows.mpfs.find((r) => r.code === 'G0008')!.workRvu).toBeNull();
    expect(JSON.stringify(rows.mpfs)).not.toContain('TEST');
  });

  it('finds the columns by name when they move and the title runs longer', async () => {
    const { rows } = await read('PPRRVU2026_Apr_nonQPP.csv');
    expect(rows.mpfs.find((r) => r.code === '50431')).toEqual(row50431);
  });

  it('reads the XLSX copy the same way', async () => {
    const { rows } = await read('PPRRVU26_JAN.xlsx');
    expect(rows.mpfs.find((r) => r.code === '50431')).toEqual(row50431);
  });

  it('reads one relative value CSV out of the quarterly zip and skips the zip’s other files', async () => {
    const { rows, parsers } = await read('RVU26A.zip');
    expect(parsers.map((p) => p.name)).toEqual(['PPRRVU2026_Jan_QPP.csv']);
    expect(rows.mpfs).toHaveLength(10);
  });

  it('takes the year and release from the title line when the file was renamed', async () => {
    const csv = await fixture('PPRRVU2026_Apr_nonQPP.csv').arrayBuffer();
    const { parsers } = await read('', new File([csv], 'fee schedule.csv'));
    expect(parsers[0]!.titleRelease).toEqual({ year: 2026, release: 1 });
  });
});

describe('add-on code flat file', () => {
  it('reads the space-aligned copy by the positions of its column names', async () => {
    const flat = await read('AOC_V2026Q2-MCR-flat.txt');
    const tabbed = await read('AOC_V2026Q2-MCR.txt');
    expect(flat.rows.aoc).toEqual(tabbed.rows.aoc);
    expect(flat.rows.aoc[5]!.notes).toBe('96376 may be reported by facilities only');
  });

  it('imports the workbook of a zip whose text file it cannot read', async () => {
    const { rows, parsers } = await read('aoc-unreadable-text.zip');
    expect(parsers.map((p) => p.name)).toEqual(['AOC_V2026Q2-MCR.xlsx']);
    expect(rows.aoc).toHaveLength(7);
  });
});

describe('broken and foreign MPFS files are refused with the file, the line and what was expected', () => {
  it.each([
    ['broken/PPRRVU2026_Jan_nonQPP.csv', /^PPRRVU2026_Jan_nonQPP\.csv, line 12: HCPCS "52-00" is not a CPT\/HCPCS code\.$/],
    ['broken/PPRRVU2026_Apr_nonQPP.csv', /^PPRRVU2026_Apr_nonQPP\.csv, line 7: data before any column header/],
    ['broken/PPRRVU2026_Jul_nonQPP.csv', /^PPRRVU2026_Jul_nonQPP\.csv, line 10: 32 columns where the header has 31 \(a shifted row or an extra column\)\.$/],
    ['broken/PPRRVU2026_Oct_nonQPP.csv', /^PPRRVU2026_Oct_nonQPP\.csv, line 8: the relative value file header has no BILAT SURG column/],
    ['broken/PPRRVU25_OCT.csv', /^PPRRVU25_OCT\.csv, line 11: 12 columns where the header has 31 \(the row is cut short\)\.$/],
    ['broken/RVU26A.zip', /^RVU26A\.zip: is not a readable zip \(invalid zip data\): a download cut short or damaged reads like this; download it again\.$/],
    ['broken/PPRRVU2026_Jan_nonQPP.txt', /^PPRRVU2026_Jan_nonQPP\.txt: is the fixed-width text copy of the relative value file, which CPT Lens does not read; import the CSV or XLSX copy/],
    ['broken/GPCI2026.csv', /^GPCI2026\.csv, line 3: data before any column header/],
    ['broken/RVUPUF26.pdf', /^RVUPUF26\.pdf: is not a zip, TXT, CSV or XLSX file/],
  ])('%s', async (name, message) => {
    await expect(read(name)).rejects.toThrow(message);
  });

  it('never calls a CMS file "not a CMS file": an unknown layout says what headers were looked for', async () => {
    await expect(read('broken/claims-export.csv')).rejects.toThrow(/^claims-export\.csv: CPT Lens cannot read its layout: none of the column headers it knows/);
    const txt = new File(['x\r\n'.repeat(50)], 'AOC_V2026Q2-MCR.txt');
    const err = await read('', txt).catch((e: Error) => e);
    expect(String(err)).toMatch(/AOC_V2026Q2-MCR\.txt: named like the CMS add-on code file, but CPT Lens cannot read its layout/);
    expect(String(err)).toMatch(/import the XLSX copy or the whole zip\.$/);
    expect(String(err)).not.toMatch(/not a CMS/);
  });
});
