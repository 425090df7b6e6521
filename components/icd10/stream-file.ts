/**
 * Streams one dropped file to per-entry sinks: a plain file, a zip (entries read as they stream
 * past, with fflate), or a zip inside a zip — the Medicare Coverage Database download is a zip
 * holding `current_article_csv.zip`. Nothing is unpacked whole. The CMS edit-file reader
 * (cms/read-edit-file.ts) is tied to its parser and reads one level; this one takes any sink.
 * Errors raised by a sink surface here with the file name; an entry cut short is refused.
 */
import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';
import type { NamedBlob, ReadHooks } from '../cms/read-edit-file';
import { EditFileError } from '../cms/edit-types';
import { PIECE, baseName, chunks, isZip, pieces } from '../cms/blob-bytes';

export type { NamedBlob, ReadHooks };
export interface ImportProgress {
  bytes: number;
  total: number;
  file: string;
}
export interface EntrySink {
  bytes(chunk: Uint8Array): void;
  /** The entry is complete: validate and throw EditFileError if it is not what was expected. */
  end(): void;
}
/** `name` is the entry's base name; `path` shows where it sits ("a.zip → b.zip → c.csv"). null skips it. */
export type OpenEntry = (name: string, path: string) => EntrySink | null;

/** Feeds a zip's bytes in; calls `open` per entry; nested zips are unpacked the same way. */
class ZipStream {
  failure: unknown = null;
  /** Entries opened and not yet complete: left over at the end means the zip was cut short. */
  readonly pending = new Set<string>();
  /** Entries handed to a sink (a nested zip itself is not one). */
  opened = 0;
  private readonly unzip: Unzip;

  constructor(
    private readonly path: string,
    private readonly open: OpenEntry,
    private readonly parent: ZipStream | null = null,
  ) {
    this.unzip = new Unzip((entry) => this.entry(entry));
    this.unzip.register(UnzipInflate);
  }

  push(data: Uint8Array, final: boolean): void {
    // A nested zip's bytes come out of the outer entry in inflated chunks of MBs: same pieces as a file's.
    if (data.length <= PIECE) return this.unzip.push(data, final);
    const all = [...pieces(data)];
    all.forEach((piece, i) => this.unzip.push(piece, final && i === all.length - 1));
  }

  private fail(e: unknown): void {
    this.root.failure ??= e;
  }

  private get root(): ZipStream {
    return this.parent ? this.parent.root : this;
  }

  private entry(entry: UnzipFile): void {
    if (this.root.failure || entry.name.endsWith('/')) return;
    const name = baseName(entry.name);
    const path = `${this.path} → ${name}`;
    let sink: EntrySink | null;
    if (/\.zip$/i.test(name)) {
      const inner = new ZipStream(path, this.open, this);
      sink = { bytes: (b) => inner.push(b, false), end: () => inner.push(new Uint8Array(0), true) };
    } else {
      try {
        sink = this.open(name, path);
      } catch (e) {
        this.fail(e);
        return;
      }
      if (sink) this.root.opened++;
    }
    if (!sink) return;
    const root = this.root;
    root.pending.add(path);
    entry.ondata = (err, data, final) => {
      if (root.failure) return;
      try {
        if (err) throw new EditFileError(path, null, `cannot be unpacked (${err.message}).`);
        sink.bytes(data);
        if (final) {
          root.pending.delete(path);
          sink.end();
        }
      } catch (e) {
        this.fail(e);
      }
    };
    entry.start();
  }
}

/** Streams `file`; returns how many entries (or 1 for a plain file) were read. */
export async function streamFile(file: NamedBlob, open: OpenEntry, hooks: ReadHooks): Promise<number> {
  let read = 0;
  if (!(await isZip(file))) {
    const sink = open(file.name, file.name);
    if (!sink) return 0;
    for await (const chunk of chunks(file)) {
      sink.bytes(chunk);
      hooks.progress((read += chunk.length));
      await hooks.afterChunk();
    }
    sink.end();
    return 1;
  }
  const zip = new ZipStream(file.name, open);
  try {
    for await (const chunk of chunks(file)) {
      zip.push(chunk, false);
      if (zip.failure) throw zip.failure;
      hooks.progress((read += chunk.length));
      await hooks.afterChunk();
    }
    zip.push(new Uint8Array(0), true);
  } catch (e) {
    if (e instanceof EditFileError) throw e;
    throw zip.failure ?? new EditFileError(file.name, null, `is not a readable zip (${e instanceof Error ? e.message : String(e)}): cut short or damaged — download it again.`);
  }
  if (zip.failure) throw zip.failure;
  const cut = [...zip.pending][0];
  if (cut) throw new EditFileError(cut, null, 'ends before its last byte: the zip is cut short (download it again).');
  return zip.opened;
}
