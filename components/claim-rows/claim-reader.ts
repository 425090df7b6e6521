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

/** Text nodes marked for the diagnoses they hold, so the next read can unmark what went. */
let marked = new Map<Text, CodeMatch[]>();

export function createClaimReader(): ClaimReader {
  return {
    readLine,
    claimCodes,
    claimLines: (seen, budgetMs) => claimLines(seen, readLine, budgetMs),
    diagnoses(root, ignore, mark) {
      const places = new Map<Text, CodeMatch[]>();
      const codes = root ? readClaimDiagnoses(root, { ignore, places }) : [];
      for (const node of marked.keys()) if (!places.has(node)) mark(node, []);
      for (const [node, dx] of places) mark(node, dx);
      marked = places;
      return codes;
    },
  };
}
