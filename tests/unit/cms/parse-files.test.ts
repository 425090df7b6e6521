// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EditFileParser } from '../../../components/cms/edit-file-parser';
import { fromIso, fromYearDay, fromYmd, toIso } from '../../../components/cms/edit-dates';
import { identifyFile } from '../../../components/cms/identify-file';
import { readEditFile } from '../../../components/cms/read-edit-file';
import { NEVER, type AocRow, type MueRow, type PtpRow } from '../../../components/cms/edit-types';
import { RecordSplitter, type FileRecord } from '../../../components/cms/record-splitter';
import { fixture } from './cms-files';
import type { FeeScheduleRow } from '../../../components/cms/fee-schedule-types';

function collect() {
  const rows = { ptp: [] as PtpRow[], mue: [] as MueRow[], aoc: [] as AocRow[], mpfs: [] as FeeScheduleRow[] };
  return { rows, sink: { ptp: (r: PtpRow) => rows.ptp.push(r), mue: (r: MueRow) => rows.mue.push(r), aoc: (r: AocRow) => rows.aoc.push(r), mpfs: (r: FeeScheduleRow) => rows.mpfs.push(r) } };
}

async function read(name: string) {
  const { rows, sink } = collect();
  const parsers = await readEditFile(fixture(name), (entry) => new EditFileParser(entry, identifyFile(entry), sink), { afterChunk: async () => {}, progress: () => {} });
  return { rows, parsers };
}

describe('CMS file names', () => {
  it.each([
    ['ccipra-v321r0-f1.txt', { kind: 'ptp', setting: 'practitioner', version: 'v32.1r0', quarter: '2026Q2', part: 1 }],
    ['ccioph-v313r0-f3.TXT', { kind: 'ptp', setting: 'outpatient', version: 'v31.3r0', quarter: '2025Q4', part: 3 }],
    ['medicare-ncci-2024q2-practitioner-ptp-edits-ccipra-v301r0-f2.zip', { kind: 'ptp', quarter: '2024Q2', part: 2 }],
    ['MCR_MUE_OutpatientHospitalServices_Eff_07-01-2026.csv', { kind: 'mue', setting: 'outpatient', version: 'effective 2026-07-01', quarter: '2026Q3' }],
    ['MCR_MUE_DMESupplierServices_Eff_10-01-2025.csv', { kind: 'mue', setting: 'dme', quarter: '2025Q4' }],
    ['AOC_V2025Q4_01-MCR.txt', { kind: 'aoc', version: '2025Q4', quarter: '2025Q4' }],
    ['my-export.csv', { kind: null, version: null }],
  ])('%s', (name, expected) => {
    expect(identifyFile(name)).toMatchObject(expected);
  });
});

describe('dates', () => {
  it('reads YYYYMMDD and year + day-of-year (2026091 is 1 April 2026; day 366 only in leap years)', () => {
    expect(toIso(fromYmd('20260401')!)).toBe('2026-04-01');
    expect(toIso(fromYearDay('2026091')!)).toBe('2026-04-01');
    expect(toIso(fromYearDay('2024366')!)).toBe('2024-12-31');
    expect(fromYearDay('2026366')).toBeNull();
    expect(fromYmd('20260230')).toBeNull();
    expect(fromIso('2026-04-01')).toBe(fromYmd('20260401'));
  });
});

/** The splitter's rules, one character at a time (how it read every file before it took slices): the oracle. */
function referenceSplit(text: string, d: string): string[][] {
  const out: string[][] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let cellStart = true;
  // Records end at line breaks; a final line break ends the last one and starts none.
  const lines = text === '' ? [] : (text.endsWith('\n') ? text.slice(0, -1) : text).split('\n');
  for (const line of lines) {
    if (quoted) cell += '\n';
    else if (!line.includes('"')) {
      out.push(line.split(d));
      continue;
    }
    for (let i = 0; i < line.length; i++) {
      const c = line[i]!;
      if (quoted) {
        if (c === '"' && line[i + 1] === '"') (cell += '"'), i++;
        else if (c === '"') quoted = false;
        else cell += c;
      } else if (c === '"' && cellStart) (quoted = true), (cellStart = false);
      else if (c === d) (cells.push(cell), (cell = ''), (cellStart = true));
      else (cell += c), (cellStart = false);
    }
    if (quoted) continue;
    cells.push(cell);
    out.push(cells);
    cells = [];
    cell = '';
    cellStart = true;
  }
  if (quoted) out.push([...cells, cell]);
  return out;
}

describe('record splitter', () => {
  it('splits like the one-character-at-a-time rules on any text of quotes, delimiters and line breaks, fed in any pieces', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\n', ' '), maxLength: 60 });
    const cuts = fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 1, maxLength: 20 });
    fc.assert(
      fc.property(text, cuts, (t, sizes) => {
        const out: string[][] = [];
        const s = new RecordSplitter(',', (r) => out.push(r.cells));
        for (let i = 0, k = 0; i < t.length; k++) {
          const n = sizes[k % sizes.length]!;
          s.feedText(t.slice(i, i + n));
          i += n;
        }
        s.end();
        expect(out).toEqual(referenceSplit(t, ','));
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps a quoted multi-line cell as one record, across chunk boundaries, with the line it starts on', () => {
    const out: FileRecord[] = [];
    const s = new RecordSplitter(',', (r) => out.push(r));
    const text = '"a\r\nb",,\r\nx,"y ""q""",z\r\n';
    for (const ch of text) s.feedText(ch);
    s.end();
    expect(out).toEqual([
      { cells: ['a\nb', '', ''], line: 1 },
      { cells: ['x', 'y "q"', 'z'], line: 3 },
    ]);
  });
});

