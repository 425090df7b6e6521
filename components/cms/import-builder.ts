/**
 * Turns parsed rows into the compact records of edit-db.ts and queues them for writing.
 * Rows of a column 1 code are grouped while they arrive in order (CMS sorts its files by
 * column 1), so memory holds one group plus the reverse index, not the whole file. Indicator 9
 * rows ("not applicable") are counted but not kept: they never raise a warning. MPFS rows
 * arrive grouped by code too and become one record per code.
 */
import type { IDBPDatabase } from 'idb';
import type { AocRecord, EditDb, MpfsRecord, MueRecord, PtpRecord } from './edit-db';
import { bucketOf, type Bucket } from './code-buckets';
import type { FeeScheduleRow } from './fee-schedule-types';
import type { AocRow, MueRow, PtpRow } from './edit-types';
import type { RowSink } from './edit-file-parser';
import { ReverseIndex } from './reverse-index';

const GROUP_MAX = 1000;
/**
 * Rows (PTP partners, MUE/MPFS codes, reverse-index entries) per write transaction. What a
 * transaction holds until it commits counts in the extension renderer's peak: on the full CMS
 * set, 150 records a transaction (~16,000 rows) peaked at 281–291 MB in 6.9–7.9 s; 4,000 rows
 * at 245–269 MB in 8.4–9.5 s; 8,000 rows at 273–284 MB, no faster.
 */
const WRITE_ROWS = 4000;

type Pending =
  | { store: 'ptp'; key: [number, string, number]; value: PtpRecord }
  | { store: 'rev'; key: [number, string, number]; value: { p: string } }
  | { store: 'mue'; key: [number, string, number]; value: Bucket<MueRecord> }
  | { store: 'aoc'; key: [number, string]; value: AocRecord }
  | { store: 'mpfs'; key: [number, string, number]; value: Bucket<MpfsRecord> };

export class ImportBuilder implements RowSink {
  /** Index of the file rows now come from, in the set's file list. */
  file = 0;
  readonly rationales: string[] = [];
  private readonly rationaleIndex = new Map<string, number>();
  private group: { c1: string; p: string[]; e: number[]; d: number[]; m: string[]; r: number[]; f: number } | null = null;
  private readonly seq = new Map<string, number>();
  private readonly rev = new ReverseIndex();
  private readonly aocRows = new Map<string, AocRecord>();
  private mpfsGroup: MpfsRecord & { code: string } = { code: '', rows: [], f: 0 };
  /** The MUE or MPFS codes of one prefix, while they arrive (edit-db.ts `Bucket`). */
  private bucket: { store: 'mue' | 'mpfs'; prefix: string; records: Bucket<MueRecord> | Bucket<MpfsRecord> } | null = null;
  private readonly bucketRuns = new Map<string, number>();
  /** Rows in the records waiting to be written (see WRITE_ROWS). */
  private pendingRows = 0;
  private pending: Pending[] = [];
  kept = 0;

  constructor(
    private readonly db: IDBPDatabase<EditDb>,
    readonly gen: number,
  ) {}

  ptp(row: PtpRow): void {
    if (row.ind === 9) return;
    let g = this.group;
    if (!g || g.c1 !== row.c1 || g.f !== this.file || g.p.length >= GROUP_MAX) {
      this.flushGroup();
      g = this.group = { c1: row.c1, p: [], e: [], d: [], m: [], r: [], f: this.file };
    }
    g.p.push(row.c2);
    g.e.push(row.eff);
    g.d.push(row.del);
    g.m.push(String(row.ind));
    g.r.push(this.rationale(row.rationale));
    this.rev.add(row.c1, row.c2);
    this.kept++;
  }

  mue(row: MueRow): void {
    this.toBucket('mue', row.code, { v: row.value, a: row.mai, r: row.rationale, f: this.file });
    this.kept++;
  }

