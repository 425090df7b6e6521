/**
 * The hover card. A tooltip while it follows the pointer; a dialog with focus inside once the
 * coder pins it (click, Enter on a field indicator, or the keyboard shortcut).
 */
import { usePinnedFocus } from './use-pinned-focus';
import type { ComponentChildren } from 'preact';
import type { CodeEntry } from '../../data/schema';
import type { ClaimFinding } from '../claim/finding';
import type { LineVerdict } from '../claim/verdict';
import type { SectionControl } from './CardSection';
import { EntryBody } from './EntryBody';
import { PageWarnings } from './PageWarnings';
import { Verdict } from './Verdict';
import { StatusBadge } from './StatusBadge';
import type { ChecklistState } from './checklist-state';
import { STATUS_LONG } from './status-label';

export interface CodeCardProps {
  entry: CodeEntry;
  modifiers: readonly string[];
  units: number | null;
  warnings: readonly ClaimFinding[];
  /** Shown under the warnings, not counted (an edit bypassed by a modifier, a stale file). */
  notes?: readonly ClaimFinding[] | undefined;
  pinned: boolean;
  checklist: ChecklistState;
  officialDescriptor?: string | undefined;
  onClose(): void;
  onOpenDetail(): void;
  /** The answer first: this code on this line of this page. */
  verdict?: LineVerdict | undefined;
  sections?: SectionControl | undefined;
  onPage?: ReadonlySet<string> | undefined;
  /** Blocks from other features (the imported CMS files), after the entry. */
  extra?: ComponentChildren;
}

export function CodeCard(props: CodeCardProps) {
  const { entry, pinned } = props;
  const ref = usePinnedFocus(pinned);
  const written = [entry.code, ...props.modifiers].join('-') + (props.units ? ` x${props.units}` : '');
  return (
    <section
      ref={ref}
      class="card"
      role={pinned ? 'dialog' : 'tooltip'}
      aria-label={`CPT ${entry.code}: ${entry.title} (${STATUS_LONG[entry.status.kind]})`}
      tabIndex={-1}
    >
      <header class="card-head">
        <div class="head-line">
          <span class="code">{entry.code}</span>
          <StatusBadge kind={entry.status.kind} />
          <button type="button" class="close" aria-label="Close card" onClick={props.onClose}>
            ×
          </button>
        </div>
        <h2 class="title">{entry.title}</h2>
        {written !== entry.code ? <p class="written">As written on the page: {written}</p> : null}
        {props.verdict?.parts.length ? <Verdict verdict={props.verdict} /> : null}
      </header>
      <PageWarnings warnings={props.warnings} notes={props.notes} />
      <EntryBody
        entry={entry}
        writtenModifiers={props.modifiers}
        checklist={props.checklist}
        officialDescriptor={props.officialDescriptor}
        sections={props.sections}
        onPage={props.onPage}
      />
      {props.extra}
      <footer class="card-foot">
        <button type="button" class="link" onClick={props.onOpenDetail}>
          Open full entry
        </button>
      </footer>
    </section>
  );
}
