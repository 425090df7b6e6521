/**
 * The rows of the three CMS NCCI edit files, as CPT Lens keeps them. Dates are day numbers
 * (days since 1970-01-01 UTC) so comparisons are integer compares and storage stays small.
 */
export type Setting = 'practitioner' | 'outpatient';
/** The three NCCI edit files, and the physician fee schedule relative value file (PPRRVU). */
export type FileKind = 'ptp' | 'mue' | 'aoc' | 'mpfs';
/** No deletion date ("*" in the PTP file, blank in the AOC file). */
export const NEVER = 2_147_483_647;

export interface PtpRow {
  c1: string;
  c2: string;
  pre1996: boolean;
  eff: number;
  del: number;
  ind: 0 | 1 | 9;
  rationale: string;
}

export type Mai = 1 | 2 | 3;
export interface MueRow {
  code: string;
  value: number;
  mai: Mai;
  rationale: string;
}

export interface AocRow {
  type: 1 | 2 | 3;
  addon: string;
  addonDel: number;
  /** null where the file says CCCCC: primaries are defined by the contractor. */
  primary: string | null;
  primaryDel: number;
  eff: number;
  del: number;
  notes: string;
}

/** What a file's name tells about it (CMS naming); null fields when the name was changed. */
export interface FileIdentity {
  kind: FileKind | null;
  setting: Setting | 'dme' | null;
  /** e.g. "v32.1r0" for PTP, "2026Q2" for AOC, "effective 2026-07-01" for MUE, "2026 A (January)" for the MPFS file. */
  version: string | null;
  /** Calendar quarter the file takes effect, e.g. "2026Q2". */
  quarter: string | null;
  part: number | null;
}

export interface ImportedFile extends FileIdentity {
  name: string;
  rows: number;
}

/**
 * A file problem the user can act on: always names the file, and the line when there is one.
 * `unreadable` marks a file whose layout we do not recognise at all (no known header): inside
 * a zip that also holds a file we can read, such an entry is skipped rather than fatal.
 */
export class EditFileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly reason: string,
    readonly unreadable = false,
  ) {
    super(line == null ? `${file}: ${reason}` : `${file}, line ${line}: ${reason}`);
    this.name = 'EditFileError';
  }
}
