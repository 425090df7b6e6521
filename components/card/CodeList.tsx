import { getEntry } from '../../data/dataset';
import type { CodeRef } from '../../data/schema';

/** A code's label: its own in the data, or our title for codes in the dataset. */
export function labelOf(ref: CodeRef): string {
  return ref.label ?? getEntry(ref.code)?.title ?? '';
}

/** Codes with their labels, e.g. the primaries an add-on needs. */
export function CodeList({ codes }: { codes: readonly CodeRef[] }) {
  return (
    <ul class="codes">
      {codes.map((c) => (
        <li key={c.code}>
          <span class="code-chip">{c.code}</span>
          <span class="code-label"> {labelOf(c)}</span>
        </li>
      ))}
    </ul>
  );
}
