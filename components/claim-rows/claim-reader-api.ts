/** The contract between the content script and the lazily injected claim reader (claim-reader.ts). */
import type { CodeMatch } from '../detection/find-codes';
import type { ClaimLine } from '../claim/line';
import type { RowReading } from './row-reading';

export const CLAIM_READER_GLOBAL = '__cptLensClaimReader';

export interface FrameLines {
  lines: ClaimLine[];
  /** Owners whose column says they hold no codes. */
  excluded: Node[];
  /** The time budget ran out with rows still unread: call again (the rows read so far are kept). */
  more: boolean;
  /** The claim's diagnosis codes (dotted, in page order), read only when the tab's imports can use them. */
  diagnoses?: string[];
}

export interface ClaimReader {
  /** What the line holding a code (text node or field) says beside it: its row or line form. */
  readLine(owner: Node): RowReading | null;
  /** Code shapes outside `isDataset` that `owner` holds by its place, flagged `claim`. */
  claimCodes(owner: Node, isDataset: (code: string) => boolean): CodeMatch[];
  /** The frame's claim lines from the codes seen, reading rows for at most `budgetMs`. */
  claimLines(seen: Iterable<readonly [Node, readonly CodeMatch[]]>, budgetMs: number): FrameLines;
  /**
   * The frame's diagnosis codes (claim-diagnoses.ts), skipping what `ignore` owns (our host);
   * `mark` is told each text node they were read in with their matches (and, with [], each node
   * that no longer holds one). A null root only takes the marks away (the imports went).
   */
  diagnoses(root: Document | null, ignore: (node: Node) => boolean, mark: (node: Text, dx: CodeMatch[]) => void): string[];
}

export function installedClaimReader(): ClaimReader | undefined {
  return (globalThis as Record<string, unknown>)[CLAIM_READER_GLOBAL] as ClaimReader | undefined;
}
