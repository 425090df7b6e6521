/** Imported-file facts built in memory, in the shape the background's lookup returns (no IndexedDB). */
import { fromIso as parse } from '../../../components/cms/edit-dates';
import { NEVER as NEVER_DAY } from '../../../components/cms/edit-types';
import type { CodeEdits, EditFacts } from '../../../components/cms/edit-lookup';
import type { EditSets, SetInfo } from '../../../components/cms/edit-db';
import type { FeeScheduleRow } from '../../../components/cms/fee-schedule-types';

/** Day number of a test date, failing loudly on a typo. */
export function fromIso(iso: string): number {
  const d = parse(iso);
  if (d === null) throw new Error(`not a date: ${iso}`);
  return d;
}

const set = (kind: 'ptp' | 'mue' | 'aoc' | 'mpfs', quarter: string, name: string): SetInfo => ({
  gen: 1,
  setting: 'practitioner',
  files: [{ name, kind: kind === 'mpfs' ? null : kind, setting: 'practitioner', version: quarter, quarter, part: null, rows: 1 }],
  rows: 1,
  importedAt: '2026-04-02T10:00:00Z',
  ms: 1,
  rationales: ['Misuse of column two code with column one code'],
});

export interface Edge {
  c1: string;
  c2: string;
  ind: 0 | 1;
  from?: string;
  to?: string;
}

export function facts(opts: {
  ptp?: Edge[];
  mue?: Record<string, { v: number; a: 1 | 2 | 3 }>;
  aoc?: Record<string, string[] | null>;
  mpfs?: Array<Partial<FeeScheduleRow> & { code: string }>;
  quarter?: string;
  mpfsYear?: number;
}): EditFacts {
  const q = opts.quarter ?? '2026Q2';
  const sets: EditSets = {};
  if (opts.ptp) sets.ptp = set('ptp', q, 'ccipra-v321r0-f1.txt');
  if (opts.mue) sets.mue = set('mue', q, 'MCR_MUE_PractitionerServices_Eff_04-01-2026.csv');
  if (opts.aoc) sets.aoc = set('aoc', q, 'AOC_V2026Q2-MCR.txt');
  if (opts.mpfs) sets.mpfs = set('mpfs', String(opts.mpfsYear ?? 2026), 'PPRRVU26_JAN.csv');
  const codes = new Map<string, CodeEdits>();
  const own = (c: string) => codes.get(c) ?? (codes.set(c, { ptp: [], mue: null, aoc: null, mpfs: null }), codes.get(c)!);
  for (const e of opts.ptp ?? []) {
    own(e.c1).ptp.push({
      p: e.c2,
      e: Int32Array.of(fromIso(e.from ?? '2020-01-01')),
      d: Int32Array.of(e.to ? fromIso(e.to) : NEVER_DAY),
      m: String(e.ind),
      r: Uint16Array.of(0),
      f: 0,
    });
    own(e.c2);
  }
  for (const [c, m] of Object.entries(opts.mue ?? {})) own(c).mue = { ...m, r: 'Clinical', f: 0 };
  for (const [c, primaries] of Object.entries(opts.aoc ?? {})) {
    const row = (p: string | null) => ({ t: (primaries ? 1 : 2) as 1 | 2, p, pd: NEVER_DAY, e: fromIso('2020-01-01'), d: NEVER_DAY, ad: NEVER_DAY, n: '' });
    own(c).aoc = { rows: primaries ? primaries.map(row) : [row(null)], f: 0 };
  }
  for (const r of opts.mpfs ?? []) {
    own(r.code).mpfs = { modifier: '', status: 'A', pctc: '0', global: '000', multipleProcedure: '2', bilateral: '0', assistant: '2', coSurgeon: '0', team: '0', workRvu: 1, ...r };
  }
  return { sets, codes, filesGone: false };
}
