/**
 * The frames' check of the background's answer. Hand-written rather than valibot so the content
 * script stays small: it only has to reject what is not ours.
 */
import type { ClaimFinding } from '../claim/finding';
import type { ClaimLine } from '../claim/line';
import type { LineVerdict } from '../claim/verdict';

export const FRAME_PORT = 'cpt-lens/frame-lines';
/** Background → one frame: open this code's card (the summary panel's button). */
export const OPEN_CARD = 'cpt-lens/open-card';

/** The tab's claim as the background checked it (claim/check-claim.ts's result). */
export interface TabState {
  lines: ClaimLine[];
  /** Counted on the toolbar badge and the status. */
  warnings: ClaimFinding[];
  /** Shown on cards and in the summary, never counted. */
  notes: ClaimFinding[];
  verdicts: LineVerdict[];
  /** Non-dataset codes on the tab that an imported file knows: the content script marks them. */
  known: string[];
  /** Codes on the tab nobody knows: not checked. */
  others: string[];
  /** The tab's imports can check diagnoses (coverage articles or ICD-10-CM): frames read and send them. */
  readDiagnoses: boolean;
  /** The diagnosis codes read on the tab's frames, in claim order. */
  diagnoses: string[];
}

export const EMPTY_TAB: TabState = { lines: [], warnings: [], notes: [], verdicts: [], known: [], others: [], readDiagnoses: false, diagnoses: [] };

/**
 * Shallow on purpose: a port from runtime.connect reaches only our own background (which always
 * sends every field), and what we read is only shown as text or compared, never executed.
 */
export function parseTabChecked(raw: unknown): TabState | undefined {
  const m = raw as (TabState & { type?: unknown }) | null;
  return m?.type === 'cpt-lens/tab-checked' && Array.isArray(m.lines) && Array.isArray(m.warnings) ? { ...EMPTY_TAB, ...m } : undefined;
}
