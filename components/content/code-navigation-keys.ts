/**
 * Alt+Shift+N / Alt+Shift+P move to the next / previous code on the page. Chosen beside the
 * card's Alt+Shift+K and the popup's Alt+Shift+C; neither Chromium nor Firefox binds them.
 * `code` is read, not `key`, so keyboard layouts and macOS's Option characters do not matter.
 */
export type NavigationStep = 1 | -1;

export function navigationStep(e: KeyboardEvent): NavigationStep | null {
  if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey) return null;
  return e.code === 'KeyN' ? 1 : e.code === 'KeyP' ? -1 : null;
}
