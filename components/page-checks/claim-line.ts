/**
 * One line of the claim as read from a frame: the code with its row's (or field's) modifiers
 * and units. The unit every check works on, in the frame and in the background.
 */
export interface ClaimLine {
  code: string;
  modifiers: string[];
  units: number | null;
  dateOfService?: string /* YYYY-MM-DD */;
}

/** The side a line is on from its modifiers: LT, RT, both (50 or LT and RT), or unknown. */
export type Side = 'left' | 'right' | 'both' | 'unknown';

export function sideOf(line: Pick<ClaimLine, 'modifiers'>): Side {
  const m = new Set(line.modifiers);
  if (m.has('50') || (m.has('LT') && m.has('RT'))) return 'both';
  if (m.has('LT')) return 'left';
  if (m.has('RT')) return 'right';
  return 'unknown';
}

/** Two lines may be on the same side unless their sides are known and opposite. */
export function mayShareSide(a: Side, b: Side): boolean {
  return !((a === 'left' && b === 'right') || (a === 'right' && b === 'left'));
}

export const lineKey = (l: ClaimLine): string => `${l.code}|${l.modifiers.join(',')}|${l.units ?? ''}|${l.dateOfService ?? ''}`;
