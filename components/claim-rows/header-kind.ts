/**
 * What a column header or a field's label says its cells hold. Billing screens name the code,
 * modifier and units columns in a handful of ways; a column named for a ZIP, phone, MRN,
 * account, amount or ID holds look-alikes, never codes, whatever its values.
 */
export type HeaderKind = 'code' | 'modifier' | 'units' | 'date' | 'excluded';

/**
 * Checked first: "ZIP code", "Account ID" and "Claim ID" are not code columns, and neither is a
 * diagnosis column ("Dx code" holds ICD-10 codes, which written without the dot look like HCPCS).
 */
const EXCLUDED = /\b(?:zip|postal|post\s*code|phone|mrn|acct|account|amount|amt|id|dx|diag(?:nosis)?|icd(?:-?10)?(?:-cm)?)\b/i;
const MODIFIER = /\bmod(?:ifier)?s?\b/i;
const UNITS = /\b(?:units?|qty|quantity|days|un|svc\s*units)\b/i;
const CODE = /\b(?:cpt|hcpcs|proc(?:edure)?s?|px|codes?|services?)\b/i;
const DATE = /\b(?:dos|date(?:s)?\s*of\s*service|service\s*date|from\s*date|svc\s*date)\b/i;

export function headerKind(label: string): HeaderKind | null {
  const text = label.replace(/[\s\u00a0]+/g, ' ').trim();
  if (!text || text.length > 60) return null;
  // "Days or units", "Mod/Units": the first kind the header names wins.
  let best: { kind: HeaderKind; at: number } | null = null;
  for (const [kind, re] of [['modifier', MODIFIER], ['units', UNITS], ['date', DATE]] as const) {
    const at = text.search(re);
    if (at >= 0 && (!best || at < best.at)) best = { kind, at };
  }
  if (best) return best.kind;
  if (EXCLUDED.test(text)) return 'excluded';
  return CODE.test(text) ? 'code' : null;
}
