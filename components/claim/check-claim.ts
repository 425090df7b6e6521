/**
 * The claim checked as a whole, in one pure function the background's tab checks call: the
 * lines of each date of service against the dataset's rules, the imported NCCI edit files and
 * the MPFS rows, one finding per problem, notes apart from warnings, and a verdict per line
 * built from those same findings. Lines of codes nobody describes get no findings or verdict of
 * their own and are only counted, but they are still on the claim (a primary, a partner).
 *
 *   lines ─► dateLines ─► per date: datasetFindings + checkEdits + fee cautions ─► mergeFindings
 *                                   └► staleNotes                                └► verdictFor
 * Where sources disagree the imported file wins: the MUE file's value, the MPFS row's modifier
 * rules, the AOC file's primaries (the dataset's add-on warning stands only if the file agrees).
 */
import type { CodeRule, RuleSet } from '../../data/derive';
import { trackedCodes } from '../../data/tracked-codes';
import { fromIso } from '../cms/edit-dates';
import type { EditFacts } from '../cms/edit-lookup';
import { byDate, dateLines, staleNotes, type DatedLine } from './dates';
import { datasetFindings } from './dataset-rules';
import { activeAocRows, checkEdits } from './edit-rules';
import { feeRules } from './fee-rules';
import { isNote, type ClaimFinding } from './finding';
import { lineKey, type ClaimLine } from './line';
import { mergeFindings } from './merge';
import { verdictFor, type LineVerdict } from './verdict';

export interface ClaimFacts {
  rules: RuleSet;
  /** The imported files' records for the claim's codes; null when nothing is imported. */
  edits: EditFacts | null;
  /** Codes outside the dataset that something the user imported knows (files, descriptors). */
  known: ReadonlySet<string>;
}

export interface ClaimResult {
  /** The lines that were checked (codes the dataset, its rules or an imported file know). */
  lines: ClaimLine[];
  warnings: ClaimFinding[];
  notes: ClaimFinding[];
  verdicts: LineVerdict[];
  /** Non-dataset codes on the claim that an imported file knows (the content script marks them). */
  known: string[];
  /** Codes on the claim nobody knows: not checked, not counted as warnings. */
  others: string[];
}

interface CodeView {
  rule: CodeRule | undefined;
  /** The rule the dataset check runs with, corrected by the files. */
  checked: CodeRule | undefined;
  addOn: boolean;
  aocPrimaries: string[];
  contractorPrimaries: boolean;
  mue: { value: number; perDay: boolean } | null;
  cautions: Record<string, string>;
}

function codeView(code: string, day: number, facts: ClaimFacts): CodeView {
  const rule = facts.rules[code];
  const edits = facts.edits?.codes.get(code);
  const aoc = edits?.aoc ? activeAocRows(edits.aoc, day) : [];
  const mpfs = edits?.mpfs ?? null;
  const addOn = rule?.kind === 'add-on' || aoc.length > 0 || mpfs?.global === 'ZZZ';
  const fee = mpfs ? feeRules(mpfs, addOn) : null;
  const fileMue = edits?.mue ?? null;
  const badModifiers = fee
    ? Object.fromEntries(Object.entries(fee.problems).map(([m, why]) => [m, `${why}, per your imported MPFS file`]))
    : { ...(rule?.badModifiers ?? {}), ...(addOn && !rule?.badModifiers['51'] ? { '51': 'add-on codes are exempt from the multiple-procedure reduction' } : {}) };
  const base: CodeRule = rule ?? { code, kind: addOn ? 'add-on' : 'standard', primaries: [], notWith: [], mue: null, badModifiers: {} };
  const checked = rule || fee ? { ...base, badModifiers, mue: fileMue ? null : base.mue } : undefined;
  return {
    rule,
    checked,
    addOn,
    aocPrimaries: [...new Set(aoc.flatMap((r) => (r.p ? [r.p] : [])))],
    contractorPrimaries: aoc.some((r) => r.p === null),
    mue: fileMue ? { value: fileMue.v, perDay: fileMue.a !== 1 } : rule?.mue != null ? { value: rule.mue, perDay: false } : null,
    cautions: fee?.cautions ?? {},
  };
}

