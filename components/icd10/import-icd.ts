/**
 * Imports the CDC's ICD-10-CM files as one unit (the order file or the code-description file,
 * optionally the tabular XML for Excludes1; or the CDC zip that holds them) into a new
 * generation; only when everything parsed does the meta record switch to it. Any error drops
 * the new generation and the previous import stays. Runs in the import Worker.
 */
import { EditFileError } from '../cms/edit-types';
import { RecordSplitter } from '../cms/record-splitter';
import { dropGeneration, dropOtherGenerations, newGeneration, putAll } from './generations';
import { fiscalYearFromName } from './icd-code';
import { categoryOf, icdDb, ICD_STORES, readIcdSet } from './icd-db';
import { inBuckets } from '../cms/code-buckets';
import { IcdBuilder } from './icd-builder';
import { announceIcdChange } from './icd-lookup';
import { icdKindFromName, IcdTextParser } from './icd-text-parser';
import { TabularXmlParser } from './tabular-xml-parser';
import { streamFile, type EntrySink, type ImportProgress, type NamedBlob } from './stream-file';
import type { IcdFileInfo, IcdSetInfo } from './icd-types';

export type IcdImportOutcome = { ok: true; set: IcdSetInfo } | { ok: false; error: string };

function textSink(name: string, expected: 'order' | 'codes' | null, builder: IcdBuilder, files: IcdFileInfo[]): EntrySink {
  const parser = new IcdTextParser(name, expected, (r) => builder.row(r));
  // The CDC files are plain ASCII lines without tabs; the splitter gives one cell per line.
  const splitter = new RecordSplitter('\t', (r) => parser.record(r));
  return {
    bytes: (b) => splitter.feedBytes(b),
    end: () => {
      splitter.end();
      parser.finish();
      files.push({ name, kind: parser.kind!, rows: parser.rows, fiscalYear: fiscalYearFromName(name) });
    },
  };
}

function xmlSink(name: string, builder: IcdBuilder, files: IcdFileInfo[]): EntrySink {
  const parser = new TabularXmlParser(name, (code, notes) => builder.excludes1(code, notes));
  return {
    bytes: (b) => parser.bytes(b),
    end: () => {
      parser.end();
      files.push({ name, kind: 'tabular', rows: parser.diags, fiscalYear: fiscalYearFromName(name) });
    },
  };
}

export async function importIcdFiles(
  dropped: readonly NamedBlob[],
  options: { fiscalYear?: number | null } = {},
  onProgress: (p: ImportProgress) => void = () => {},
  now: () => number = Date.now,
): Promise<IcdImportOutcome> {
  const started = now();
  const db = await icdDb();
  const before = await readIcdSet();
  await dropOtherGenerations(db, ICD_STORES, before?.gen);
  const gen = await newGeneration(db, before?.gen);
  const builder = new IcdBuilder();
  const files: IcdFileInfo[] = [];
  const total = dropped.reduce((n, f) => n + f.size, 0);
  let done = 0;
  let lastYield = now();
  try {
    for (const file of dropped) {
      const opened = await streamFile(
        file,
        (name, path) => {
          const kind = icdKindFromName(name);
          // Inside a zip only the CDC's own names are read (a readme is a .txt too); a single
          // dropped .txt may have been renamed, and its lines then decide.
          if (kind === 'other' || (kind === null && path !== name)) return null;
          if (kind === 'tabular') return xmlSink(name, builder, files);
          return textSink(name, kind, builder, files);
        },
        {
          progress: (bytes) => onProgress({ bytes: done + bytes, total, file: file.name }),
          afterChunk: async () => {
            // Let the page and IndexedDB breathe on a 2-core machine.
            if (now() - lastYield > 40) {
              await new Promise((r) => setTimeout(r, 4));
              lastYield = now();
            }
          },
        },
      );
      if (opened === 0) throw new EditFileError(file.name, null, 'holds no ICD-10-CM order file, code-description file or tabular XML.');
      done += file.size;
    }
    const text = files.filter((f) => f.kind !== 'tabular');
    if (text.length === 0) throw new EditFileError(files[0]?.name ?? dropped[0]?.name ?? 'the drop', null, 'the tabular XML alone has no billable flags: drop the order file (icd10cm_order_YYYY.txt) or the code-description file with it.');
    const years = new Set([...files.map((f) => f.fiscalYear), ...dropped.map((f) => fiscalYearFromName(f.name))].filter((y): y is number => y != null));
    if (years.size > 1) throw new EditFileError(files[files.length - 1]!.name, null, `mixes fiscal years ${[...years].sort().join(' and ')}: import one year's files at a time.`);
    const named = [...years][0] ?? null;
    const fiscalYear = named ?? options.fiscalYear ?? null;
    const records = builder.records();
    let billable = 0;
    for (const rec of records.values()) if (rec.b) billable++;
    const categories = inBuckets(records, categoryOf);
    await putAll(db, 'codes', (function* () {
      for (const [cat, bucket] of categories) yield [[gen, cat], bucket] as [IDBValidKey, unknown];
    })(), 100);
    const set: IcdSetInfo = {
      gen,
      fiscalYear,
      fiscalYearFrom: named != null ? 'file name' : fiscalYear != null ? 'your choice' : 'unknown',
      files,
      codes: records.size,
      billable,
      hasExcludes1: builder.hasExcludes1,
      importedAt: new Date(now()).toISOString(),
      ms: now() - started,
      layout: 'by-category',
    };
    await db.put('meta', set, 'set');
    announceIcdChange();
    if (before) await dropGeneration(db, ICD_STORES, before.gen);
    return { ok: true, set };
  } catch (e) {
    await dropGeneration(db, ICD_STORES, gen);
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

export async function removeIcdSet(): Promise<void> {
  const db = await icdDb();
  const before = await readIcdSet();
  await db.delete('meta', 'set');
  announceIcdChange();
  if (before) await dropGeneration(db, ICD_STORES, before.gen);
}
