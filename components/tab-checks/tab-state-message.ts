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

/**
 * Shallow on purpose: a port from runtime.connect reaches only our own background, and what we
 * read is only shown as text or compared, never executed.
 */
export function parseTabChecked(raw: unknown): TabState | undefined {
  const m = raw as { type?: unknown; lines?: unknown; warnings?: unknown } | null;
  return m?.type === 'cpt-lens/tab-checked' && Array.isArray(m.lines) && Array.isArray(m.warnings)
    ? { lines: m.lines as ClaimLine[], warnings: m.warnings as PageWarning[] }
    : undefined;
}
