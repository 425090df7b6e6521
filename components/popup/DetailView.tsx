import { useEffect, useRef, useState } from 'preact/hooks';
import type { CodeEntry } from '../../data/schema';
import { toggled } from '../card/checklist-state';
import { EntryBody } from '../card/EntryBody';
import { StatusBadge } from '../card/StatusBadge';
import { descriptorFor } from '../settings/descriptor-store';

interface Props {
  entry: CodeEntry;
  onBack(): void;
}

export function DetailView({ entry, onBack }: Props) {
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const [officialDescriptor, setDescriptor] = useState<string | undefined>();
  useEffect(() => {
    void descriptorFor(entry.code).then(setDescriptor);
  }, [entry.code]);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [entry.code]);
  return (
    <article class="detail" aria-labelledby="detail-title">
      <button type="button" class="link back" onClick={onBack}>
        ← Back to results
      </button>
      <h2 id="detail-title" tabIndex={-1} ref={heading}>
        <span class="code">{entry.code}</span> <StatusBadge kind={entry.status.kind} /> {entry.title}
      </h2>
      <EntryBody
        entry={entry}
        full
        writtenModifiers={[]}
        checklist={{ checked, onToggle: (id, on) => setChecked(toggled(checked, id, on)) }}
        officialDescriptor={officialDescriptor}
      />
    </article>
  );
}
