/**
 * Codes typed into <input>/<textarea>. Field text is not in the DOM tree, so it cannot be
 * highlighted; instead we read values on input (passively: no key is consumed, focus stays)
 * and report the codes of the focused field so an indicator can sit beside it.
 */
import type { CodeMatch } from '../detection/find-codes';

type Field = HTMLInputElement | HTMLTextAreaElement;
/** Free-text inputs only: phone, number and date fields hold look-alikes, not codes. */
const TEXT_TYPES = new Set(['', 'text', 'search']);

export function isTextField(el: EventTarget | null): el is Field {
  if (el instanceof HTMLTextAreaElement) return true;
  return el instanceof HTMLInputElement && TEXT_TYPES.has((el.getAttribute('type') ?? '').toLowerCase());
}

export interface FieldWatcherDeps {
  find(text: string): CodeMatch[];
  /** Codes in a field changed (page checks count form fields too). */
  update(field: Field, matches: CodeMatch[]): void;
  /** The focused field's codes, or null when focus left fields. */
  focus(field: Field | null, matches: CodeMatch[]): void;
}

export function watchFields(deps: FieldWatcherDeps, signal: AbortSignal, doc: Document = document): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const read = (field: Field) => {
    const matches = deps.find(field.value);
    deps.update(field, matches);
    return matches;
  };
  const opts = { capture: true, passive: true, signal };
  doc.addEventListener('focusin', (e) => {
    const field = e.composedPath()[0] ?? e.target;
    if (isTextField(field)) deps.focus(field, read(field));
  }, opts);
  doc.addEventListener('input', (e) => {
    const field = e.composedPath()[0] ?? e.target;
    if (!isTextField(field)) return;
    // Read after the keystroke has landed, and at most once per quiet moment of typing.
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (field.isConnected) deps.focus(field, read(field));
    }, 120);
  }, opts);
  doc.addEventListener('focusout', (e) => {
    if (isTextField(e.composedPath()[0] ?? e.target)) deps.focus(null, []);
  }, opts);
  // Fields pre-filled by the page count for page checks from the start.
  for (const field of doc.querySelectorAll<Field>('input, textarea')) {
    if (isTextField(field) && field.value) read(field);
  }
}
