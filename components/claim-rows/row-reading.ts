/** What one line of a claim says beside its code: the shape every row reader returns. */
import type { HeaderKind } from './header-kind';

export interface RowReading {
  /** What the code's own column or field holds; 'excluded' means its numbers are not codes. */
  column: HeaderKind | null;
  modifiers: string[];
  units: number | null;
  dateOfService?: string;
}

/** The value a cell or field shows: a control's value, else its text. */
export function valueOf(el: Element): string {
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return el.value;
  const control = el.querySelector('input, select, textarea');
  if (control) return valueOf(control);
  return el.textContent ?? '';
}
