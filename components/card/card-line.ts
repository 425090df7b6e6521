/**
 * The card's line as the background checked it (verdict, warnings, notes from every source).
 * Until the background has answered for this line — the card opened a moment after the code
 * appeared — the same claim check runs here with the dataset alone, so the card never shows an
 * answer of its own making; the background's answer replaces it when it comes.
 */
import { RULES } from '../../data/rules';
import { checkClaim } from '../claim/check-claim';
import type { ClaimLine } from '../claim/line';
import { lineView, type LineView } from '../claim/line-view';
import { toIso, today } from '../cms/edit-dates';
import type { CardView } from '../overlay/card-ui-api';

export function cardLine(view: CardView): LineView {
  const line: ClaimLine = { code: view.code, modifiers: [...view.modifiers], units: view.units };
  if (view.dateOfService) line.dateOfService = view.dateOfService;
  return (
    lineView(view.tab, line) ??
    lineView(checkClaim([...view.tab.lines, line], { rules: RULES, edits: null, known: new Set([view.code]) }, toIso(today())), line) ?? {
      verdict: { key: '', parts: [], dos: '', dosFrom: 'today' },
      warnings: [],
      notes: [],
    }
  );
}
