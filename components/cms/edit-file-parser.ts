/**
 * Reads one CMS edit file record by record: skips the copyright/title lines and the (possibly
 * wrapped, multi-line) column header, checks the header says what the file name says, then
 * parses every data row. Throws EditFileError naming the file and line at the first bad row,
 * so an import is all-or-nothing; a file with no recognised header is rejected as foreign.
 */
import { aocColumns, CODE, parseAocCells, parseMueCells, parsePtpCells, type AocColumns, type Parsed } from './parse-rows';
import type { FileRecord } from './record-splitter';
import { EditFileError, type AocRow, type FileIdentity, type FileKind, type MueRow, type PtpRow, type Setting } from './edit-types';

export interface RowSink {
  ptp(row: PtpRow): void;
  mue(row: MueRow): void;
  aoc(row: AocRow): void;
}

const PREAMBLE_LIMIT = 40;
const KIND_NAMES: Record<FileKind, string> = { ptp: 'PTP edit', mue: 'MUE', aoc: 'add-on code' };
const squash = (s: string | undefined) => (s ?? '').toLowerCase().replace(/[^a-z0-9]/g, '');

interface Header {
  kind: FileKind;
  setting: Setting | 'dme' | null;
  aoc?: AocColumns;
}

function readHeader(cells: string[]): Header | null {
  const [a, b] = [squash(cells[0]), squash(cells[1])];
  if (a === 'column1' && b === 'column2') return { kind: 'ptp', setting: null };
  if (a.includes('hcpcs') && b.includes('muevalue')) {
    const setting = b.startsWith('practitioner') ? 'practitioner' : b.startsWith('outpatient') ? 'outpatient' : b.startsWith('dme') ? 'dme' : null;
    return { kind: 'mue', setting };
  }
  const aoc = aocColumns(cells);
  return aoc ? { kind: 'aoc', setting: null, aoc } : null;
}

export class EditFileParser {
  private header: Header | null = null;
  private seenData = false;
  private preamble = 0;
  rows = 0;

  constructor(
    readonly name: string,
    private readonly identity: FileIdentity,
    private readonly sink: RowSink,
  ) {}

  get kind(): FileKind | null {
    return this.header?.kind ?? this.identity.kind;
  }

  /** The setting the file's header states (MUE), else the one its name states. */
  get setting(): Setting | 'dme' | null {
    return this.header?.setting ?? this.identity.setting;
  }

  record({ cells, line }: FileRecord): void {
    const blank = cells.every((c) => c.trim() === '');
    if (!this.header) {
      if (blank) return;
      const header = readHeader(cells);
      if (header) {
        if (this.identity.kind && header.kind !== this.identity.kind) {
          throw new EditFileError(this.name, line, `the name says ${KIND_NAMES[this.identity.kind]} file but the columns are those of the ${KIND_NAMES[header.kind]} file.`);
        }
        this.header = header;
        return;
      }
      if (CODE.test((cells[0] ?? '').trim()) && cells.length >= 4) {
        throw new EditFileError(this.name, line, 'data before any column header: not a file as CMS publishes it (the Column 1 / HCPCS/CPT Code / AOC header is missing).');
      }
      if (++this.preamble > PREAMBLE_LIMIT) throw this.foreign();
      return;
    }
    if (blank) return;
    // PTP headers wrap over several lines whose first cell is empty ("0=not allowed", "*=no data").
    if (!this.seenData && (cells[0] ?? '').trim() === '') return;
    // Data cells never span lines; one that does means a quote opened here was not closed.
    if (cells.some((c) => c.includes('\n'))) throw new EditFileError(this.name, line, 'a quoted cell opened on this line is not closed where the row ends.');
    const parsed = this.parse(cells);
    if ('error' in parsed) throw new EditFileError(this.name, line, `${parsed.error}.`);
    this.seenData = true;
    this.rows++;
  }

  finish(): void {
    if (!this.header) throw this.foreign();
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
    const p = parseAocCells(cells, h.aoc!);
    if ('row' in p) this.sink.aoc(p.row);
    return p;
  }

  private foreign(): EditFileError {
    return new EditFileError(this.name, null, 'not a CMS NCCI edit file: no PTP (Column 1 / Column 2), MUE (HCPCS/CPT Code, MUE Values) or add-on code (AOC_Edit_Type, Primary_Code) header in its first lines.');
  }
}
