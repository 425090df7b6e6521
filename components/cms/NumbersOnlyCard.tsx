/**
 * The card for a code CPT Lens has no entry for, once an imported file knows it (CMS edit files
 * or a coverage article): the line's verdict, numbers only (MUE and type, add-on type and
 * primaries), edits and medical necessity as page checks. No descriptor unless the user's
 * licensed descriptor file has one.
 */
import { usePinnedFocus } from '../card/use-pinned-focus';
import type { PageWarning } from '../claim/finding';
import type { LineVerdict } from '../claim/verdict';
import { Verdict } from '../card/Verdict';
import { OfficialDescriptor } from '../card/OfficialDescriptor';
import { PageWarnings } from '../card/PageWarnings';
import { CmsFactsLoader } from './CmsFacts';

export interface NumbersOnlyCardProps {
  code: string;
  warnings: readonly PageWarning[];
  notes?: readonly PageWarning[];
  verdict?: LineVerdict | undefined;
  pinned: boolean;
  officialDescriptor?: string | undefined;
  onClose(): void;
}

export function NumbersOnlyCard(props: NumbersOnlyCardProps) {
  const ref = usePinnedFocus(props.pinned);
  return (
    <section ref={ref} class="card" role={props.pinned ? 'dialog' : 'tooltip'} aria-label={`Code ${props.code}: from your imported files`} tabIndex={-1}>
      <header class="card-head">
        <div class="head-line">
          <span class="code">{props.code}</span>
          <button type="button" class="close" aria-label="Close card" onClick={props.onClose}>
            ×
          </button>
        </div>
        <p class="written">Not in CPT Lens's dataset: only what your imported files say.</p>
        {props.verdict?.parts.length ? <Verdict verdict={props.verdict} /> : null}
      </header>
      <PageWarnings warnings={props.warnings} notes={props.notes} />
      <OfficialDescriptor text={props.officialDescriptor} />
      <CmsFactsLoader code={props.code} />
    </section>
  );
}
