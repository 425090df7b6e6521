/**
 * One line of the claim as read from a frame: the code with its row's (or field's) modifiers,
 * units and date of service. The unit every check works on, in the frame and in the background.
 * Types and a key only: the content script imports this file, so it stays tiny.
 */
export interface ClaimLine {
  code: string;
  modifiers: string[];
  units: number | null;
  dateOfService?: string /* YYYY-MM-DD */;
}

export const lineKey = (l: ClaimLine): string => `${l.code}|${l.modifiers.join(',')}|${l.units ?? ''}|${l.dateOfService ?? ''}`;
