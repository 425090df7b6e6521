/**
 * What the claim checks say: a warning (something will likely be denied or is wrong; counted on
 * the toolbar badge and the status) or a note (worth knowing, not counted: an edit bypassed by a
 * modifier, a file older than the date of service). One shape for both, so cards, the summary
 * and the badge read the same words. Types only, for the content script too.
 */
export type WarningKind =
  | 'addon-without-primary'
  | 'bundled-pair'
  | 'units-over-mue'
  | 'modifier-not-applicable'
  | 'ptp-never-together'
  | 'ptp-needs-modifier'
  | 'mue-exceeded'
  | 'aoc-no-primary'
  | 'aoc-contractor-primary'
  | 'necessity-not-supported'
  | 'diagnosis-problem';
export type NoteKind = 'ptp-bypassed' | 'modifier-note' | 'stale-file' | 'necessity-note';

export interface ClaimFinding {
  kind: WarningKind | NoteKind;
  /** The codes it is about; the card of each shows it. Empty: the whole claim (its diagnoses). */
  codes: string[];
  message: string;
  /** The modifier a modifier finding is about, so the verdict can mark that modifier. */
  modifier?: string;
  /** The date of service of the lines it was found on (YYYY-MM-DD). */
  dateOfService?: string;
  /** The diagnosis codes a medical-necessity finding is about, so their cards show it too. */
  diagnoses?: string[];
}

/** The old name, still used by components outside the claim (cards, the CMS card). */
export type PageWarning = ClaimFinding;

export const findingsFor = (code: string, list: readonly ClaimFinding[]): ClaimFinding[] => list.filter((f) => f.codes.includes(code));

const NOTE_KINDS: ReadonlySet<string> = new Set<NoteKind>(['ptp-bypassed', 'modifier-note', 'stale-file', 'necessity-note']);
export const isNote = (f: ClaimFinding): boolean => NOTE_KINDS.has(f.kind);
