/**
 * Checks the lines of a claim against the imported NCCI files for one date of service. Pure:
 * the facts come from the background's lookup (cms/edit-lookup.ts); only its types are imported. Rules (CMS NCCI Policy Manual, chapter I; MUE and AOC
 * pages of cms.gov), in our words:
 *   PTP: an edit active that day (effective ≤ date < deletion) means the column 2 code is the one
 *        denied. Indicator 0: never paid together. Indicator 1: paid only with an NCCI-associated
 *        modifier the record supports; with one on the line the warning says it is bypassed and
 *        what the chart must show. Indicator 9 rows are not kept (not applicable).
 *   MUE: units above the value; MAI 1 per line, MAI 2 and 3 per day (all lines of the code).
 *   AOC: an add-on with none of its listed primaries on the claim (type 1; type 3 adds that the
 *        contractor may accept others); type 2 primaries are contractor-defined.
 */
import type { EditFacts } from '../cms/edit-lookup';
import type { AocRecord, PtpRecord, SetInfo } from '../cms/edit-db';
// Pure tables of the NCCI Policy Manual's modifiers: no reading or storing.
import { bypassingModifiers, chartMustShow } from '../cms/ncci-modifiers';
import type { ClaimFinding } from './finding';
import type { ClaimLine } from './line';

const SETTING = { practitioner: 'practitioner', outpatient: 'hospital outpatient' } as const;

function source(set: SetInfo | undefined, fileIndex: number, label: string): string {
  const file = set?.files[fileIndex];
  const setting = set?.setting ? `${SETTING[set.setting]} ` : '';
  return `CMS ${setting}${label}${file?.version ? ` ${file.version}` : ''}${file ? `, ${file.name}` : ''}`;
}

interface Edge {
  c1: string;
  c2: string;
  ind: 0 | 1;
  rationale: string;
  from: string;
}

// Partner → positions, built once per record and kept with it (records are cached by the
// lookup), so re-checking a claim is a few map reads instead of string scans.
const partnerIndex = new WeakMap<PtpRecord, Map<string, number[]>>();
function positions(rec: PtpRecord, code: string): readonly number[] {
  let index = partnerIndex.get(rec);
  if (!index) {
    index = new Map();
    for (let i = 0; i < rec.m.length; i++) {
      const c = rec.p.slice(i * 5, i * 5 + 5);
      const at = index.get(c);
      if (at) at.push(i);
      else index.set(c, [i]);
    }
    partnerIndex.set(rec, index);
  }
  return index.get(code) ?? [];
}

/** The edit with column 1 = c1 and column 2 = c2 active on the day, if any. */
export function activeEdge(facts: EditFacts, c1: string, c2: string, day: number): Edge | null {
  const recs = facts.codes.get(c1)?.ptp ?? [];
  for (const rec of recs) {
    for (const i of positions(rec, c2)) {
      if (rec.e[i]! <= day && day < rec.d[i]!) {
        return { c1, c2, ind: rec.m[i] === '0' ? 0 : 1, rationale: facts.sets.ptp?.rationales?.[rec.r[i]!] ?? '', from: source(facts.sets.ptp, rec.f, 'PTP') };
      }
    }
  }
  return null;
}

/** The add-on code rows in force on the day (the add-on, its primary and the pair not deleted). */
export function activeAocRows(aoc: AocRecord, day: number): AocRecord['rows'] {
  return aoc.rows.filter((r) => r.e <= day && day < r.d && day < r.ad && day < r.pd);
}

export const MAI_MEANS = {
  1: 'MAI 1, a line edit: each claim line is judged on its own; if more units were truly given, they go on another line with a modifier the record supports (such as 76, 77 or an anatomic one)',
  2: 'MAI 2, a date-of-service edit set by policy: all units of the day count together, units above it are denied and CMS does not expect an appeal to change that',
  3: 'MAI 3, a date-of-service edit set on clinical grounds: all units of the day count together; units above it are denied but may be paid on appeal if the record shows they were medically necessary',
} as const;

