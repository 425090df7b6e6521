/** Alt+Shift+K opens the card for the code at the caret, selection or focused field. */
export function isCardShortcut(e: KeyboardEvent): boolean {
  return e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyK';
}
