/**
 * The card for a code CPT Lens has no entry for, once CMS files are imported: numbers only
 * (MUE and type, add-on type and primaries, edits against the other codes on the tab as page
 * checks). No descriptor unless the user's licensed descriptor file has one.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { PageWarning } from '../claim/finding';
import { OfficialDescriptor } from '../card/OfficialDescriptor';
import { PageWarnings } from '../card/PageWarnings';
import { CmsFactsLoader } from './CmsFacts';

export interface NumbersOnlyCardProps {
  code: string;
  warnings: readonly PageWarning[];
  pinned: boolean;
  officialDescriptor?: string | undefined;
  onClose(): void;
}

export function NumbersOnlyCard(props: NumbersOnlyCardProps) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (props.pinned) ref.current?.focus();
  }, [props.pinned]);
  return (
    <section ref={ref} class="card" role={props.pinned ? 'dialog' : 'tooltip'} aria-label={`Code ${props.code}: numbers from your CMS edit files`} tabIndex={-1}>
      <header class="card-head">
        <div class="head-line">
          <span class="code">{props.code}</span>
          <button type="button" class="close" aria-label="Close card" onClick={props.onClose}>
            ×
          </button>
        </div>
        <p class="written">Not in CPT Lens's dataset: numbers from your CMS edit files only.</p>
      </header>
      <PageWarnings warnings={props.warnings} />
      <OfficialDescriptor text={props.officialDescriptor} />
      <CmsFactsLoader code={props.code} />
    </section>
  );
}
