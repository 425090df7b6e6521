/** What one line of a claim says beside its code: the shape every row reader returns. */
import { parseModifiers, parseServiceDate, parseUnits } from './cell-values';
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

/** Adds what a neighbouring cell or field of kind `kind` says to the line's reading. */
export function addCell(reading: RowReading, kind: HeaderKind | null, value: string): void {
  if (kind === 'modifier') reading.modifiers.push(...parseModifiers(value).filter((m) => !reading.modifiers.includes(m)));
  else if (kind === 'units') reading.units ??= parseUnits(value);
  else if (kind === 'date') reading.dateOfService ??= parseServiceDate(value);
}
