/**
 * The claim's diagnosis codes as the page shows them, in the order met: a Dx / Diagnosis / ICD
 * column of a table or ARIA grid, a field labelled for diagnoses (its value, so typing counts),
 * and "Dx:"-style labels in text (or a label alone, with its codes in the next element: a
 * `<dt>Diagnoses</dt><dd>…</dd>` list). Columns that only point at diagnoses ("Dx pointer",
 * "Diagnosis description") are not read. Open shadow roots are walked; our own host is not.
 * Bounded by a node budget: a claim's diagnoses sit in its first screens, not in a 20k-row report.
 */
import type { CodeMatch } from '../detection/find-codes';
import { findIcdCodes } from '../icd10/find-icd-codes';
import { columnOf, TABLE } from './table-row';

export interface DiagnosisReadOptions {
  /** Our own host element (or anything else not to read). */
  ignore?(node: Node): boolean;
  /** Elements visited at most. */
  maxNodes?: number;
  /** Filled with each page text node holding a diagnosis read, and its matches, for marking. */
  places?: Map<Text, CodeMatch[]>;
}

const DX_NAME = /\b(?:dx\d*|diag(?:nos[ie]s)?(?:\s*codes?)?|icd(?:[- ]?10(?:[- ]?cm)?)?)\b/i;
const NOT_DX = /\b(?:pointer|ptr|desc(?:ription)?|narrative|date)\b/i;
const TEXT_LABEL = /\b(?:dx\d*|diagnos[ie]s(?:\s*codes?)?|icd[- ]?10(?:[- ]?cm)?(?:\s*codes?)?)\s*\d?\s*:/i;
const HEADER = 'th, [role=columnheader]';
const CELL = 'td, th, [role=gridcell], [role=cell], [role=rowheader], [role=columnheader]';
const TEXT_FIELD = /^(?:text|search|)$/;

const isDxName = (text: string) => text.length <= 60 && DX_NAME.test(text) && !NOT_DX.test(text);

/** The text of an element, its text nodes joined by spaces (so cells do not run together). */
function textOf(el: Element, max = 500): string {
  const parts: string[] = [];
  let length = 0;
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n && length < max; n = walker.nextNode()) {
    parts.push((n as Text).data);
    length += (n as Text).data.length + 1;
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim().slice(0, max);
}

function fieldLabel(field: HTMLInputElement | HTMLTextAreaElement): string {
  const labels = [...(field.labels ?? [])].map((l) => l.textContent ?? '');
  // "secondary_dx", "dxCode2": names split into words, so \bdx\b sees them.
  const names = [field.name, field.id].join(' ').replace(/[_\-.]+/g, ' ').replace(/([a-z])([A-Z\d])/g, '$1 $2');
  return [...labels, field.getAttribute('aria-label') ?? '', names, field.placeholder].join(' ');
}

export function readClaimDiagnoses(root: Document | ShadowRoot | Element, options: DiagnosisReadOptions = {}): string[] {
  const found = new Set<string>();
  /** Elements whose text gave diagnoses: their text nodes are marked. */
  const regions: Element[] = [];
  const add = (text: string, dxContext: boolean, region: Element) => {
    const matches = findIcdCodes(text, { diagnosisContext: dxContext });
    for (const m of matches) found.add(m.code);
    if (matches.length) regions.push(region);
  };
  /** Per table or grid: the columns whose header names diagnoses. */
  const dxColumns = new Map<Element, Set<number>>();
  let budget = options.maxNodes ?? 20_000;

  const visit = (start: Document | ShadowRoot | Element) => {
    // By node type, not instanceof: a frame's Document is another realm's class.
    const doc = start.nodeType === Node.DOCUMENT_NODE ? (start as Document) : start.ownerDocument!;
    const walker = doc.createTreeWalker(start, NodeFilter.SHOW_ELEMENT, {
      acceptNode: (n) => (options.ignore?.(n) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    for (let n = walker.nextNode(); n && budget-- > 0; n = walker.nextNode()) {
      const el = n as Element;
      if (el.shadowRoot) visit(el.shadowRoot);
      if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) {
        if ((el instanceof HTMLTextAreaElement || TEXT_FIELD.test(el.type)) && isDxName(fieldLabel(el))) add(el.value, true, el);
        continue;
      }
      if (el.matches(HEADER)) {
        const table = el.closest(TABLE);
        const rowLabel = el.localName === 'th' && el.nextElementSibling?.localName === 'td';
        if (table && !rowLabel && isDxName(textOf(el, 80))) {
          let cols = dxColumns.get(table);
          if (!cols) dxColumns.set(table, (cols = new Set()));
          cols.add(columnOf(el));
          continue;
        }
      } else if (el.matches(CELL)) {
        const table = el.closest(TABLE);
        if (table && dxColumns.get(table)?.has(columnOf(el))) {
          add(textOf(el), true, el);
          continue;
        }
      }
      // A label alone ("Diagnoses"), its codes in the next element.
      if (el.childElementCount === 0 && el.nextElementSibling && /^(?:dt|label|span|strong|b|div|th)$/i.test(el.localName)) {
        const label = textOf(el, 80).replace(/:$/, '');
        if (label && isDxName(label) && label.length <= 30) {
          add(textOf(el.nextElementSibling), true, el.nextElementSibling);
          continue;
        }
      }
      // "Dx: N13.5, N13.30" in running text: codes after the label only.
      for (const child of el.childNodes) {
        if (!(child instanceof Text)) continue;
        const at = child.data.search(TEXT_LABEL);
        if (at < 0) continue;
        const rest = child.data.slice(at) + ' ' + [...el.childNodes].slice([...el.childNodes].indexOf(child) + 1).map((c) => c.textContent ?? '').join(' ');
        add(rest.slice(0, 240), false, el);
      }
    }
  };
  visit(root);
  if (options.places) markPlaces(regions, found, options.places);
  return [...found];
}

/** Each text node of the regions with the diagnoses read in it, as matches the highlighter takes. */
function markPlaces(regions: readonly Element[], found: ReadonlySet<string>, places: Map<Text, CodeMatch[]>): void {
  for (const region of regions) {
    // A field's value is not page text: its indicator, not a highlight, shows it.
    if (region instanceof HTMLInputElement || region instanceof HTMLTextAreaElement) continue;
    const walker = region.ownerDocument.createTreeWalker(region, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      if (places.has(n)) continue;
      const matches = findIcdCodes(n.data, { diagnosisContext: true })
        .filter((m) => found.has(m.code))
        .map((m): CodeMatch => ({ code: m.code, start: m.start, codeEnd: m.end, end: m.end, modifiers: [], units: null }));
      if (matches.length) places.set(n, matches);
    }
  }
}