function checkDate(dos: string, dated: readonly DatedLine[], facts: ClaimFacts, several: boolean, checked: (code: string) => boolean, tracked: ReadonlySet<string>) {
  const lines = dated.map((d) => d.line);
  const day = fromIso(dos) ?? 0;
  const codes = [...new Set(lines.map((l) => l.code))];
  const views = new Map(codes.map((c) => [c, codeView(c, day, facts)]));
  const rules: RuleSet = {};
  for (const [c, v] of views) if (v.checked) rules[c] = v.checked;
  const fromFiles = facts.edits ? checkEdits(lines, day, facts.edits) : [];
  const aocWarns = new Set(fromFiles.filter((f) => f.kind === 'aoc-no-primary').flatMap((f) => f.codes));
  // The AOC file in force that day wins over the dataset's primaries: its silence clears the add-on.
  const fromDataset = datasetFindings(lines, rules).filter(
    (f) => f.kind !== 'addon-without-primary' || !views.get(f.codes[0]!)?.aocPrimaries.length || aocWarns.has(f.codes[0]!),
  );
  const cautions: ClaimFinding[] = [];
  for (const l of lines) {
    for (const m of l.modifiers) {
      const why = views.get(l.code)?.cautions[m];
      if (why && !cautions.some((c) => c.codes[0] === l.code && c.modifier === m)) cautions.push({ kind: 'modifier-note', codes: [l.code], modifier: m, message: `-${m} on ${l.code}: ${why}.` });
    }
  }
  const stale = facts.edits ? staleNotes(facts.edits.sets, dos).map((n) => ({ ...n, codes })) : [];
  const found = mergeFindings([...fromDataset, ...fromFiles, ...cautions].map((f) => ({ ...f, dateOfService: dos }))).map((f) =>
    several ? { ...f, message: `${dos}: ${f.message}` } : f,
  );
  const warnings = found.filter((f) => !isNote(f));
  const notes = [...found.filter(isNote), ...stale];
  const verdicts = dated.filter((d) => checked(d.line.code)).map(({ line, from }): LineVerdict => {
    const v = views.get(line.code)!;
    const units = lines.filter((l) => l.code === line.code).map((l) => l.units);
    return {
      key: lineKey(line),
      dos,
      dosFrom: from,
      parts: verdictFor({
        line,
        kind: v.rule?.kind ?? (v.addOn ? 'add-on' : null),
        primaries: [...new Set([...(v.rule?.primaries ?? []), ...v.aocPrimaries])],
        contractorPrimaries: v.contractorPrimaries,
        mue: v.mue,
        dayUnits: units.every((u) => u === null) ? null : units.reduce<number>((s, u) => s + (u ?? 0), 0),
        dayCodes: new Set(codes),
        // The dataset's rules check the codes they name; any other code only an imported PTP file can.
        pairsChecked: tracked.has(line.code) || Boolean(facts.edits?.sets.ptp),
        warnings: warnings.filter((w) => w.codes.includes(line.code)),
        notes: notes.filter((n) => n.codes.includes(line.code)),
      }),
    };
  });
  return { warnings, notes, verdicts };
}

export function checkClaim(all: readonly ClaimLine[], facts: ClaimFacts, today: string): ClaimResult {
  const tracked = new Set(trackedCodes(facts.rules));
  const checked = (c: string) => tracked.has(c) || facts.known.has(c);
  const lines = all.filter((l) => checked(l.code));
  const others = [...new Set(all.map((l) => l.code).filter((c) => !checked(c)))];
  const known = [...new Set(lines.map((l) => l.code).filter((c) => !facts.rules[c] && facts.known.has(c)))];
  const days = byDate(dateLines(all, today));
  const result: ClaimResult = { lines, warnings: [], notes: [], verdicts: [], known, others };
  for (const [dos, dated] of days) {
    const r = checkDate(dos, dated, facts, days.size > 1, checked, tracked);
    result.warnings.push(...r.warnings);
    result.notes.push(...r.notes);
    result.verdicts.push(...r.verdicts);
  }
  return result;
}