  aoc(row: AocRow): void {
    let rec = this.aocRows.get(row.addon);
    if (!rec) this.aocRows.set(row.addon, (rec = { rows: [], f: this.file }));
    rec.rows.push({ t: row.type, p: row.primary, pd: row.primaryDel, e: row.eff, d: row.del, ad: row.addonDel, n: row.notes });
    this.kept++;
  }

  /** The MPFS file lists a code's rows (global, 26, TC, 53) together: one record per code. */
  mpfs(row: FeeScheduleRow): void {
    if (row.code !== this.mpfsGroup.code) {
      this.flushMpfs();
      this.mpfsGroup = { code: row.code, rows: [], f: this.file };
    }
    this.mpfsGroup.rows.push(row);
    this.kept++;
  }

  /** Writes what has piled up; call between input chunks so memory stays bounded. */
  async drain(force = false): Promise<void> {
    if (!force && this.pendingRows < WRITE_ROWS) return;
    const batch = this.pending;
    this.pending = [];
    this.pendingRows = 0;
    if (batch.length === 0) return;
    const stores = [...new Set(batch.map((p) => p.store))];
    const tx = this.db.transaction(stores, 'readwrite');
    for (const p of batch) void tx.objectStore(p.store).put(p.value as never, p.key as never);
    await tx.done;
  }

  /** Flushes the last group, the reverse index and the add-on records. */
  async finish(): Promise<void> {
    this.flushGroup();
    this.flushMpfs();
    this.flushBucket();
    for (const [c2, c1s] of this.rev.entries()) {
      this.pending.push({ store: 'rev', key: [this.gen, c2, 0], value: { p: c1s } });
      this.pendingRows += c1s.length / 5;
      await this.drain();
    }
    for (const [addon, rec] of this.aocRows) this.pending.push({ store: 'aoc', key: [this.gen, addon], value: rec });
    await this.drain(true);
  }

  private rationale(text: string): number {
    let i = this.rationaleIndex.get(text);
    if (i === undefined) {
      i = this.rationales.push(text) - 1;
      this.rationaleIndex.set(text, i);
    }
    return i;
  }

  private flushMpfs(): void {
    const { code, rows, f } = this.mpfsGroup;
    if (rows.length === 0) return;
    this.mpfsGroup = { code: '', rows: [], f: 0 };
    this.toBucket('mpfs', code, { rows, f });
  }

  private toBucket(store: 'mue', code: string, value: MueRecord): void;
  private toBucket(store: 'mpfs', code: string, value: MpfsRecord): void;
  private toBucket(store: 'mue' | 'mpfs', code: string, value: MueRecord | MpfsRecord): void {
    const prefix = bucketOf(code);
    if (this.bucket?.store !== store || this.bucket.prefix !== prefix) {
      this.flushBucket();
      this.bucket = { store, prefix, records: {} };
    }
    (this.bucket.records as Record<string, MueRecord | MpfsRecord>)[code] = value;
  }

  private flushBucket(): void {
    const b = this.bucket;
    this.bucket = null;
    if (!b) return;
    const run = `${b.store}:${b.prefix}`;
    const seq = this.bucketRuns.get(run) ?? 0;
    this.bucketRuns.set(run, seq + 1);
    this.pendingRows += Object.keys(b.records).length;
    this.pending.push({ store: b.store, key: [this.gen, b.prefix, seq], value: b.records } as Pending);
  }

  private flushGroup(): void {
    const g = this.group;
    this.group = null;
    if (!g || g.p.length === 0) return;
    const seq = this.seq.get(g.c1) ?? 0;
    this.seq.set(g.c1, seq + 1);
    this.pendingRows += g.p.length;
    this.pending.push({
      store: 'ptp',
      key: [this.gen, g.c1, seq],
      value: { p: g.p.join(''), e: Int32Array.from(g.e), d: Int32Array.from(g.d), m: g.m.join(''), r: Uint16Array.from(g.r), f: g.f },
    });
  }
}
