import { useEffect, useRef, useState } from 'preact/hooks';
import type { CodeEntry } from '../../data/schema';
import { EntryBody } from '../card/EntryBody';
import { StatusBadge } from '../card/StatusBadge';

interface Props {
  entry: CodeEntry;
  officialDescriptor?: string | undefined;
  onBack(): void;
}

export function DetailView({ entry, officialDescriptor, onBack }: Props) {
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [entry.code]);
  return (
    <article class="detail" aria-labelledby="detail-title">
      <button type="button" class="link back" onClick={onBack}>
        ← Back to results
      </button>
      <h1 id="detail-title" tabIndex={-1} ref={heading}>
        <span class="code">{entry.code}</span> <StatusBadge kind={entry.status.kind} /> {entry.title}
      </h1>
      <EntryBody
        entry={entry}
        full
        writtenModifiers={[]}
        checked={checked}
        officialDescriptor={officialDescriptor}
        onToggleCheck={(id, on) => {
          const next = new Set(checked);
          if (on) next.add(id);
          else next.delete(id);
          setChecked(next);
        }}
      />
    </article>
  );
}
