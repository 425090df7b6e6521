/**
 * Reads one CMS file record by record: skips the copyright/title lines and the (possibly
 * wrapped, multi-line) column header, checks the header says what the file name says, then
 * parses every data row. Throws EditFileError naming the file and line at the first bad row,
 * so an import is all-or-nothing; a file with no recognised header is refused as unreadable.
 * Kinds: the three NCCI edit files and the MPFS relative value file (parse-mpfs-row.ts).
 */
import { aocFlatHeader, sliceFlat } from './aoc-flat-file';
import { aocColumns, CODE, parseAocCells, parseMueCells, parsePtpCells, type AocColumns, type Parsed } from './parse-rows';
import { isMpfsHeader, mpfsColumns, mpfsTitle, parseMpfsCells, type MpfsColumns } from './parse-mpfs-row';
import type { FeeScheduleRow } from './fee-schedule-types';
import type { FileRecord } from './record-splitter';
import { EditFileError, type AocRow, type FileIdentity, type FileKind, type MueRow, type PtpRow, type Setting } from './edit-types';

export interface RowSink {
  ptp(row: PtpRow): void;
  mue(row: MueRow): void;
  aoc(row: AocRow): void;
  mpfs(row: FeeScheduleRow): void;
}

const PREAMBLE_LIMIT = 40;
export const KIND_NAMES: Record<FileKind, string> = { ptp: 'PTP edit', mue: 'MUE', aoc: 'add-on code', mpfs: 'MPFS relative value' };
const squash = (s: string | undefined) => (s ?? '').toLowerCase().replace(/[^a-z0-9]/g, '');

interface Header {
  kind: FileKind;
  setting: Setting | 'dme' | null;
  aoc?: AocColumns;
  /** Column starts of the space-aligned AOC flat file. */
  flat?: number[];
  mpfs?: MpfsColumns;
}

function readHeader(cells: string[], above: readonly string[], name: string, line: number): Header | null {
  const [a, b] = [squash(cells[0]), squash(cells[1])];
  if (a === 'column1' && b === 'column2') return { kind: 'ptp', setting: null };
  if (a.includes('hcpcs') && b.includes('muevalue')) {
    const setting = b.startsWith('practitioner') ? 'practitioner' : b.startsWith('outpatient') ? 'outpatient' : b.startsWith('dme') ? 'dme' : null;
    return { kind: 'mue', setting };
  }
  if (isMpfsHeader(cells)) {
    const cols = mpfsColumns(above, cells);
    if ('missing' in cols) throw new EditFileError(name, line, `the relative value file header has no ${cols.missing.join(', ')} column (expected HCPCS, MOD, DESCRIPTION, STATUS CODE, … WORK RVU, … PCTC IND, GLOB DAYS, MULT PROC, BILAT SURG, ASST SURG, CO SURG, TEAM SURG).`);
    return { kind: 'mpfs', setting: null, mpfs: cols };
  }
  if (cells.length === 1) {
    const flat = aocFlatHeader(cells[0]!);
    if (flat) return { kind: 'aoc', setting: null, flat, aoc: aocColumns(sliceFlat(cells[0]!, flat))! };
  }
  const aoc = aocColumns(cells);
  return aoc ? { kind: 'aoc', setting: null, aoc } : null;
}

export class EditFileParser {
  private header: Header | null = null;
  private seenData = false;
  private preamble = 0;
  private above: string[] = [];
  private title = '';
  rows = 0;
  finished = false;

  constructor(
    readonly name: string,
    private readonly identity: FileIdentity,
    private readonly sink: RowSink,
  ) {}

  get kind(): FileKind | null {
    return this.header?.kind ?? this.identity.kind;
  }

  /** Year and release the MPFS file's title line states (the name may have been changed). */
  get titleRelease(): { year: number; release: number } | null {
    return mpfsTitle(this.title);
  }

  /** The setting the file's header states (MUE), else the one its name states. */
  get setting(): Setting | 'dme' | null {
    return this.header?.setting ?? this.identity.setting;
  }

