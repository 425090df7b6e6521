/**
 * The card of a diagnosis code on the claim: the title from the user's imported ICD-10-CM file
 * (the CDC's, public domain; the file and fiscal year named), billable or a header, a missing 7th
 * character, and what the claim checks say about it (Excludes1 with another diagnosis, the
 * fiscal year against the date of service). Nothing shown comes from anywhere else.
 */
import { usePinnedFocus } from '../card/use-pinned-focus';
import { PageWarnings } from '../card/PageWarnings';
import { verdictText, type VerdictPart } from '../claim/verdict';
import type { TabState } from '../tab-checks/tab-state-message';
import type { IcdCardFacts } from './icd-card-facts';
import { useIcdFacts } from './use-icd-facts';

export interface IcdCardProps {
  code: string;
  tab: TabState;
  pinned: boolean;
  onClose(): void;
}

/** The answer first: can this code go on the claim as written? ok null: cannot tell. */
export function icdVerdict(facts: IcdCardFacts | null): VerdictPart {
  if (!facts) return { text: 'Reading your ICD-10-CM file…', ok: null };
  const year = facts.file?.fiscalYear != null ? ` (FY ${facts.file.fiscalYear})` : '';
  const f = facts.fact;
  if (!facts.file) return { text: 'No ICD-10-CM file imported: import the CDC’s file on the Options page to check this code', ok: null };
  if (!f?.found) return { text: `Not a code of your imported ICD-10-CM file${year}`, ok: false };
  if (f.billable) return { text: `Billable diagnosis code${year}`, ok: true };
  if (f.needsSeventh) return { text: `Not billable as written: it needs a 7th character${year}`, ok: false };
  return { text: `A header, not billable: code to the full specificity under it${year}`, ok: false };
}

export function IcdCard(props: IcdCardProps) {
  const ref = usePinnedFocus(props.pinned);
  const facts = useIcdFacts(props.code);
  const about = (list: TabState['warnings']) => list.filter((f) => f.diagnoses?.includes(props.code));
  const verdict = icdVerdict(facts);
  const title = facts?.fact?.title ?? null;
  return (
    <section ref={ref} class="card" role={props.pinned ? 'dialog' : 'tooltip'} aria-label={`ICD-10-CM ${props.code}${title ? `: ${title}` : ''}`} tabIndex={-1}>
      <header class="card-head">
        <div class="head-line">
          <span class="code">{props.code}</span>
          <span class="badge">ICD-10-CM</span>
          <button type="button" class="close" aria-label="Close card" onClick={props.onClose}>
            ×
          </button>
        </div>
        {title ? <h2 class="title">{title}</h2> : null}
        <p class={verdict.ok === false ? 'verdict verdict-bad' : 'verdict'}>{verdictText([verdict])}</p>
        {props.tab.diagnoses.includes(props.code) ? <p class="written">A diagnosis of this claim: each line’s verdict says whether it supports the line.</p> : null}
      </header>
      <PageWarnings warnings={about(props.tab.warnings)} notes={about(props.tab.notes)} />
      {facts?.file ? (
        <p class="fact-source">
          From your imported ICD-10-CM file{facts.file.fiscalYear != null ? `, FY ${facts.file.fiscalYear}` : ''} ({facts.file.names.join(', ')}) — CDC, public domain.
        </p>
      ) : null}
    </section>
  );
}
