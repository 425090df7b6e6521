/**
 * What a card shows from the imported files for one code: its PTP partners in both
 * directions (active on the day), its MUE with type, its add-on type and primaries, each with
 * the file it came from; its MPFS payment-policy indicators with the file and year. Numbers and codes only: the CMS files' rationales are short CMS
 * phrases, never CPT descriptors.
 */
import { activeEdge } from '../claim/edit-rules';
import { today, toIso } from './edit-dates';
import type { SetInfo } from './edit-db';
import { lookupEdits, lookupReverse } from './edit-lookup';
import type { FeeScheduleRow } from './fee-schedule-types';

export interface PartnerFact {
  code: string;
  /** 'denied': this code is column 1 and the partner is denied; 'denies': this code is column 2. */
  role: 'denied' | 'denies';
  ind: 0 | 1 | null;
  since: string | null;
  rationale: string;
}
/** The code's global row of the imported MPFS file and the file it came from (name, year, release). */
export interface FeeScheduleFact {
  row: FeeScheduleRow;
  from: string;
  year: number;
}
export interface CardFacts {
  code: string;
  imported: boolean;
  /** Files were imported, but the browser has since cleared them: say so, and to re-import. */
  filesGone: boolean;
  setting: string | null;
  /** An MUE table is imported (so a missing MUE is worth saying). */
  mueImported: boolean;
  partners: PartnerFact[];
  ptpFrom: string | null;
  mue: { value: number; mai: 1 | 2 | 3; rationale: string; from: string } | null;
  addon: { type: 1 | 2 | 3; primaries: string[]; contractorDefined: boolean; from: string } | null;
  feeSchedule: FeeScheduleFact | null;
}

function feeScheduleFact(row: FeeScheduleRow | null, set: SetInfo | undefined): FeeScheduleFact | null {
  const info = set?.feeSchedule;
  if (!row || !info) return null;
  return { row, year: info.year, from: `${info.file} (MPFS ${info.year}${info.release ? `, release ${info.release.split(' ')[1] ?? info.release}` : ''})` };
}

const fileLabel = (set: SetInfo | undefined, i: number) => {
  const f = set?.files[i];
  return f ? `${f.name}${f.version ? ` (${f.version})` : ''}` : 'unknown file';
};

export async function cardFacts(code: string, day = today()): Promise<CardFacts> {
  const facts = await lookupEdits([code]);
  const own = facts.codes.get(code)!;
  const { ptp, mue, aoc, mpfs } = facts.sets;
  const partners: PartnerFact[] = [];
  for (const rec of own.ptp) {
    for (let i = 0; i < rec.m.length; i++) {
      if (!(rec.e[i]! <= day && day < rec.d[i]!)) continue;
      partners.push({ code: rec.p.slice(i * 5, i * 5 + 5), role: 'denied', ind: rec.m[i] === '0' ? 0 : 1, since: toIso(rec.e[i]!), rationale: ptp?.rationales?.[rec.r[i]!] ?? '' });
    }
  }
  const reverse = await lookupReverse(code, facts.sets);
  const c1s = new Set<string>();
  for (let i = 0; i < reverse.length; i += 5) c1s.add(reverse.slice(i, i + 5));
  // The reverse index holds codes only; read the column 1 records to keep just the edits active today.
  const rev = c1s.size > 0 && c1s.size <= 400 ? await lookupEdits([...c1s]) : null;
  for (const c1 of c1s) {
    const edge = rev ? activeEdge(rev, c1, code, day) : null;
    if (rev && !edge) continue;
    partners.push({ code: c1, role: 'denies', ind: edge?.ind ?? null, since: null, rationale: edge?.rationale ?? '' });
  }
  partners.sort((a, b) => a.code.localeCompare(b.code));
  const activeAoc = own.aoc?.rows.filter((r) => r.e <= day && day < r.d && day < r.ad && day < r.pd) ?? [];
  return {
    code,
    imported: Boolean(ptp || mue || aoc || mpfs),
    filesGone: facts.filesGone,
    mueImported: Boolean(mue),
    setting: ptp?.setting ?? mue?.setting ?? null,
    partners,
    ptpFrom: ptp ? ptp.files.map((f) => f.name).join(', ') + (ptp.files[0]?.version ? ` (${ptp.files[0].version})` : '') : null,
    mue: own.mue ? { value: own.mue.v, mai: own.mue.a, rationale: own.mue.r, from: fileLabel(mue, own.mue.f) } : null,
    addon:
      activeAoc.length > 0
        ? {
            type: activeAoc[0]!.t,
            primaries: [...new Set(activeAoc.flatMap((r) => (r.p ? [r.p] : [])))],
            contractorDefined: activeAoc.some((r) => r.p === null),
            from: fileLabel(aoc, own.aoc!.f),
          }
        : null,
    feeSchedule: feeScheduleFact(own.mpfs, mpfs),
  };
}
