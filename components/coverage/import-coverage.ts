/**
 * Imports a Medicare Coverage Database "current article" download (the zip, the inner CSV zip,
 * or its CSV files) as one unit into a new generation; the meta record switches to it only when
 * every table parsed and the needed ones were there. Any error drops the new generation and the
 * previous import stays. Runs in the import Worker.
 */
import { inBuckets } from '../cms/code-buckets';
import { EditFileError } from '../cms/edit-types';
import { RecordSplitter } from '../cms/record-splitter';
import { dropGeneration, dropOtherGenerations, newGeneration, putAll } from '../icd10/generations';
import { streamFile, type EntrySink, type ImportProgress, type NamedBlob } from '../icd10/stream-file';
import { coverageDb, COVERAGE_STORES, readCoverageSet } from './coverage-db';
import { announceCoverageChange } from './coverage-lookup';
import { McdBuilder } from './mcd-builder';
import { McdCsvParser } from './mcd-csv-parser';
import { mcdTableOf, NEEDED_TABLES, OTHER_DOWNLOADS, type McdTable } from './mcd-tables';
import type { CoverageFileInfo, CoverageSetInfo } from './coverage-types';

export type CoverageImportOutcome = { ok: true; set: CoverageSetInfo } | { ok: false; error: string };

function csvSink(name: string, path: string, table: McdTable, builder: McdBuilder, files: CoverageFileInfo[]): EntrySink {
  const parser = new McdCsvParser(name, table, (row, line) => builder.row(table, row, { file: name, line }));
  const splitter = new RecordSplitter(',', (r) => parser.record(r));
  // The MCD export is UTF-8 (titles hold dashes and accents); the splitter's own decoder is CMS's code page.
  const decoder = new TextDecoder('utf-8');
  return {
    bytes: (b) => splitter.feedText(decoder.decode(b, { stream: true })),
    end: () => {
      splitter.feedText(decoder.decode());
      if (splitter.inQuotes) throw new EditFileError(name, null, 'a quoted cell is never closed (the file is cut short or damaged).');
      splitter.end();
      parser.finish();
      files.push({ name, path, rows: parser.rows, lastUpdated: parser.lastUpdated });
    },
  };
}

export async function importCoverageFiles(dropped: readonly NamedBlob[], onProgress: (p: ImportProgress) => void = () => {}, now: () => number = Date.now): Promise<CoverageImportOutcome> {
  const started = now();
  const db = await coverageDb();
  const before = await readCoverageSet();
  await dropOtherGenerations(db, COVERAGE_STORES, before?.gen);
  const gen = await newGeneration(db, before?.gen);
  const builder = new McdBuilder();
  const files: CoverageFileInfo[] = [];
  const skipped: string[] = [];
  const total = dropped.reduce((n, f) => n + f.size, 0);
  let done = 0;
  let lastYield = now();
  try {
    for (const file of dropped) {
      await streamFile(
        file,
        (name, path) => {
          const table = mcdTableOf(name);
          if (!table) {
            skipped.push(name);
            return null;
          }
          if (files.some((f) => f.name === name)) throw new EditFileError(path, null, `is a second ${name} in one import: drop one download at a time.`);
          return csvSink(name, path, table, builder, files);
        },
        {
          progress: (bytes) => onProgress({ bytes: done + bytes, total, file: file.name }),
          afterChunk: async () => {
            if (now() - lastYield > 40) {
              await new Promise((r) => setTimeout(r, 4));
              lastYield = now();
            }
          },
        },
      );
      done += file.size;
    }
    const seen = new Set(files.map((f) => mcdTableOf(f.name)));
    const missing = NEEDED_TABLES.filter((t) => !seen.has(t));
    if (missing.length > 0) {
      const other = skipped.map((s) => OTHER_DOWNLOADS[s.replace(/\.csv$/i, '').toLowerCase()]).find(Boolean);
      const what = dropped.map((f) => f.name).join(', ');
      throw new EditFileError(what, null, other ? `is the MCD ${other} download; import the "current article" download (current_article.zip).` : `lacks ${missing.map((t) => `${t}.csv`).join(', ')}: not the MCD "current article" download (current_article.zip with current_article_csv.zip inside).`);
    }
    const { articles, index } = builder.build();
    if (articles.length === 0) throw new EditFileError('article.csv', null, 'no current article lists a HCPCS/CPT code: nothing to check with.');
    await putAll(db, 'article', articles.map((a) => [[gen, a.id], a] as [IDBValidKey, unknown]), 200);
    await putAll(db, 'code', [...inBuckets(index)].map(([prefix, bucket]) => [[gen, prefix], bucket] as [IDBValidKey, unknown]), 200);
    const set: CoverageSetInfo = {
      gen,
      files: files.sort((a, b) => (a.name < b.name ? -1 : 1)),
      articles: articles.length,
      ...builder.counts,
      contractors: builder.contractorList(),
      asOf: builder.asOf,
      importedAt: new Date(now()).toISOString(),
      ms: now() - started,
      layout: 'code-buckets',
    };
    await db.put('meta', set, 'set');
    announceCoverageChange();
    if (before) await dropGeneration(db, COVERAGE_STORES, before.gen);
    return { ok: true, set };
  } catch (e) {
    await dropGeneration(db, COVERAGE_STORES, gen);
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

export async function removeCoverageSet(): Promise<void> {
  const db = await coverageDb();
  const before = await readCoverageSet();
  await db.delete('meta', 'set');
  announceCoverageChange();
  if (before) await dropGeneration(db, COVERAGE_STORES, before.gen);
}
