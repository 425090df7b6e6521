/**
 * Streams one dropped file into parsers: a CMS zip (entries read as they stream past, with
 * fflate), or an extracted TXT/CSV. Inside a zip the text file is preferred; the XLSX twin is
 * read only when the zip has no text file, or when the user dropped just the workbook. The
 * XLSX reader (read-excel-file) is loaded on first use and reads a whole sheet at once, so it
 * is the fallback, not the path for the 1.7-million-row PTP parts.
 */
import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import { RecordSplitter } from './record-splitter';
import { EditFileError } from './edit-types';
import type { EditFileParser } from './edit-file-parser';

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
const base = (name: string) => name.split(/[\\/]/).pop() ?? name;

async function* chunks(blob: Blob): AsyncGenerator<Uint8Array> {
  const reader = blob.stream().getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    yield value;
  }
}

async function isZip(blob: Blob): Promise<boolean> {
  const head = new Uint8Array(await blob.slice(0, 4).arrayBuffer());
  return head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
}

export async function readEditFile(file: NamedBlob, open: OpenEntry, hooks: ReadHooks): Promise<EditFileParser[]> {
  if (await isZip(file)) {
    if (XLSX.test(file.name)) return [await readXlsx(file.name, new Uint8Array(await file.arrayBuffer()), open)];
    return readZip(file, open, hooks);
  }
  if (!TEXT.test(file.name)) throw new EditFileError(file.name, null, 'is not a zip, TXT, CSV or XLSX file from the CMS NCCI pages.');
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
  let failure: unknown = null;
  const unzip = new Unzip((entry) => {
    const name = base(entry.name);
    if (XLSX.test(name)) workbooks.push(entry.name);
    if (!TEXT.test(name) || failure) return;
    let parser: EditFileParser;
    let splitter: RecordSplitter;
    try {
      parser = open(name);
      splitter = new RecordSplitter(/\.csv$/i.test(name) ? ',' : '\t', (r) => parser.record(r));
      parsers.push(parser);
    } catch (e) {
      failure = e;
      return;
    }
    entry.ondata = (err, data, final) => {
      if (failure) return;
      try {
        if (err) throw new EditFileError(`${file.name} → ${name}`, null, `cannot be unpacked (${err.message}).`);
        splitter.feedBytes(data);
        if (final) finishText(name, splitter, parser);
      } catch (e) {
        failure = e;
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
    throw failure ?? new EditFileError(file.name, null, `is not a readable zip (${e instanceof Error ? e.message : String(e)}).`);
  }
  if (failure) throw failure;
  if (parsers.length > 0) return parsers;
  if (workbooks.length === 0) throw new EditFileError(file.name, null, 'holds no TXT, CSV or XLSX file: not a CMS NCCI download.');
  const all = unzipSync(new Uint8Array(await file.arrayBuffer()), { filter: (f) => f.name === workbooks[0] });
  return [await readXlsx(base(workbooks[0]!), all[workbooks[0]!]!, open)];
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
