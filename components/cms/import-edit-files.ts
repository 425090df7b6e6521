/**
 * Imports a set of dropped CMS files as one unit: every file is streamed into a new import
 * generation; only when all of them parsed does the meta record switch to it (and the
 * replaced generation is deleted). On any error the new generation is deleted and the
 * previous import stays exactly as it was. Runs in a Worker (see import-worker.ts).
 */
import { DATA_STORES, editDb, genRange, readSets, type EditSets, type SetInfo } from './edit-db';
import { announceEditsChanged } from './edits-channel';
import { EditFileParser, type RowSink } from './edit-file-parser';
import { identifyFile } from './identify-file';
import { ImportBuilder } from './import-builder';
import { readEditFile, type NamedBlob } from './read-edit-file';
import { EditFileError, type FileKind, type ImportedFile, type Setting } from './edit-types';
import type { FeeScheduleFileInfo } from './fee-schedule-types';

export interface ImportProgress {
  bytes: number;
  total: number;
  file: string;
}
export type ImportOutcome = { ok: true; sets: EditSets; imported: FileKind[] } | { ok: false; error: string };

const SETTING_NAMES = { practitioner: 'practitioner', outpatient: 'hospital outpatient', dme: 'DME supplier' } as const;
const STORES_OF: Record<FileKind, Array<(typeof DATA_STORES)[number]>> = { ptp: ['ptp', 'rev'], mue: ['mue'], aoc: ['aoc'], mpfs: ['mpfs'] };
const SECOND: Record<'mue' | 'aoc' | 'mpfs', string> = { mue: 'MUE table', aoc: 'add-on code file', mpfs: 'MPFS relative value file' };

async function dropGen(gen: number, stores: ReadonlyArray<(typeof DATA_STORES)[number]> = DATA_STORES): Promise<void> {
  const db = await editDb();
  const tx = db.transaction([...stores], 'readwrite');
  for (const s of stores) void tx.objectStore(s).delete(genRange(gen));
  await tx.done;
}

/** Deletes generations no set points to (an import cut short by a closed page). */
async function dropOrphans(sets: EditSets): Promise<void> {
  const db = await editDb();
  const used = new Set(Object.values(sets).map((s) => s.gen));
  for (const store of DATA_STORES) {
    let cursor = await db.transaction(store).store.openKeyCursor();
    const orphans: number[] = [];
    while (cursor) {
      const gen = cursor.key[0];
      if (!used.has(gen)) orphans.push(gen);
      cursor = await cursor.continue([gen + 1] as never);
    }
    for (const gen of orphans) await dropGen(gen, [store]);
  }
}

function checkSetting(name: string, kind: FileKind | null, setting: Setting | 'dme' | null, chosen: Setting): void {
  if (setting === 'dme') throw new EditFileError(name, null, 'is the DME supplier MUE table, which applies to DME supplier claims; import the practitioner or outpatient hospital MUE table.');
  if ((kind === 'ptp' || kind === 'mue') && setting && setting !== chosen) {
    throw new EditFileError(name, null, `is the ${SETTING_NAMES[setting]} file, but "${SETTING_NAMES[chosen]}" is chosen. Choose ${SETTING_NAMES[setting]} or drop the ${SETTING_NAMES[chosen]} files.`);
  }
}

