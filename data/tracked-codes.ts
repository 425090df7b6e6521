/**
 * Every code the content script looks for: the dataset's own codes (highlighted, with cards)
 * and the codes their rules name (primaries, bundle partners), tracked only so the page checks
 * can see them. Kept apart from derive.ts so the content script does not pull in MiniSearch.
 */
import type { RuleSet } from './derive';

export function trackedCodes(rules: RuleSet): string[] {
  const tracked = new Set<string>(Object.keys(rules));
  for (const rule of Object.values(rules)) {
    rule.primaries.forEach((c) => tracked.add(c));
    rule.notWith.forEach((g) => g.codes.forEach((c) => tracked.add(c)));
  }
  return [...tracked];
}

/**
 * What the content script needs now that checks run in the background: the codes to mark and
 * the codes to track. Served as `virtual:cpt-codes`, so the content script carries neither the
 * rules nor their prose.
 */
export interface CodeLists {
  dataset: string[];
  tracked: string[];
}

export function buildCodeLists(rules: RuleSet): CodeLists {
  return { dataset: Object.keys(rules), tracked: trackedCodes(rules) };
}
