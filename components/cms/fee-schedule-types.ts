/**
 * One code's row of the CMS Medicare Physician Fee Schedule relative value file (PPRRVU), as
 * CPT Lens keeps it: the payment-policy indicators only. The file's descriptor column is AMA
 * text and is never stored. Indicator values are kept as the file writes them ('0'–'9', blank
 * → ''), so a value CMS adds later is shown rather than mis-read.
 */
export interface FeeScheduleRow {
  code: string;
  /** The row's modifier: '' for the global row, '26', 'TC' or '53'. */
  modifier: string;
  /** Status code (A, B, C, I, R, T, X, …). */
  status: string;
  /** PC/TC indicator. */
  pctc: string;
  /** Global days: 000, 010, 090, MMM, XXX, YYY, ZZZ. */
  global: string;
  multipleProcedure: string;
  bilateral: string;
  assistant: string;
  coSurgeon: string;
  team: string;
  workRvu: number | null;
}

/** Which MPFS file a row came from: shown with every fact. */
export interface FeeScheduleFileInfo {
  /** The file name as the user chose it. */
  file: string;
  /** Calendar year the file is for, e.g. 2026. */
  year: number;
  /** Release within the year (CMS issues A–D, quarterly), e.g. "2026 D"; null when unknown. */
  release: string | null;
}
