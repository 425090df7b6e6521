/**
 * The frames' check of the background's answer. Hand-written rather than valibot so the content
 * script stays small: it only has to reject what is not ours.
 */
import type { ClaimLine } from '../page-checks/claim-line';
import type { PageWarning } from '../page-checks/check-codes';

export const FRAME_PORT = 'cpt-lens/frame-lines';
/** Background → one frame: open this code's card (the summary panel's button). */
export const OPEN_CARD = 'cpt-lens/open-card';

export interface TabState {
  lines: ClaimLine[];
  warnings: PageWarning[];
}

const isStrings = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');
const isLine = (x: unknown): x is ClaimLine => {
  const l = x as ClaimLine;
  return !!l && typeof l.code === 'string' && isStrings(l.modifiers) && (l.units === null || typeof l.units === 'number');
};
const isWarning = (x: unknown): x is PageWarning => {
  const w = x as PageWarning;
  return !!w && typeof w.kind === 'string' && typeof w.message === 'string' && isStrings(w.codes);
};

export function parseTabChecked(raw: unknown): TabState | undefined {
  const m = raw as { type?: unknown; lines?: unknown; warnings?: unknown } | null;
  if (!m || m.type !== 'cpt-lens/tab-checked' || !Array.isArray(m.lines) || !Array.isArray(m.warnings)) return undefined;
  if (!m.lines.every(isLine) || !m.warnings.every(isWarning)) return undefined;
  return { lines: m.lines, warnings: m.warnings };
}
