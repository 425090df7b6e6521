import { getEntry } from '../../data/dataset';
import type { CodeRef } from '../../data/schema';

/** A code's label: its own in the data, or our title for codes in the dataset. */
export function labelOf(ref: CodeRef): string {
  return ref.label ?? getEntry(ref.code)?.title ?? '';
}

/** Codes with their labels, e.g. the primaries an add-on needs; those on the page lead, marked. */
export function CodeList({ codes, onPage }: { codes: readonly CodeRef[]; onPage?: ReadonlySet<string> | undefined }) {
  const found = codes.filter((c) => onPage?.has(c.code));
  const rest = codes.filter((c) => !onPage?.has(c.code));
  return (
    <ul class="codes">
      {[...found, ...rest].map((c) => (
        <li key={c.code}>
          <span class={onPage?.has(c.code) ? 'code-chip on-page' : 'code-chip'}>
            {c.code}
            {onPage?.has(c.code) ? <span class="on-page-tag"> ✓ on this page</span> : null}
          </span>
          <span class="code-label"> {labelOf(c)}</span>
        </li>
      ))}
    </ul>
  );
}
