/**
 * Everything that reads a claim's place and rows, bundled apart from the content script
 * (entrypoints/claim-reader.ts → claim-reader.js) and injected into a frame only once the frame
 * has codes or a possible claim context: the scan never needs it, and leaving it out keeps the
 * content script under its 15 KiB budget.
 */
import type { CodeMatch } from '../detection/find-codes';
import { claimCodes } from './claim-codes';
import { readClaimDiagnoses } from './claim-diagnoses';
import { claimLines } from './claim-lines';
import { readLine } from './read-line';
import type { ClaimReader } from './claim-reader-api';

export function createClaimReader(): ClaimReader {
  return {
    readLine,
    claimCodes,
    claimLines: (seen, budgetMs) => claimLines(seen, readLine, budgetMs),
    diagnoses(root, ignore) {
      const places = new Map<Text, CodeMatch[]>();
      return { codes: readClaimDiagnoses(root, { ignore, places }), places };
    },
  };
}
