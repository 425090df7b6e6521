import type { CodeEntry } from '../../data/schema';
import { StatusBadge } from '../card/StatusBadge';

export const optionId = (code: string) => `result-${code}`;

interface Props {
  results: readonly CodeEntry[];
  active: number;
  onOpen(code: string): void;
}

export function ResultList({ results, active, onOpen }: Props) {
  if (results.length === 0) {
    return (
      <p class="empty" role="status">
        No matching codes
      </p>
    );
  }
  return (
    <ul class="results" id="results" role="listbox" aria-label="Matching codes">
      {results.map((entry, i) => (
        <li
          key={entry.code}
          id={optionId(entry.code)}
          role="option"
          aria-selected={i === active}
          class={i === active ? 'result active' : 'result'}
          onClick={() => onOpen(entry.code)}
        >
          <span class="code">{entry.code}</span> <StatusBadge kind={entry.status.kind} />
          <span class="result-title">{entry.title}</span>
        </li>
      ))}
    </ul>
  );
}