export function checkEdits(lines: readonly ClaimLine[], day: number, facts: EditFacts): ClaimFinding[] {
  const warnings: ClaimFinding[] = [];
  const byCode = new Map<string, ClaimLine[]>();
  for (const l of lines) byCode.set(l.code, [...(byCode.get(l.code) ?? []), l]);
  const codes = [...byCode.keys()].sort();
  const mods = (code: string) => byCode.get(code)!.flatMap((l) => l.modifiers);

  for (let i = 0; i < codes.length; i++) {
    for (let j = i + 1; j < codes.length; j++) {
      const [a, b] = [codes[i]!, codes[j]!];
      const edge = activeEdge(facts, a, b, day) ?? activeEdge(facts, b, a, day);
      if (!edge) continue;
      const { c1, c2 } = edge;
      const why = edge.rationale ? ` CMS rationale: ${edge.rationale}.` : '';
      if (edge.ind === 0) {
        warnings.push({ kind: 'ptp-never-together', codes: [c1, c2], message: `NCCI edit: ${c2} is denied when reported with ${c1} (column 2 code). Modifier indicator 0: never paid together; no modifier bypasses it.${why} (${edge.from})` });
        continue;
      }
      const bypass = bypassingModifiers(mods(c1), mods(c2));
      if (bypass.length > 0) {
        const list = bypass.map((m) => `-${m}`).join(', ');
        warnings.push({
          kind: 'ptp-bypassed',
          codes: [c1, c2],
          message: `NCCI edit bypassed by ${list}: ${c2} with ${c1} is paid only if the record shows ${bypass.map(chartMustShow).filter((v, k, all) => all.indexOf(v) === k).join('; or ')}.${why} (${edge.from})`,
        });
      } else {
        warnings.push({
          kind: 'ptp-needs-modifier',
          codes: [c1, c2],
          message: `NCCI edit: ${c2} is denied when reported with ${c1} (column 2 code). Modifier indicator 1: allowed only with a modifier that marks a separate site or session (59, XE, XS, XP, XU, different sides…), and only if the record supports it.${why} (${edge.from})`,
        });
      }
    }
  }

  for (const code of codes) {
    const mue = facts.codes.get(code)?.mue;
    if (!mue) continue;
    const units = byCode.get(code)!.map((l) => l.units).filter((u): u is number => u != null);
    if (units.length === 0) continue;
    const over = mue.a === 1 ? Math.max(...units) : units.reduce((s, u) => s + u, 0);
    if (over <= mue.v) continue;
    const what = mue.a === 1 ? `${over} units on one line` : `${over} units on this date`;
    warnings.push({
      kind: 'mue-exceeded',
      codes: [code],
      message: `${what} of ${code} is above its MUE of ${mue.v} (${MAI_MEANS[mue.a]}). (${source(facts.sets.mue, mue.f, 'MUE')})`,
    });
  }

  for (const code of codes) {
    const aoc = facts.codes.get(code)?.aoc;
    if (!aoc) continue;
    const active = activeAocRows(aoc, day);
    if (active.length === 0) continue;
    const from = source(facts.sets.aoc, aoc.f, 'add-on code edits');
    if (active.some((r) => r.p === null)) {
      if (codes.length === 1) {
        warnings.push({ kind: 'aoc-contractor-primary', codes: [code], message: `${code} is an add-on code (type 2) reported alone: its primary codes are defined by your contractor (MAC), so report it with a primary from their list. (${from})` });
      }
      continue;
    }
    const primaries = [...new Set(active.map((r) => r.p!))];
    if (primaries.some((p) => byCode.has(p))) continue;
    const type = active[0]!.t;
    const shown = primaries.slice(0, 8).join(', ') + (primaries.length > 8 ? ` and ${primaries.length - 8} more` : '');
    const extra = type === 3 ? ' CMS lists only some of its primaries (type 3): your contractor may accept others.' : '';
    warnings.push({ kind: 'aoc-no-primary', codes: [code], message: `Add-on without a primary: ${code} (add-on type ${type}) needs one of ${shown} on the claim; none is there.${extra} (${from})` });
  }
  return warnings;
}
