/**
 * Streams one dropped file into parsers: a CMS zip (entries read as they stream past, with
 * fflate; entries in a layout we cannot read are skipped when another entry reads), or an
 * extracted TXT/CSV. Inside a zip the text file is preferred; the XLSX twin is
 * read only when the zip has no text file, or when the user dropped just the workbook. The
 * XLSX reader (read-excel-file) is loaded on first use and reads a whole sheet at once, so it
 * is the fallback, not the path for the 1.7-million-row PTP parts.
 */
import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import { RecordSplitter } from './record-splitter';
import { EditFileError } from './edit-types';
import type { EditFileParser } from './edit-file-parser';
import { baseName, chunks, isZip } from './blob-bytes';

export interface NamedBlob extends Blob {
  readonly name: string;
}
export interface ReadHooks {
  /** Called between input chunks: the place to write queued records and yield. */
  afterChunk(): Promise<void>;
  progress(bytesRead: number): void;
}
export type OpenEntry = (entryName: string) => EditFileParser;

const TEXT = /\.(txt|csv)$/i;
const XLSX = /\.xlsx$/i;

export async function readEditFile(file: NamedBlob, open: OpenEntry, hooks: ReadHooks): Promise<EditFileParser[]> {
  if (await isZip(file)) {
    if (XLSX.test(file.name)) return [await readXlsx(file.name, new Uint8Array(await file.arrayBuffer()), open)];
    return readZip(file, open, hooks);
  }
  if (!TEXT.test(file.name)) throw new EditFileError(file.name, null, 'is not a zip, TXT, CSV or XLSX file: CPT Lens reads the CMS NCCI edit files and the MPFS relative value file in those forms.');
  const parser = open(file.name);
  const splitter = new RecordSplitter(/\.csv$/i.test(file.name) ? ',' : '\t', (r) => parser.record(r));
  let read = 0;
  for await (const chunk of chunks(file)) {
    splitter.feedBytes(chunk);
    hooks.progress((read += chunk.length));
    await hooks.afterChunk();
  }
  finishText(file.name, splitter, parser);
  return [parser];
}

function finishText(name: string, splitter: RecordSplitter, parser: EditFileParser): void {
  if (splitter.inQuotes) {
    splitter.end();
    throw new EditFileError(name, null, 'a quoted cell is never closed (the file is cut short or damaged).');
  }
  splitter.end();
  parser.finish();
}

async function readZip(file: NamedBlob, open: OpenEntry, hooks: ReadHooks): Promise<EditFileParser[]> {
  const parsers: EditFileParser[] = [];
  const workbooks: string[] = [];
  // Entries we cannot read (another file of the RVU zip such as GPCI2026.csv, a layout we do not
  // know): skipped, so the zip's readable file imports; their errors matter only if none is left.
  const unreadable: EditFileError[] = [];
  let failure: unknown = null;
  const unzip = new Unzip((entry) => {
    const name = baseName(entry.name);
    if (XLSX.test(name)) workbooks.push(entry.name);
    if (!TEXT.test(name) || failure) return;
    let parser: EditFileParser;
    let splitter: RecordSplitter;
    try {
      parser = open(name);
      // The RVU zip holds a QPP and a non-QPP copy of the relative value file from 2026 on; they
      // differ only in the conversion factor, which CPT Lens does not keep: the first one is read.
      if (parser.kind === 'mpfs' && parsers.some((p) => p.kind === 'mpfs')) return;
      // Its fixed-width TXT copy is never readable (see edit-file-parser.ts): not opened, so it
      // cannot stand in for the CSV as "the first copy".
      if (parser.kind === 'mpfs' && /\.txt$/i.test(name)) return;
      splitter = new RecordSplitter(/\.csv$/i.test(name) ? ',' : '\t', (r) => parser.record(r));
      parsers.push(parser);
    } catch (e) {
      failure = e;
      return;
    }
    let skipped = false;
    entry.ondata = (err, data, final) => {
      if (failure || skipped) return;
      try {
        if (err) throw new EditFileError(`${file.name} → ${name}`, null, `cannot be unpacked (${err.message}).`);
        splitter.feedBytes(data);
        if (final) finishText(name, splitter, parser);
      } catch (e) {
        if (e instanceof EditFileError && e.unreadable && parser.rows === 0) {
          skipped = true;
          unreadable.push(e);
          parsers.splice(parsers.indexOf(parser), 1);
        } else failure = e;
      }
    };
    entry.start();
  });
  unzip.register(UnzipInflate);
  let read = 0;
  try {
    for await (const chunk of chunks(file)) {
      unzip.push(chunk);
      if (failure) throw failure;
      hooks.progress((read += chunk.length));
      await hooks.afterChunk();
    }
    unzip.push(new Uint8Array(0), true);
  } catch (e) {
    if (e instanceof EditFileError) throw e;
    throw failure ?? new EditFileError(file.name, null, `is not a readable zip (${e instanceof Error ? e.message : String(e)}): a download cut short or damaged reads like this; download it again.`);
  }
  if (failure) throw failure;
  // A zip cut short ends without its last entries: fflate then never finishes the open one.
  const unfinished = parsers.find((p) => !p.finished);
  if (unfinished) throw new EditFileError(file.name, null, `ends inside ${unfinished.name}: the zip is cut short (download it again).`);
  if (parsers.length > 0) return parsers;
  if (workbooks.length === 0) {
    if (unreadable[0]) throw unreadable[0];
    throw new EditFileError(file.name, null, 'holds no TXT, CSV or XLSX file: not a CMS NCCI or fee schedule download.');
  }
  const wanted = workbooks.find((w) => /PPRRVU/i.test(w)) ?? workbooks[0]!;
  const all = unzipSync(new Uint8Array(await file.arrayBuffer()), { filter: (f) => f.name === wanted });
  return [await readXlsx(baseName(wanted), all[wanted]!, open)];
}

async function readXlsx(name: string, bytes: Uint8Array, open: OpenEntry): Promise<EditFileParser> {
  const parser = open(name);
  const { readSheet } = await import('read-excel-file/universal');
  let rows: unknown[][];
  try {
    rows = (await readSheet(new Blob([bytes as BlobPart]))) as unknown[][];
  } catch (e) {
    throw new EditFileError(name, null, `is not a readable XLSX workbook (${e instanceof Error ? e.message : String(e)}).`);
  }
  rows.forEach((row, i) => parser.record({ cells: row.map((c) => (c == null ? '' : String(c))), line: i + 1 }));
  parser.finish();
  return parser;
}
