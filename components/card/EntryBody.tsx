/**
 * The content blocks of an entry, shared by the hover card and the popup's detail view so
 * both say the same thing.
 */
import { modifierProblems } from '../../data/modifier-validity';
import type { CodeEntry } from '../../data/schema';
import { Checklist } from './Checklist';
import { OfficialDescriptor } from './OfficialDescriptor';
import type { ChecklistState } from './checklist-state';
import { CardSection, type SectionControl } from './CardSection';
import { CodeList, labelOf } from './CodeList';
import { FeeScheduleBlock } from './FeeScheduleBlock';
import { ModifierTips } from './ModifierTips';
import { SourceLine } from './SourceLine';
import { sourcesOf } from './sources';
import { VintageNote } from './VintageNote';
import { codeSetsOf } from '../../data/vintage';

export interface EntryBodyProps {
  entry: CodeEntry;
  writtenModifiers: readonly string[];
  checklist: ChecklistState;
  /** The user's own licensed descriptor, when they imported one. */
  officialDescriptor?: string | undefined;
  /** The detail view adds related codes, diagnoses and where sources disagree. */
  full?: boolean;
  /** Today, for the review-by check (tests pass a fixed clock). */
  now?: Date | undefined;
  /** The card: sections the coder can collapse (remembered). The detail view shows all. */
  sections?: SectionControl | undefined;
  /** Codes on the tab's claim lines: primaries found there are marked among the chips. */
  onPage?: ReadonlySet<string> | undefined;
}

function StatusBlock({ entry, onPage }: { entry: CodeEntry; onPage?: ReadonlySet<string> | undefined }) {
  const { status } = entry;
  return (
    <section class="block status">
      <p class="status-summary">{status.summary}</p>
      {status.primaries?.length ? (
        <>
          <h3>Report with one of these primary codes</h3>
          <CodeList codes={status.primaries} onPage={onPage} />
        </>
      ) : null}
      {status.requirements?.length || status.claimInstructions?.length ? (
        <>
          <h3>What the claim needs</h3>
          <ul class="requirements">
            {status.requirements?.map((r) => (
              <li key={r}>{r}</li>
            ))}
            {status.claimInstructions?.map((c) => (
              <li key={c.text} class="claim-instruction">
                {c.text} <span class="setting-tag">({c.setting === 'facility' ? "facility's claim" : c.setting === 'professional' ? "physician's claim" : 'all claims'})</span>
                <SourceLine source={c.source} />
              </li>
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
        <div class="bundle" key={group.codes[0]!.code}>
          <p class="codes-inline">
            {group.codes.map((c) => c.code).join(', ')}
            {group.when === 'same-side' ? <span class="side-tag"> (same side only)</span> : null}
          </p>
          <p class="basis">{group.basis}</p>
          <p class="reason">{group.reason}</p>
          <SourceLine source={group.source} />
        </div>
      ))}
    </section>
  );
}

function FullExtras({ entry }: { entry: CodeEntry }) {
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
          <ul class="codes diagnoses">
            {entry.diagnoses.items.map((d) => (
              <li key={d.code}>
                <span class="code-chip">{d.code}</span> {d.label}
                <span class={d.billable ? 'dx-tag' : 'dx-tag not-billable'}>
                  {' '}
                  · {d.billable ? 'billable' : 'header, not billable'} · {ROLE_LABEL[d.role]}
                </span>
              </li>
            ))}
          </ul>
          <SourceLine source={entry.diagnoses.source} />
        </section>
      ) : null}
      {entry.discrepancies?.length ? (
        <section class="block">
          <h3>Where sources disagree</h3>
          <ul class="discrepancies">
            {entry.discrepancies.map((d) => (
              <li key={d.disputed}>
                <strong>{d.disputed}.</strong> {d.whoSaysWhat} <em>We recommend: {d.weRecommend}</em>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

const ROLE_LABEL = { indication: 'reason for the service', complication: 'complication to document', caution: 'caution, not a reason' } as const;

export function EntryBody(props: EntryBodyProps) {
  const { entry } = props;
  const sources = sourcesOf(entry);
  // A modifier written on the page is the coder's question; answer it before the prose.
  const leadWithModifiers = props.writtenModifiers.length > 0;
  const tips = <ModifierTips code={entry.code} tips={entry.modifiers} written={props.writtenModifiers} problems={modifierProblems(entry)} />;
  const control = props.sections;
  const tipsPart = (
    <CardSection id="modifiers" title="Modifiers" control={control}>
      {tips}
    </CardSection>
  );
  return (
    <div class="entry-body">
      {leadWithModifiers ? tipsPart : null}
      <CardSection id="about" title="About this code" control={control}>
        <p class="description">{entry.description}</p>
        <OfficialDescriptor text={props.officialDescriptor} />
      </CardSection>
      <CardSection id="status" title={entry.status.primaries?.length ? 'Status and primary codes' : 'Status'} control={control}>
        <StatusBlock entry={entry} onPage={props.onPage} />
      </CardSection>
      {entry.notWith.length ? (
        <CardSection id="not-with" title="Don't report with" control={control}>
          <NotWith entry={entry} />
        </CardSection>
      ) : null}
      {leadWithModifiers ? null : tipsPart}
      <CardSection id="checklist" title="Documentation checklist" control={control}>
        <Checklist code={entry.code} items={entry.checklist.items} state={props.checklist} />
      </CardSection>
      <details class="block fee" open={props.full || (control ? control.isOpen('fee') : false)} onToggle={(e) => control && control.isOpen('fee') !== (e.currentTarget as HTMLDetailsElement).open && control.setOpen('fee', (e.currentTarget as HTMLDetailsElement).open)}>
        <summary>Fee-schedule indicators</summary>
        <FeeScheduleBlock feeSchedule={entry.feeSchedule} code={entry.code} />
      </details>
      {props.full ? <FullExtras entry={entry} /> : null}
      <VintageNote now={props.now} sets={codeSetsOf(entry, !!props.full)} />
      <ul class="source sources" aria-label="Sources">
        {sources.map((c) => (
          <li key={c.ref}>
            {c.ref} ({c.kind}; {c.asOf.join(', ')})
          </li>
        ))}
      </ul>
      <p class="disclaimer">Reference aid, not a coding decision. Check the payer's policy and the chart.</p>
    </div>
  );
}
