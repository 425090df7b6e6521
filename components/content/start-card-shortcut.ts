/**
 * Alt+Shift+K: opens the card for the code in the focused field, else for the code at the
 * caret or selection.
 */
import type { CardTarget } from '../overlay/card-controller';
import { isCardShortcut } from './shortcut';

export interface CardShortcutDeps {
  focusedFieldTarget(): CardTarget | null;
  /** The code at a caret position, if it is one of ours that is highlighted. */
  targetAt(node: Node, offset: number): CardTarget | undefined;
  open(target: CardTarget): void;
}

export function startCardShortcut(deps: CardShortcutDeps, signal: AbortSignal, doc: Document = document): void {
  doc.addEventListener(
    'keydown',
    (e) => {
      if (!isCardShortcut(e)) return;
      const field = deps.focusedFieldTarget();
      if (field) return deps.open(field);
      const sel = doc.getSelection();
      const target = sel?.focusNode ? deps.targetAt(sel.focusNode, sel.focusOffset) : undefined;
      if (target) deps.open(target);
    },
    { capture: true, signal },
  );
}
