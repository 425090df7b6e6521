/**
 * Adapters from the two places a code is found — highlighted page text and a form field — to
 * the one shape the card controller opens. The anchor is read when the card is placed, so it
 * follows the code as the page scrolls.
 */
import type { CodeMatch } from '../detection/find-codes';
import type { Hit } from '../highlight/highlighter';
import { boxOf } from '../hover/point-to-text';
import { lineOf } from '../claim-rows/claim-lines';
import { readLine } from '../claim-rows/read-line';
import type { CardTarget } from './card-controller';

// The card shows the line as the claim has it: the code's own tail plus its row's or form's
// cells, read now (lazily, when the card opens) rather than during the scan.

export function hitTarget(hit: Hit): CardTarget {
  return {
    key: hit,
    ...lineOf(hit.match, readLine(hit.node)),
    anchor: () => boxOf(hit.node, hit.match.start, hit.match.codeEnd),
  };
}

export function fieldTarget(field: HTMLElement, match: CodeMatch, anchor: () => DOMRect | null): CardTarget {
  return {
    key: field,
    ...lineOf(match, readLine(field)),
    anchor: () => (field.isConnected ? anchor() : null),
  };
}
