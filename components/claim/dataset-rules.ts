/**
 * The dataset's rules over the lines of one date of service: an add-on with none of its
 * primaries, pairs that must not be reported together (some only on the same side), units above
 * the MUE, and a modifier written beside a code it cannot apply to. Pure; the caller passes the
 * rules already corrected by the imported files (check-claim.ts: the files win where they speak).
 */
import type { CodeRule, RuleSet } from '../../data/derive';
import { modifierProblemText } from '../../data/modifier-validity';
import type { ClaimFinding } from './finding';
import type { ClaimLine } from './line';

type Side = 'LT' | 'RT' | 'both';

function sidesOf(lines: readonly ClaimLine[], code: string): Set<Side> {
  const sides = new Set<Side>();
  for (const l of lines) {
    if (l.code !== code) continue;
    if (l.modifiers.includes('50')) sides.add('both');
    else if (l.modifiers.includes('LT')) sides.add('LT');
    else if (l.modifiers.includes('RT')) sides.add('RT');
  }
  return sides;
}

/** Same side unless both codes carry sides and none of them meet (LT vs RT). */
function maySameSide(lines: readonly ClaimLine[], a: string, b: string): { same: boolean; known: boolean } {
  const sa = sidesOf(lines, a);
  const sb = sidesOf(lines, b);
  if (sa.size === 0 || sb.size === 0) return { same: true, known: false };
  for (const x of sa) for (const y of sb) if (x === 'both' || y === 'both' || x === y) return { same: true, known: true };
  return { same: false, known: true };
}

function pairFindings(code: string, rule: CodeRule, present: ReadonlySet<string>, lines: readonly ClaimLine[], done: Set<string>): ClaimFinding[] {
  const out: ClaimFinding[] = [];
  for (const group of rule.notWith) {
    for (const other of group.codes) {
      const key = [code, other].sort().join('+');
      if (!present.has(other) || done.has(key)) continue;
      done.add(key);
      if (!group.sameSideOnly) {
        out.push({ kind: 'bundled-pair', codes: [code, other], message: `Do not report ${code} with ${other} (${group.basis}).` });
        continue;
      }
      const side = maySameSide(lines, code, other);
      if (!side.same) continue;
      const where = side.known ? 'on the same side' : 'if they are on the same side (no LT/RT on the lines)';
      out.push({ kind: 'bundled-pair', codes: [code, other], message: `Do not report ${code} with ${other} ${where} (${group.basis}).` });
    }
  }
  return out;
}

export function datasetFindings(lines: readonly ClaimLine[], rules: RuleSet): ClaimFinding[] {
  const present = new Set(lines.map((l) => l.code));
  const out: ClaimFinding[] = [];
  const pairs = new Set<string>();
  for (const code of [...present].sort()) {
    const rule = rules[code];
    if (!rule) continue;
    if (rule.kind === 'add-on' && rule.primaries.length && !rule.primaries.some((p) => present.has(p))) {
      const caveat = rule.primariesCaveat ? ` ${rule.primariesCaveat}` : '';
      out.push({ kind: 'addon-without-primary', codes: [code], message: `Add-on without a primary: ${code} is an add-on code, but none of its primary codes is on this claim.${caveat}` });
    }
    out.push(...pairFindings(code, rule, present, lines, pairs));
  }
  const flagged = new Set<string>();
  for (const l of lines) {
    const rule = rules[l.code];
    if (!rule) continue;
    // The dataset does not say how its MUE is adjudicated: judged per line, the weaker claim.
    if (rule.mue != null && l.units != null && l.units > rule.mue && !flagged.has(`${l.code}#mue`)) {
      flagged.add(`${l.code}#mue`);
      out.push({ kind: 'units-over-mue', codes: [l.code], message: `${l.units} units of ${l.code} is above its MUE of ${rule.mue} per day; expect a denial unless the payer allows more.` });
    }
    for (const mod of l.modifiers) {
      const why = rule.badModifiers[mod];
      const key = `${l.code}-${mod}`;
      if (!why || flagged.has(key)) continue;
      flagged.add(key);
      out.push({ kind: 'modifier-not-applicable', codes: [l.code], modifier: mod, message: modifierProblemText(l.code, mod, why) });
    }
  }
  return out;
}
