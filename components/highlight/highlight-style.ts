/**
 * The ::highlight() rule. For the document it ships as the content script's manifest CSS
 * (no <style> node in the page); shadow roots don't see document styles, so each open root
 * we scan adopts a constructed sheet, which adds no node either.
 */
import { HIGHLIGHT_NAME } from './highlighter';

export const HIGHLIGHT_CSS = `::highlight(${HIGHLIGHT_NAME}) { background-color: rgba(255, 196, 0, 0.45); text-decoration: underline dotted rgb(150, 90, 0); }`;

let sheet: CSSStyleSheet | null = null;

export function adoptHighlightStyle(root: ShadowRoot): void {
  try {
    sheet ??= new CSSStyleSheet();
    sheet.replaceSync(HIGHLIGHT_CSS);
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    // Firefox's content-script sandbox may refuse a sheet from our compartment; text in that
    // root is still found and shows cards, just without the tint.
  }
}
