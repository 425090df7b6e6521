import type { CodeRef } from '../../data/schema';

/** Codes with their labels, e.g. the primaries an add-on needs. */
export function CodeList({ codes }: { codes: readonly CodeRef[] }) {
  return (
    <ul class="codes">
      {codes.map((c) => (
        <li key={c.code}>
          <span class="code-chip">{c.code}</span>
          {c.label ? <span class="code-label"> {c.label}</span> : null}
        </li>
      ))}
    </ul>
  );
}
