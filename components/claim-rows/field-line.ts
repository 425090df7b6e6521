/**
 * Reads a line form: the code, modifier and units fields of one line. Fields belong to the same
 * line when their names share an index (`line[2].cpt`, `line[2].mod`) or, failing that, when
 * they sit in the smallest container (row, fieldset, group, form) that holds one code field.
 */
import { encounterDate } from './encounter-date';
import { fieldKind } from './field-kind';
import { addCell, valueOf, type RowReading } from './row-reading';

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
const FIELDS = 'input, textarea, select';
/** Containers climbed at most; a line form is never deep. */
const MAX_CLIMB = 6;

const ROLE_WORDS = /cpt|hcpcs|code|proc|modifiers?|mod|units?|qty|days|dos/g;

/** `line[2].mod` and `line[2].cpt` share key `line[#].` and index 2; `mod3`/`cpt3` share `#`. */
function indexedName(name: string): { key: string; index: string } | null {
  const index = /\d+/.exec(name)?.[0];
  if (!index) return null;
  return { key: name.toLowerCase().replace(/\d+/, '#').replace(ROLE_WORDS, ''), index };
}

function lineFields(field: Field): Field[] {
  const root = field.form ?? field.ownerDocument;
  const named = indexedName(field.name);
  if (named) {
    const same = [...root.querySelectorAll<Field>(FIELDS)].filter((f) => {
      const other = indexedName(f.name);
      return other?.index === named.index && other.key === named.key;
    });
    if (same.length > 1) return same;
  }
  let best: Field[] = [];
  let el: Element | null = field.parentElement;
  for (let i = 0; el && i < MAX_CLIMB; i++, el = el.parentElement) {
    const fields = [...el.querySelectorAll<Field>(FIELDS)];
    if (fields.filter((f) => fieldKind(f) === 'code').length > 1) break;
    best = fields;
    if (el === field.form || el.matches('fieldset, tr, [role=row], [role=group]')) break;
  }
  return best;
}

export function fieldLineOf(field: Field): RowReading {
  const reading: RowReading = { column: fieldKind(field), modifiers: [], units: null };
  for (const other of lineFields(field)) {
    if (other !== field) addCell(reading, fieldKind(other), valueOf(other));
  }
  // One DOS for the whole claim form (its header), when the line has none of its own.
  const container = field.form ?? field.closest('fieldset, [role=group]');
  if (container) reading.dateOfService ??= encounterDate(container);
  return reading;
}
