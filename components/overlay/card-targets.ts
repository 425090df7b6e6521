/**
 * Adapters from the two places a code is found — highlighted page text and a form field — to
 * the one shape the card controller opens. The anchor is read when the card is placed, so it
 * follows the code as the page scrolls.
 */
import type { CodeMatch } from '../detection/find-codes';
import type { Hit } from '../highlight/highlighter';
import { boxOf } from '../hover/point-to-text';
import { installedClaimReader } from '../claim-rows/claim-reader-api';
import { lineOf } from '../claim-rows/line-of';
import type { ClaimLine } from '../claim/line';
import type { CardTarget } from './card-controller';

// The card shows the line as the claim has it: the code's own tail plus its row's or form's
// cells, read when the card renders (the controller waits for the lazily loaded claim reader
// first), never during the scan. Without the reader the line is the code's own tail.
function withLine(owner: Node, match: CodeMatch, base: Pick<CardTarget, 'key' | 'anchor'>): CardTarget {
  let line: ClaimLine | undefined;
  const read = (): ClaimLine => {
    const reader = installedClaimReader();
    if (line) return line;
    const found = lineOf(match, reader?.readLine(owner) ?? null);
    // Kept only once the row could be read: a card opened before the reader loaded reads it again.
    if (reader) line = found;
    return found;
  };
  return {
    ...base,
    code: match.code,
    get modifiers() {
      return read().modifiers;
    },
    get units() {
      return read().units;
    },
  };
}

export function hitTarget(hit: Hit): CardTarget {
  return withLine(hit.node, hit.match, { key: hit, anchor: () => boxOf(hit.node, hit.match.start, hit.match.codeEnd) });
}

export function fieldTarget(field: HTMLElement, match: CodeMatch, anchor: () => DOMRect | null): CardTarget {
  return withLine(field, match, { key: field, anchor: () => (field.isConnected ? anchor() : null) });
}
