/**
 * The ::highlight() rule, from its one file. For the document it ships as the content script's
 * manifest CSS (no <style> node in the page); shadow roots don't see document styles, so each
 * open root we scan adopts a constructed sheet of the same file, which adds no node either.
 */
import highlightCss from './highlight.css?inline';

let sheet: CSSStyleSheet | null = null;

export function adoptHighlightStyle(root: ShadowRoot): void {
  try {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(highlightCss);
    }
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    // Firefox's content-script sandbox may refuse a sheet from our compartment; text in that
    // root is still found and shows cards, just without the tint.
  }
}
