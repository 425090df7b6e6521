/**
 * Reads the row a code sits in: HTML tables and ARIA grids (`role=grid|treegrid|table`, `row`,
 * `gridcell`, `columnheader`, `aria-colindex`). Called at card and check time, never during the
 * scan; header kinds are cached per table and re-read when the header text changes. Rows are
 * read fresh each time, so grids that recycle rows on scroll give the row shown now.
 */
import { headerKind, type HeaderKind } from './header-kind';
import { encounterDate } from './encounter-date';
import { addCell, valueOf, type RowReading } from './row-reading';

const ARIA_CELL = '[role=gridcell],[role=cell],[role=rowheader]';
const ARIA_GRID = '[role=grid],[role=treegrid],[role=table]';

interface Columns {
  signature: string;
  kinds: Map<number, HeaderKind>;
  /** When the signature was last compared: a check pass over a big table compares it once. */
  at: number;
}
const RECHECK_MS = 500;
const columnCache = new WeakMap<Element, Columns>();

/** A table or an ARIA grid: what a row's cells take their columns from. */
export const TABLE = `table,${ARIA_GRID}`;

/** Cells of a row by column number (1-based), honouring colspan and aria-colindex. */
function cellsByColumn(cells: Iterable<Element>): Map<number, Element> {
  const out = new Map<number, Element>();
  let col = 1;
  for (const cell of cells) {
    const aria = Number(cell.getAttribute('aria-colindex'));
    if (aria > 0) col = aria;
    out.set(col, cell);
    col += cell instanceof HTMLTableCellElement ? Math.max(1, cell.colSpan) : 1;
  }
  return out;
}

/** A cell's column number (1-based) among its row's cells, counted as cellsByColumn counts them. */
export function columnOf(cell: Element): number {
  for (const [col, c] of cellsByColumn(cell.parentElement?.children ?? [])) if (c === cell) return col;
  return 1;
}

function columnsOf(table: Element, headerCells: () => Element[]): Columns | null {
  const now = performance.now();
  const cached = columnCache.get(table);
  if (cached && now - cached.at < RECHECK_MS) return cached;
  const cells = headerCells();
  if (!cells.length) return null;
  const signature = cells.map((c) => c.textContent ?? '').join('\u0001');
  if (cached?.signature === signature) {
    cached.at = now;
    return cached;
  }
  const kinds = new Map<number, HeaderKind>();
  for (const [col, cell] of cellsByColumn(cells)) {
    const kind = headerKind(cell.getAttribute('aria-label') || (cell.textContent ?? ''));
    if (kind) kinds.set(col, kind);
  }
  const fresh = { signature, kinds, at: now };
  columnCache.set(table, fresh);
  return fresh;
}

function htmlHeaderRow(table: HTMLTableElement): HTMLTableRowElement | null {
  const head = table.tHead?.rows;
  if (head?.length) return head[head.length - 1]!;
  const first = table.rows[0];
  return first && first.querySelector(':scope > th') ? first : null;
}

function readCells(kinds: Map<number, HeaderKind>, cells: Map<number, Element>, own: Element): RowReading {
  let column: HeaderKind | null = null;
  const reading: RowReading = { column: null, modifiers: [], units: null };
  for (const [col, cell] of cells) {
    const kind = kinds.get(col);
    if (cell === own) column = kind ?? null;
    if (kind && cell !== own) addCell(reading, kind, valueOf(cell));
  }
  reading.column = column;
  return reading;
}

/** A body cell with its row's cells by column and what each column holds. */
interface CellPlace {
  cell: Element;
  /** The table or grid: its claim header (encounter DOS) sits around it. */
  table: Element;
  kinds: Map<number, HeaderKind>;
  cells(): Map<number, Element>;
}

function htmlPlace(cell: HTMLTableCellElement): CellPlace | null {
  const row = cell.parentElement;
  const table = row?.closest('table');
  if (!(row instanceof HTMLTableRowElement) || !table) return null;
  const header = htmlHeaderRow(table);
  if (!header || header === row) return null;
  const columns = columnsOf(table, () => [...header.cells]);
  if (!columns?.kinds.size) return null;
  return { cell, table, kinds: columns.kinds, cells: () => cellsByColumn(row.cells) };
}

function ariaPlace(cell: Element): CellPlace | null {
  const row = cell.closest('[role=row]');
  const grid = row?.closest(ARIA_GRID);
  if (!row || !grid) return null;
  const columns = columnsOf(grid, () => {
    // Header cells by row, so positions count within their own row.
    const headerRow = grid.querySelector('[role=columnheader]')?.closest('[role=row]');
    return headerRow ? [...headerRow.querySelectorAll('[role=columnheader]')] : [];
  });
  if (!columns?.kinds.size) return null;
  return { cell, table: grid, kinds: columns.kinds, cells: () => cellsByColumn(row.querySelectorAll(ARIA_CELL)) };
}

/** The innermost table or grid cell around `el` in a table whose header names columns, or null. */
export function cellPlaceOf(el: Element): CellPlace | null {
  // One walk up to the innermost cell: a grid inside a layout table, or a table inside a grid cell.
  for (let n: Element | null = el; n; n = n.parentElement) {
    if (n instanceof HTMLTableCellElement) return htmlPlace(n);
    if (n.matches(ARIA_CELL)) return ariaPlace(n);
  }
  return null;
}

/** What the column of `el`'s cell holds, without reading the row's other cells. */
export function columnKindOf(el: Element): HeaderKind | null {
  const place = cellPlaceOf(el);
  if (!place) return null;
  for (const [col, cell] of place.cells()) if (cell === place.cell) return place.kinds.get(col) ?? null;
  return null;
}

/** The row reading for an element inside a table or grid cell, or null outside one. */
export function tableRowOf(el: Element): RowReading | null {
  const place = cellPlaceOf(el);
  if (!place) return null;
  const reading = readCells(place.kinds, place.cells(), place.cell);
  reading.dateOfService ??= encounterDate(place.table);
  return reading;
}
