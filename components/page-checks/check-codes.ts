/**
 * Checks the codes seen together on one page (or one form) against the dataset's rules:
 * an add-on with none of its primaries, pairs that must not be reported together (some only
 * on the same side), units above the MUE, and a modifier written beside a code it cannot
 * apply to. Pure, so every rule is unit-tested without a browser.
 */
import type { RuleSet } from '../../data/derive';
import { modifierProblemText } from '../../data/modifier-validity';
import type { CmsWarningKind } from '../cms/check-edit-files';

export interface SeenCode {
  code: string;
  units: number | null;
  /** Modifiers written with the code on its line (`50431-LT`, a Modifier column). */
  modifiers?: readonly string[];
}

export type WarningKind = 'addon-without-primary' | 'bundled-pair' | 'units-over-mue' | 'modifier-not-applicable' | CmsWarningKind;

export interface PageWarning {
  kind: WarningKind;
  /** The codes the warning is about; the card of each shows it. */
  codes: string[];
  message: string;
}

type Side = 'LT' | 'RT' | 'both';

function sidesOf(seen: readonly SeenCode[], code: string): Set<Side> {
  const sides = new Set<Side>();
  for (const s of seen) {
    if (s.code !== code) continue;
    const mods = s.modifiers ?? [];
    if (mods.includes('50')) sides.add('both');
    else if (mods.includes('LT')) sides.add('LT');
    else if (mods.includes('RT')) sides.add('RT');
  }
  return sides;
}

/** Same side unless both codes carry sides and none of them meet (LT vs RT). */
function maySameSide(seen: readonly SeenCode[], a: string, b: string): { same: boolean; known: boolean } {
  const sa = sidesOf(seen, a);
  const sb = sidesOf(seen, b);
  if (sa.size === 0 || sb.size === 0) return { same: true, known: false };
  for (const x of sa) for (const y of sb) if (x === 'both' || y === 'both' || x === y) return { same: true, known: true };
  return { same: false, known: true };
}

export function checkCodes(seen: readonly SeenCode[], rules: RuleSet): PageWarning[] {
  const present = new Set(seen.map((s) => s.code));
  const warnings: PageWarning[] = [];
  const pairs = new Set<string>();
  for (const code of [...present].sort()) {
    const rule = rules[code];
    if (!rule) continue;
    if (rule.kind === 'add-on' && rule.primaries.length && !rule.primaries.some((p) => present.has(p))) {
      warnings.push({
        kind: 'addon-without-primary',
        codes: [code],
        message: `Add-on without a primary: ${code} is an add-on code, but none of its primary codes is on this page.`,
      });
    }
    for (const group of rule.notWith) {
      for (const other of group.codes) {
        const key = [code, other].sort().join('+');
        if (!present.has(other) || pairs.has(key)) continue;
        pairs.add(key);
        if (!group.sameSideOnly) {
          warnings.push({ kind: 'bundled-pair', codes: [code, other], message: `Do not report ${code} with ${other} (${group.basis}).` });
          continue;
        }
        const side = maySameSide(seen, code, other);
        if (!side.same) continue;
        const where = side.known ? 'on the same side' : 'if they are on the same side (no LT/RT on the lines)';
        warnings.push({ kind: 'bundled-pair', codes: [code, other], message: `Do not report ${code} with ${other} ${where} (${group.basis}).` });
      }
    }
  }
  const flagged = new Set<string>();
  for (const s of seen) {
    const rule = rules[s.code];
    if (!rule) continue;
    if (rule.mue != null && s.units != null && s.units > rule.mue) {
      warnings.push({
        kind: 'units-over-mue',
        codes: [s.code],
        message: `${s.units} units of ${s.code} is above its MUE of ${rule.mue} per day; expect a denial unless the payer allows more.`,
      });
    }
    for (const mod of s.modifiers ?? []) {
      const why = rule.badModifiers[mod];
      const key = `${s.code}-${mod}`;
      if (!why || flagged.has(key)) continue;
      flagged.add(key);
      warnings.push({ kind: 'modifier-not-applicable', codes: [s.code], message: modifierProblemText(s.code, mod, why) });
    }
  }
  return warnings;
}

export function warningsFor(code: string, warnings: readonly PageWarning[]): PageWarning[] {
  return warnings.filter((w) => w.codes.includes(code));
}
