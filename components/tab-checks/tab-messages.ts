/**
 * The tab-checks conversation over one port per frame: a frame sends its claim lines, the
 * background answers every frame of the tab with the tab's lines and warnings. Both sides
 * validate what they receive (other extensions and stale scripts can talk to us too).
 */
import * as v from 'valibot';
export { FRAME_PORT } from './tab-state-message';
import type { ClaimLine } from '../claim/line';
import type { TabState } from './tab-state-message';

const Line = v.object({
  // Any CPT/HCPCS shape: claim-context codes outside the dataset are lines too (Category II/III, HCPCS).
  code: v.pipe(v.string(), v.regex(/^(?:\d{4}[0-9FT]|[A-V]\d{4})$/)),
  modifiers: v.pipe(v.array(v.pipe(v.string(), v.regex(/^[0-9A-Z]{2}$/))), v.maxLength(8)),
  units: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(999))),
  dateOfService: v.optional(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/))),
});

// Dotted ICD-10-CM shapes only (claim-diagnoses.ts sends them so); a claim has at most a few dozen.
const Diagnosis = v.pipe(v.string(), v.regex(/^[A-Z]\d[0-9A-Z](?:\.[0-9A-Z]{1,4})?$/));
const FrameLines = v.object({
  type: v.literal('cpt-lens/frame-lines'),
  lines: v.pipe(v.array(Line), v.maxLength(5000)),
  diagnoses: v.optional(v.pipe(v.array(Diagnosis), v.maxLength(200)), []),
});

export interface FrameClaim {
  lines: ClaimLine[];
  diagnoses: string[];
}

export type { TabState } from './tab-state-message';

export function parseFrameLines(raw: unknown): FrameClaim | undefined {
  const r = v.safeParse(FrameLines, raw);
  return r.success ? { lines: r.output.lines as ClaimLine[], diagnoses: r.output.diagnoses } : undefined;
}

export const frameLinesMessage = (lines: readonly ClaimLine[], diagnoses: readonly string[] = []) => ({ type: 'cpt-lens/frame-lines' as const, lines, diagnoses });
/** Background → frames; frames validate it with parseTabChecked (tab-state-message.ts). */
export const tabCheckedMessage = (state: TabState) => ({ type: 'cpt-lens/tab-checked' as const, ...state });
