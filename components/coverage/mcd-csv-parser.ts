/**
 * Reads one MCD table's CSV records: the first line must be the header naming at least the
 * columns CPT Lens needs (any order, extra columns ignored); every later record must have the
 * header's number of cells. Rows come out as { column: value } for the builder to check.
 * Errors name the file and line and say what was expected.
 */
import { EditFileError } from '../cms/edit-types';
import type { FileRecord } from '../cms/record-splitter';
import { MCD_TABLES, type McdTable } from './mcd-tables';

export type McdRow = Record<string, string>;

export class McdCsvParser {
  rows = 0;
  /** Latest last_updated date seen (YYYY-MM-DD): the file's "as of" date. */
  lastUpdated: string | null = null;
  private columns: string[] | null = null;
  private index: Array<[string, number]> = [];

  constructor(
    readonly name: string,
    readonly table: McdTable,
    private readonly sink: (row: McdRow, line: number) => void,
  ) {}

  record({ cells, line }: FileRecord): void {
    if (cells.length === 1 && cells[0]!.trim() === '') return;
    if (!this.columns) return this.header(cells, line);
    if (cells.length !== this.columns.length) {
      throw new EditFileError(this.name, line, `${cells.length} cells where the header has ${this.columns.length} (a quote or comma out of place, or a cut-short line).`);
    }
    const row: McdRow = {};
    for (const [col, i] of this.index) row[col] = cells[i]!.trim();
    const updated = row.last_updated?.slice(0, 10);
    if (updated && /^\d{4}-\d{2}-\d{2}$/.test(updated) && (!this.lastUpdated || updated > this.lastUpdated)) this.lastUpdated = updated;
    this.sink(row, line);
    this.rows++;
  }

  finish(): void {
    if (!this.columns) throw new EditFileError(this.name, null, 'is empty: no header line.');
  }

  private header(cells: string[], line: number): void {
    const spec = MCD_TABLES[this.table];
    const names = cells.map((c) => c.trim().toLowerCase());
    const missing = spec.required.filter((c) => !names.includes(c));
    if (missing.length > 0) {
      const looksLikeData = /^\d+$/.test(names[0] ?? '');
      throw new EditFileError(
        this.name,
        line,
        looksLikeData
          ? `a data row where the header line belongs: expected the column names (${spec.required.join(', ')}) on line 1.`
          : `the header lacks ${missing.join(', ')}: expected the MCD columns ${spec.required.join(', ')}.`,
      );
    }
    this.columns = names;
    this.index = [...spec.required, ...spec.optional].map((c) => [c, names.indexOf(c)] as [string, number]).filter(([, i]) => i >= 0);
  }
}
