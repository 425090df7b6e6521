/**
 * Checks the codes seen together on one page (or one form) against the dataset's rules:
 * an add-on with none of its primaries, pairs that must not be reported together, and
 * units above the MUE. Pure, so every rule is unit-tested without a browser.
 */
import type { RuleSet } from '../../data/derive';
import { mayShareSide, sideOf, type ClaimLine } from './claim-line';

/** A code as seen on the page; a claim line when its row or field was read. */
export type SeenCode = Pick<ClaimLine, 'code' | 'units'> & Partial<Pick<ClaimLine, 'modifiers'>>;

/** True when some line of `a` and some line of `b` may be on the same side (LT/RT/50). */
function sameSidePossible(seen: readonly SeenCode[], a: string, b: string): boolean {
  const sides = (code: string) => seen.filter((s) => s.code === code).map((s) => sideOf({ modifiers: s.modifiers ?? [] }));
  const other = sides(b);
  return sides(a).some((x) => other.some((y) => mayShareSide(x, y)));
}

export type WarningKind = 'addon-without-primary' | 'bundled-pair' | 'units-over-mue';

export interface PageWarning {
  kind: WarningKind;
  /** The codes the warning is about; the card of each shows it. */
  codes: string[];
  message: string;
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
        // Side-bound pairs (one kidney or ureter) are fine on opposite sides: 50431-LT with 50432-RT.
        if (group.sameSideOnly && !sameSidePossible(seen, code, other)) continue;
        pairs.add(key);
        const where = group.sameSideOnly ? ' on the same side' : '';
        warnings.push({ kind: 'bundled-pair', codes: [code, other], message: `Do not report ${code} with ${other}${where}: ${group.reason}` });
      }
    }
  }
  for (const s of seen) {
    const mue = rules[s.code]?.mue;
    if (mue != null && s.units != null && s.units > mue) {
      warnings.push({
        kind: 'units-over-mue',
        codes: [s.code],
        message: `${s.units} units of ${s.code} is above its MUE of ${mue} per day; expect a denial unless the payer allows more.`,
      });
    }
  }
  return warnings;
}

export function warningsFor(code: string, warnings: readonly PageWarning[]): PageWarning[] {
  return warnings.filter((w) => w.codes.includes(code));
}
