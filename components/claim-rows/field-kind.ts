/** What a form field holds, from its label, aria-label, name, id or placeholder (in that order). */
import { headerKind, type HeaderKind } from './header-kind';

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** "line[2].modCode" → "line 2 mod Code": names read like labels. */
function words(name: string): string {
  return name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_\-.[\]]+/g, ' ');
}

export function fieldKind(field: Element): HeaderKind | null {
  const f = field as Field;
  const labels = 'labels' in f && f.labels ? [...f.labels].map((l) => l.textContent ?? '').join(' ') : '';
  for (const text of [labels, f.getAttribute('aria-label') ?? '', words(f.getAttribute('name') ?? ''), words(f.id), f.getAttribute('placeholder') ?? '']) {
    const kind = text && headerKind(text);
    if (kind) return kind;
  }
  return null;
}