describe('PTP text files', () => {
  it('skips the notice, title and the header wrapped over four lines, and reads every column', async () => {
    const { rows, parsers } = await read('ccipra-v321r0-f1.txt');
    expect(parsers[0]!.rows).toBe(4);
    expect(rows.ptp[0]).toEqual({ c1: '10060', c2: '11042', pre1996: true, eff: fromYmd('19960101'), del: NEVER, ind: 1, rationale: 'Standards of medical / surgical practice' });
    expect(rows.ptp[1]).toMatchObject({ c1: '22612', c2: '20930', ind: 9, del: fromYmd('20100101') });
    expect(rows.ptp[3]).toMatchObject({ c1: '50706', c2: '50431', ind: 0, pre1996: false });
  });

  it('reads the text file inside the CMS zip, not its XLSX twin', async () => {
    const { rows, parsers } = await read('medicare-ncci-2026q2-practitioner-ptp-edits-ccipra-v321r0-f2.zip');
    expect(parsers.map((p) => p.name)).toEqual(['ccipra-v321r0-f2.txt']);
    expect(rows.ptp.map((r) => `${r.c1}/${r.c2}`)).toEqual(['74360/76496', '74360/52000', '99213/36415']);
  });
});

describe('MUE CSV', () => {
  it('skips the quoted multi-line notice, reads the header with a line break in its cell, and the indicator written as text', async () => {
    const { rows, parsers } = await read('MCR_MUE_PractitionerServices_Eff_04-01-2026.csv');
    expect(parsers[0]!.setting).toBe('practitioner');
    expect(rows.mue).toHaveLength(7);
    expect(rows.mue.find((r) => r.code === '52000')).toEqual({ code: '52000', value: 1, mai: 2, rationale: 'Code Descriptor / CPT Instruction' });
    expect(rows.mue.find((r) => r.code === '96372')?.mai).toBe(1);
  });

  it('takes the setting from the header of the outpatient and DME tables', async () => {
    expect((await read('MCR_MUE_OutpatientHospitalServices_Eff_04-01-2026.csv')).parsers[0]!.setting).toBe('outpatient');
    expect((await read('MCR_MUE_DMESupplierServices_Eff_04-01-2026.csv')).parsers[0]!.setting).toBe('dme');
  });
});

describe('AOC file', () => {
  it('finds columns by header name, reads CCCCC as contractor-defined and YYYYDDD dates, blank = none', async () => {
    const { rows } = await read('AOC_V2026Q2-MCR.txt');
    expect(rows.aoc).toHaveLength(7);
    expect(rows.aoc[0]).toEqual({ type: 1, addon: '22614', addonDel: NEVER, primary: '22612', primaryDel: NEVER, eff: fromYmd('20100101'), del: NEVER, notes: '' });
    expect(rows.aoc[3]).toMatchObject({ primary: '22610', primaryDel: fromYmd('20141231'), del: fromYmd('20141231') });
    expect(rows.aoc[4]).toMatchObject({ type: 2, addon: '64462', primary: null, eff: fromYmd('20260401') });
  });

  it('falls back to the XLSX when the zip holds only the workbook, and reads a dropped XLSX', async () => {
    const text = (await read('AOC_V2026Q2-MCR.txt')).rows.aoc;
    const fromZip = await read('aoc-xlsx-only.zip');
    expect(fromZip.parsers.map((p) => p.name)).toEqual(['AOC_V2026Q2-MCR.xlsx']);
    expect(fromZip.rows.aoc).toEqual(text);
    expect((await read('AOC_V2026Q2-MCR.xlsx')).rows.aoc).toEqual(text);
  });
});

describe('broken and foreign files are rejected naming the file and line', () => {
  it.each([
    ['broken/ccipra-v321r0-f1.txt', /^ccipra-v321r0-f1\.txt, line 9: effective date "2022-01-01" is not a YYYYMMDD date/],
    ['broken/ccipra-v321r0-f2.txt', /^ccipra-v321r0-f2\.txt, line 7: modifier indicator "5" is not 0, 1 or 9/],
    ['broken/MCR_MUE_PractitionerServices_Eff_04-01-2026.csv', /^MCR_MUE_PractitionerServices_Eff_04-01-2026\.csv, line 9: MUE value "one" is not a whole number/],
    ['broken/AOC_V2026Q2-MCR.txt', /^AOC_V2026Q2-MCR\.txt, line 3: edit effective date "2026400" is not a year \+ day-of-year date/],
    ['broken/claims-export.csv', /^claims-export\.csv: CPT Lens cannot read its layout/],
    ['broken/ccipra-v321r0-f3.txt', /^ccipra-v321r0-f3\.txt: has a PTP edit header but no data rows/],
    ['broken/unclosed-quote.csv', /^unclosed-quote\.csv, line 8: a quoted cell opened on this line is not closed/],
  ])('%s', async (name, message) => {
    await expect(read(name)).rejects.toThrow(message);
  });

  it('rejects a file whose name and columns disagree', async () => {
    const { sink } = collect();
    const file = new File([await fixture('AOC_V2026Q2-MCR.txt').arrayBuffer()], 'ccipra-v321r0-f1.txt');
    await expect(readEditFile(file, (n) => new EditFileParser(n, identifyFile(n), sink), { afterChunk: async () => {}, progress: () => {} })).rejects.toThrow(
      /ccipra-v321r0-f1\.txt, line 2: the name says PTP edit file but the columns are those of the add-on code file/,
    );
  });
});
