/**
 * Codes typed into form fields: counts them for the page checks, shows the indicator button
 * beside the focused field when it holds a dataset code, and opens that field's card from the
 * button or the shortcut. Owns the focused-field state and the indicator's placement.
 */
import type { CodeMatch } from '../detection/find-codes';
import type { CardTarget } from '../overlay/card-controller';
import { fieldTarget } from '../overlay/card-targets';
import { FieldIndicator } from '../overlay/field-indicator';
import { watchFields } from './field-watcher';

export interface FieldCardsDeps {
  find(text: string): CodeMatch[];
  /**
   * The field's codes that get the indicator: dataset codes, and claim codes outside the
   * dataset that an import knows (placed at check time, so they show from the next focus).
   */
  marked(field: HTMLElement, matches: CodeMatch[]): CodeMatch[];
  /** A field's codes changed. */
  codesChanged(field: HTMLElement, matches: CodeMatch[]): void;
  layer(): HTMLElement;
  open(target: CardTarget): void;
}

export interface FieldCards {
  /** The focused field's last dataset code as a card target, or null. */
  focusedTarget(): CardTarget | null;
}

export function startFieldCards(deps: FieldCardsDeps, signal: AbortSignal, doc: Document = document): FieldCards {
  const indicator = new FieldIndicator(deps.layer, (field, match, anchor) => deps.open(fieldTarget(field, match, anchor)));
  let focused: { field: HTMLElement; matches: CodeMatch[] } | null = null;

  watchFields(
    {
      find: deps.find,
      update: (field, matches) => deps.codesChanged(field, matches),
      focus(field, matches) {
        const known = field ? deps.marked(field, matches) : [];
        focused = field && known.length ? { field, matches: known } : null;
        if (focused) indicator.show(focused.field, known);
        else indicator.hide();
      },
    },
    signal,
    doc,
  );

  const reposition = () => indicator.position();
  const view = doc.defaultView ?? window;
  view.addEventListener('scroll', reposition, { capture: true, passive: true, signal });
  view.addEventListener('resize', reposition, { passive: true, signal });
  signal.addEventListener('abort', () => indicator.hide(), { once: true });

  return {
    focusedTarget() {
      if (!focused) return null;
      const { field, matches } = focused;
      return fieldTarget(field, matches.at(-1)!, () => indicator.element?.getBoundingClientRect() ?? field.getBoundingClientRect());
    },
  };
}
