/**
 * The one highlight stylesheet: what shadow roots adopt is the file the content script ships
 * as its document CSS, and that file styles the name the highlighter registers (a rename on
 * one side only would leave codes untinted). happy-dom drops ::highlight rules when parsing,
 * so the sheet's source text is read where it is handed over.
 */
import { describe, expect, it, vi } from 'vitest';
import { adoptHighlightStyle } from '../../../components/highlight/highlight-style';
import { HIGHLIGHT_NAME } from '../../../components/highlight/highlighter';
import fileCss from '../../../components/highlight/highlight.css?raw';
import contentEntry from '../../../entrypoints/content.ts?raw';

describe('highlight style', () => {
  it('gives each scanned shadow root one sheet, built from highlight.css', () => {
    const replaceSync = vi.spyOn(CSSStyleSheet.prototype, 'replaceSync');
    const root = document.createElement('div').attachShadow({ mode: 'open' });
    const other = document.createElement('div').attachShadow({ mode: 'open' });
    adoptHighlightStyle(root);
    adoptHighlightStyle(root);
    adoptHighlightStyle(other);
    expect(root.adoptedStyleSheets).toHaveLength(1);
    expect(other.adoptedStyleSheets).toEqual(root.adoptedStyleSheets);
    const given = replaceSync.mock.calls.map(([css]) => css.replace(/\s+/g, ' ').trim());
    expect(given).toEqual([fileCss.replace(/\s+/g, ' ').trim()]);
    replaceSync.mockRestore();
  });

  it('styles the highlight name the highlighter registers, in the file the manifest ships', () => {
    expect(contentEntry).toMatch(/import '\.\.\/components\/highlight\/highlight\.css';/);
    const names = [...fileCss.matchAll(/::highlight\(([\w-]+)\)/g)].map((m) => m[1]);
    expect(names).toEqual([HIGHLIGHT_NAME]);
    expect(fileCss).toMatch(/background-color:/);
  });
});
