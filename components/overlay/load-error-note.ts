/**
 * What shows where the card would be when the card UI cannot load (most often: the extension
 * was updated or reloaded and this page still runs the old script). Plain DOM, our own words.
 */
export const LOAD_ERROR_CLASS = 'load-error';

export function loadErrorNote(code: string): HTMLElement {
  const note = document.createElement('div');
  note.className = LOAD_ERROR_CLASS;
  note.setAttribute('role', 'alert');
  note.textContent = `CPT Lens could not open the card for ${code}. Reload the page; if it keeps happening, reload the extension.`;
  return note;
}
