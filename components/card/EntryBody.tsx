/**
 * The content blocks of an entry, shared by the hover card and the popup's detail view so
 * both say the same thing.
 */
import type { CodeEntry } from '../../data/schema';
import { Checklist } from './Checklist';
import { CodeList, labelOf } from './CodeList';
import { ModifierTips } from './ModifierTips';
import { sourcesOf } from './sources';

export interface EntryBodyProps {
  entry: CodeEntry;
  writtenModifiers: readonly string[];
  checked: ReadonlySet<string>;
  checklistLoading?: boolean | undefined;
  onToggleCheck(id: string, checked: boolean): void;
  /** The user's own licensed descriptor, when they imported one. */
  officialDescriptor?: string | undefined;
  /** The detail view adds related codes, diagnoses, numbers and source notes. */
  full?: boolean;
}

function StatusBlock({ entry }: { entry: CodeEntry }) {
  const { status } = entry;
  return (
    <section class="block status">
      <p class="status-summary">{status.summary}</p>
      {status.primaries?.length ? (
        <>
          <h3>Report with one of these primary codes</h3>
          <CodeList codes={status.primaries} />
        </>
      ) : null}
      {status.requirements?.length ? (
        <>
          <h3>What the claim needs</h3>
          <ul class="requirements">
            {status.requirements.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function NotWith({ entry }: { entry: CodeEntry }) {
  if (!entry.notWith.length) return null;
  return (
    <section class="block" aria-labelledby={`nw-h-${entry.code}`}>
      <h3 id={`nw-h-${entry.code}`}>Don't report with</h3>
      {entry.notWith.map((group) => (
        <div class="bundle" key={group.reason}>
          <p class="codes-inline">{group.codes.map((c) => c.code).join(', ')}</p>
          <p class="reason">{group.reason}</p>
        </div>
      ))}
    </section>
  );
}

function FullExtras({ entry }: { entry: CodeEntry }) {
  const n = entry.numbers;
  const show = (x: string | number | null) => (x === null ? 'unknown' : String(x));
  return (
    <>
      {entry.related.length ? (
        <section class="block">
          <h3>Often confused with</h3>
          <ul class="related">
            {entry.related.map((r) => (
              <li key={r.code.code}>
                <span class="code-chip">{r.code.code}</span> {labelOf(r.code) ? `${labelOf(r.code)}: ` : ''}
                {r.howToTell}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {entry.diagnoses?.items.length ? (
        <section class="block">
          <h3>Related ICD-10-CM diagnoses</h3>
          <CodeList codes={entry.diagnoses.items} />
        </section>
      ) : null}
      <section class="block">
        <h3>Numbers</h3>
        <dl class="numbers">
          <dt>Global period</dt>
          <dd>{show(n.globalPeriod)}</dd>
          <dt>MUE (units per day)</dt>
          <dd>{show(n.mue)}</dd>
          <dt>Work RVU</dt>
          <dd>{show(n.workRvu)}</dd>
        </dl>
        <p class="source">
          {n.source.ref}, as of {n.source.asOf}
          {n.source.note ? ` (${n.source.note})` : ''}
        </p>
      </section>
      {entry.discrepancies?.length ? (
        <section class="block">
          <h3>Where sources disagree</h3>
          <ul class="discrepancies">
            {entry.discrepancies.map((d) => (
              <li key={d.topic}>
                <strong>{d.topic}:</strong> {d.detail} <em>{d.decision}</em>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

export function EntryBody(props: EntryBodyProps) {
  const { entry } = props;
  const sources = sourcesOf(entry);
  // A modifier written on the page is the coder's question; answer it before the prose.
  const leadWithModifiers = props.writtenModifiers.length > 0;
  const tips = <ModifierTips tips={entry.modifiers} written={props.writtenModifiers} />;
  return (
    <div class="entry-body">
      {leadWithModifiers ? tips : null}
      <p class="description">{entry.description}</p>
      {props.officialDescriptor ? (
        <section class="block official">
          <h3>Official descriptor (your licensed file)</h3>
          <p>{props.officialDescriptor}</p>
        </section>
      ) : null}
      <StatusBlock entry={entry} />
      <NotWith entry={entry} />
      {leadWithModifiers ? null : tips}
      <Checklist code={entry.code} items={entry.checklist.items} checked={props.checked} loading={props.checklistLoading} onToggle={props.onToggleCheck} />
      {props.full ? <FullExtras entry={entry} /> : null}
      <p class="source">
        Sources: {sources.refs.join('; ')}. As of {sources.asOf}.
      </p>
      <p class="disclaimer">Reference aid, not a coding decision. Check the payer's policy and the chart.</p>
    </div>
  );
}
