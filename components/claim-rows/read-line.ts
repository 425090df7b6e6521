/**
 * The one entry point: what the line holding a code says beside it. A text node is read through
 * its table or grid row; a field through its table row or its line form. Lazy by design: callers
 * ask at card or check time, so the scan never pays for it.
 */
import { fieldLineOf } from './field-line';
import type { RowReading } from './row-reading';
import { tableRowOf } from './table-row';

export type { RowReading } from './row-reading';

export function readLine(owner: Node): RowReading | null {
  const el = owner instanceof Element ? owner : owner.parentElement;
  if (!el?.isConnected) return null;
  const row = tableRowOf(el);
  if (row) return row;
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return fieldLineOf(el);
  return null;
}
