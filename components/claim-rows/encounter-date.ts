/**
 * The encounter's date of service when the line itself has none: billing screens often write it
 * once in the claim's header ("DOS: 11/03/2026" above the lines, in the table's caption, or a
 * DOS field of the claim form) rather than per line. Looked for only around the claim's table or
 * form — never across the page — and kept per container for a moment, so a check over a big
 * table reads it once.
 */
import { fieldKind } from './field-kind';
import { parseServiceDate } from './cell-values';

const DATE = String.raw`(\d{4}-\d{2}-\d{2}|\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2}))`;
/** "DOS: 11/03/2026", "Date of service 2026-11-03", "Service date - 11/3/26". */
const DOS_LABEL = new RegExp(String.raw`\b(?:DOS|dates?\s+of\s+service|service\s+date)\s*[:#=-]?\s*${DATE}(?!\d)`, 'i');
/** How far up and back from the table the claim header may sit. */
const MAX_UP = 4;
const MAX_BACK = 4;
/** Text longer than this is page content, not a claim header: not read. */
const MAX_TEXT = 2000;
const RECHECK_MS = 500;
const cache = new WeakMap<Element, { at: number; date: string | undefined }>();

function dateInText(el: Element): string | undefined {
  // Another table (a previous claim's lines) is not this claim's header.
  if (el.matches('table, [role=grid], [role=treegrid], [role=table]') || el.querySelector('table, [role=grid]')) return undefined;
  const text = el.textContent ?? '';
  if (text.length > MAX_TEXT) return undefined;
  const m = DOS_LABEL.exec(text);
  return m ? parseServiceDate(m[1]!) : undefined;
}

function dateField(form: HTMLFormElement): string | undefined {
  for (const el of form.elements) {
    if ((el instanceof HTMLInputElement || el instanceof HTMLSelectElement) && fieldKind(el) === 'date') {
      const date = parseServiceDate(el.value);
      if (date) return date;
    }
  }
  return undefined;
}

function look(container: Element): string | undefined {
  if (container instanceof HTMLTableElement && container.caption) {
    const inCaption = dateInText(container.caption);
    if (inCaption) return inCaption;
  }
  const form = container instanceof HTMLFormElement ? container : container.closest('form');
  const inForm = form && dateField(form);
  if (inForm) return inForm;
  for (let el: Element | null = container, up = 0; el && up < MAX_UP; el = el.parentElement, up++) {
    for (let sib = el.previousElementSibling, back = 0; sib && back < MAX_BACK; sib = sib.previousElementSibling, back++) {
      const date = dateInText(sib);
      if (date) return date;
    }
  }
  return undefined;
}

/** The date of service the claim around `container` (its table, grid or form) names, as YYYY-MM-DD. */
export function encounterDate(container: Element): string | undefined {
  const now = performance.now();
  const cached = cache.get(container);
  if (cached && now - cached.at < RECHECK_MS) return cached.date;
  const date = look(container);
  cache.set(container, { at: now, date });
  return date;
}