  record({ cells, line }: FileRecord): void {
    const blank = cells.every((c) => c.trim() === '');
    if (!this.header) {
      if (blank) return;
      const header = readHeader(cells, this.above, this.name, line);
      if (header) {
        if (this.identity.kind && header.kind !== this.identity.kind) {
          throw new EditFileError(this.name, line, `the name says ${KIND_NAMES[this.identity.kind]} file but the columns are those of the ${KIND_NAMES[header.kind]} file.`);
        }
        this.header = header;
        return;
      }
      if (CODE.test((cells[0] ?? '').trim()) && cells.length >= 4) {
        throw new EditFileError(this.name, line, 'data before any column header: not laid out as CMS publishes it (the Column 1 / HCPCS/CPT Code / AOC_Edit_Type / HCPCS, MOD header is missing or moved below the data).', true);
      }
      if (++this.preamble > PREAMBLE_LIMIT) throw this.foreign();
      this.above = cells;
      if (this.title.length < 2000) this.title += `${cells.join(' ')}\n`;
      return;
    }
    if (blank) return;
    // PTP headers wrap over several lines whose first cell is empty ("0=not allowed", "*=no data").
    if (!this.seenData && (cells[0] ?? '').trim() === '') return;
    // Data cells never span lines; one that does means a quote opened here was not closed.
    if (cells.some((c) => c.includes('\n'))) throw new EditFileError(this.name, line, 'a quoted cell opened on this line is not closed where the row ends.');
    const parsed = this.parse(this.header.flat && cells.length === 1 ? sliceFlat(cells[0]!, this.header.flat) : cells);
    if ('error' in parsed) throw new EditFileError(this.name, line, `${parsed.error}.`);
    this.seenData = true;
    this.rows++;
  }

  finish(): void {
    if (!this.header) throw this.foreign();
    this.finished = true;
    if (this.rows === 0) throw new EditFileError(this.name, null, `has a ${KIND_NAMES[this.header.kind]} header but no data rows.`);
  }

  private parse(cells: string[]): Parsed<unknown> {
    const h = this.header!;
    if (h.kind === 'ptp') {
      if (cells.length < 6) return { error: `${cells.length} columns where a PTP row has 7` };
      const p = parsePtpCells(cells);
      if ('row' in p) this.sink.ptp(p.row);
      return p;
    }
    if (h.kind === 'mue') {
      if (cells.length < 3) return { error: `${cells.length} columns where an MUE row has 4` };
      const p = parseMueCells(cells);
      if ('row' in p) this.sink.mue(p.row);
      return p;
    }
    if (h.kind === 'mpfs') {
      const p = parseMpfsCells(cells, h.mpfs!);
      if ('row' in p) this.sink.mpfs(p.row);
      return p;
    }
    const p = parseAocCells(cells, h.aoc!);
    if ('row' in p) this.sink.aoc(p.row);
    return p;
  }

  // Says what we looked for, never that the file is not CMS's: a CMS file in a layout we do
  // not read (the RVU file's fixed-width TXT, a flat file without column names) is still one.
  private foreign(): EditFileError {
    if (this.identity.kind === 'mpfs' && /\.txt$/i.test(this.name)) {
      return new EditFileError(this.name, null, 'is the fixed-width text copy of the relative value file, which CPT Lens does not read; import the CSV or XLSX copy (PPRRVU….csv, in the same RVU zip) or the whole zip.', true);
    }
    const named = this.identity.kind ? `named like the CMS ${KIND_NAMES[this.identity.kind]} file, but ` : '';
    // CMS's add-on code TXT is fixed-width; without its column-name line we cannot place the columns.
    const hint = this.identity.kind === 'aoc' ? ' A fixed-width copy without its column-name line cannot be read: import the XLSX copy or the whole zip.' : '';
    return new EditFileError(this.name, null, `${named}CPT Lens cannot read its layout: none of the column headers it knows (PTP: Column 1 / Column 2; MUE: HCPCS/CPT Code, MUE Values; add-on codes: AOC_Edit_Type, Primary_Code; MPFS: HCPCS, MOD, DESCRIPTION) in its first ${PREAMBLE_LIMIT} lines.${hint}`, true);
  }
}
