import type { ChecklistItem } from '../../data/schema';
import type { ChecklistState } from './checklist-state';

interface Props {
  code: string;
  items: readonly ChecklistItem[];
  state: ChecklistState;
}

export function Checklist({ code, items, state }: Props) {
  const { checked, loading, onToggle } = state;
  const done = items.filter((i) => checked.has(i.id)).length;
  const headingId = `check-h-${code}`;
  return (
    <section class="block" aria-labelledby={headingId} aria-busy={loading ? 'true' : 'false'}>
      <h3 id={headingId}>
        Documentation checklist <span class="count">{done} of {items.length}</span>
      </h3>
      <ul class="checklist">
        {items.map((item) => (
          <li key={item.id}>
            <label>
              <input
                type="checkbox"
                checked={checked.has(item.id)}
                onChange={(e) => onToggle(item.id, (e.currentTarget as HTMLInputElement).checked)}
              />{' '}
              {item.text}
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}