export async function importEditFiles(files: readonly NamedBlob[], setting: Setting, onProgress: (p: ImportProgress) => void = () => {}, now: () => number = Date.now): Promise<ImportOutcome> {
  const started = now();
  const db = await editDb();
  const before = await readSets();
  await dropOrphans(before);
  const gen = Math.max(0, ((await db.get('meta', 'nextGen')) as number | undefined) ?? 0, ...Object.values(before).map((s) => s.gen + 1));
  await db.put('meta', gen + 1, 'nextGen');
  const builders: Record<FileKind, ImportBuilder> = { ptp: new ImportBuilder(db, gen), mue: new ImportBuilder(db, gen), aoc: new ImportBuilder(db, gen), mpfs: new ImportBuilder(db, gen) };
  const imported: Record<FileKind, ImportedFile[]> = { ptp: [], mue: [], aoc: [], mpfs: [] };
  const total = files.reduce((n, f) => n + f.size, 0);
  let done = 0;
  let lastYield = now();
  try {
    for (const file of files) {
      const open = (entryName: string) => {
        const identity = identifyFile(entryName);
        checkSetting(entryName, identity.kind, identity.setting, setting);
        let index = -1;
        const route = (kind: FileKind) => {
          const b = builders[kind];
          if (index < 0) index = imported[kind].push({ ...identity, kind, name: entryName, rows: 0 }) - 1;
          b.file = index;
          return b;
        };
        const sink: RowSink = { ptp: (r) => route('ptp').ptp(r), mue: (r) => route('mue').mue(r), aoc: (r) => route('aoc').aoc(r), mpfs: (r) => route('mpfs').mpfs(r) };
        return new EditFileParser(entryName, identity, sink);
      };
      const parsers = await readEditFile(file, open, {
        progress: (bytes) => onProgress({ bytes: done + bytes, total, file: file.name }),
        afterChunk: async () => {
          for (const b of Object.values(builders)) await b.drain();
          // Every ~40 ms of work, pause briefly: on a 2-core machine the worker, the browser's
          // IndexedDB writes and the page share the CPU, and the page must stay responsive.
          if (now() - lastYield > 40) {
            await new Promise((r) => setTimeout(r, 4));
            lastYield = now();
          }
        },
      });
      for (const p of parsers) {
        checkSetting(p.name, p.kind, p.setting, setting);
        const entry = Object.values(imported).flat().find((f) => f.name === p.name);
        if (entry) entry.rows = p.rows;
        if (entry?.kind === 'mpfs') datedMpfs(entry, p.titleRelease);
      }
      done += file.size;
      onProgress({ bytes: done, total, file: file.name });
    }
    checkPtpParts(imported.ptp);
    for (const kind of ['mue', 'aoc', 'mpfs'] as const) {
      if (imported[kind].length > 1) throw new EditFileError(imported[kind][1]!.name, null, `is a second ${SECOND[kind]} in one import; drop one at a time.`);
    }
    for (const b of Object.values(builders)) await b.finish();
  } catch (e) {
    await dropGen(gen);
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
  const kinds = (Object.keys(imported) as FileKind[]).filter((k) => imported[k].length > 0);
  if (kinds.length === 0) {
    await dropGen(gen);
    return { ok: false, error: 'No CMS edit file or MPFS relative value file found in what was dropped.' };
  }
  const importedAt = new Date(now()).toISOString();
  const ms = now() - started;
  const tx = db.transaction('meta', 'readwrite');
  const sets = { ...(((await tx.store.get('sets')) as EditSets | undefined) ?? {}) };
  const replaced: Array<[FileKind, number]> = [];
  for (const kind of kinds) {
    const old = sets[kind];
    if (old) replaced.push([kind, old.gen]);
    const info: SetInfo = {
      gen,
      setting: kind === 'aoc' || kind === 'mpfs' ? null : setting,
      files: imported[kind].sort((a, b) => (a.part ?? 0) - (b.part ?? 0)),
      rows: imported[kind].reduce((n, f) => n + f.rows, 0),
      importedAt,
      ms,
      ...(kind === 'ptp' ? { rationales: builders.ptp.rationales } : {}),
      ...(kind === 'mpfs' ? { feeSchedule: feeScheduleInfo(imported.mpfs[0]!) } : {}),
      ...(kind === 'mue' || kind === 'mpfs' ? { layout: 'buckets' as const } : {}),
    };
    sets[kind] = info;
  }
  await tx.store.put(sets, 'sets');
  await tx.done;
  announceEditsChanged();
  for (const [kind, oldGen] of replaced) await dropGen(oldGen, STORES_OF[kind]);
  return { ok: true, sets, imported: kinds };
}

/** The MPFS file's year and release: from its name, else from its title line; one of them must say. */
function datedMpfs(entry: ImportedFile, title: { year: number; release: number } | null): void {
  if (!entry.quarter && title) {
    entry.quarter = `${title.year}Q${title.release + 1}`;
    entry.version = `${title.year} ${'ABCD'[title.release]} (${['January', 'April', 'July', 'October'][title.release]} release)`;
  }
  if (!entry.quarter) throw new EditFileError(entry.name, null, 'gives its year neither in its name (PPRRVU2026_Jan…) nor in a title line ("2026 National Physician Fee Schedule Relative Value File January Release"): every fact shown names the year, so it is not imported.');
}

function feeScheduleInfo(f: ImportedFile): FeeScheduleFileInfo {
  const [year, q] = f.quarter!.split('Q');
  return { file: f.name, year: Number(year), release: `${year} ${'ABCD'[Number(q) - 1]}` };
}

function checkPtpParts(files: ImportedFile[]): void {
  const versions = new Set(files.map((f) => f.version).filter(Boolean));
  if (versions.size > 1) throw new EditFileError(files[files.length - 1]!.name, null, `is from PTP version ${[...versions].join(' / ')}: all parts of one import must come from the same quarter.`);
  const parts = new Set<number>();
  for (const f of files) {
    if (f.part == null) continue;
    if (parts.has(f.part)) throw new EditFileError(f.name, null, `is part ${f.part} a second time.`);
    parts.add(f.part);
  }
}

/** Removes one imported set (the options page's remove button). */
export async function removeEditSet(kind: FileKind): Promise<EditSets> {
  const db = await editDb();
  const tx = db.transaction('meta', 'readwrite');
  const sets = { ...(((await tx.store.get('sets')) as EditSets | undefined) ?? {}) };
  const old = sets[kind];
  delete sets[kind];
  await tx.store.put(sets, 'sets');
  await tx.done;
  announceEditsChanged();
  // Each kind has its own stores, so dropping this generation there leaves the other kinds alone.
  if (old) await dropGen(old.gen, STORES_OF[kind]);
  return sets;
}
