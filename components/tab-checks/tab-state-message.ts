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

/** Shallow on purpose: what we read is only shown as text or compared, never executed. */
export function parseTabChecked(raw: unknown): TabState | undefined {
  const m = raw as { type?: unknown; lines?: unknown; warnings?: unknown } | null;
  const ok = m?.type === 'cpt-lens/tab-checked' && Array.isArray(m.lines) && Array.isArray(m.warnings);
  return ok && (m.warnings as PageWarning[]).every((w) => Array.isArray(w?.codes)) ? { lines: m.lines as ClaimLine[], warnings: m.warnings as PageWarning[] } : undefined;
}
