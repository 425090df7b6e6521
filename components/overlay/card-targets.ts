/**
 * Adapters from the two places a code is found — highlighted page text and a form field — to
 * the one shape the card controller opens. The anchor is read when the card is placed, so it
 * follows the code as the page scrolls.
 */
import type { CodeMatch } from '../detection/find-codes';
import type { Hit } from '../highlight/highlighter';
import { boxOf } from '../hover/point-to-text';
import type { CardTarget } from './card-controller';

export function hitTarget(hit: Hit): CardTarget {
  return {
    key: hit,
    code: hit.match.code,
    modifiers: hit.match.modifiers,
    units: hit.match.units,
    anchor: () => boxOf(hit.node, hit.match.start, hit.match.codeEnd),
  };
}

export function fieldTarget(field: HTMLElement, match: CodeMatch, anchor: () => DOMRect | null): CardTarget {
  return {
    key: field,
    code: match.code,
    modifiers: match.modifiers,
    units: match.units,
    anchor: () => (field.isConnected ? anchor() : null),
  };
}
