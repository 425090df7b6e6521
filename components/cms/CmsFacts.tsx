/**
 * The card block with what the user's imported CMS files say about a code: MUE with its
 * adjudication type, add-on type and primaries, and the full PTP partner list, each with the
 * file (and version) it came from, and the MPFS indicators with the file and year. Renders
 * nothing until files are imported; says so when the browser has since cleared them.
 */
import type { CardFacts } from './card-facts';
import { useCardFacts } from './use-card-facts';
import { MAI_SHORT } from './mai-label';
import { FeeScheduleFacts } from './FeeScheduleFacts';
import { PartnerList } from './PartnerList';

export const FILES_GONE =
  'Your imported CMS files are gone: this browser cleared the storage they were kept in. Import them again on the CPT Lens options page; until then nothing here is checked against them.';

export function CmsFacts({ facts }: { facts: CardFacts }) {
  if (facts.filesGone) {
    return (
      <section class="block cms-facts" aria-label="From your CMS edit files">
        <p role="note" class="cms-gone">
          {FILES_GONE}
        </p>
      </section>
    );
  }
  if (!facts.imported) return null;
  const { mue, addon } = facts;
  return (
    <section class="block cms-facts" aria-label="From your CMS edit files">
      <h3>From your CMS edit files{facts.setting ? ` (${facts.setting === 'outpatient' ? 'hospital outpatient' : 'practitioner'})` : ''}</h3>
      {facts.feeSchedule ? <FeeScheduleFacts fact={facts.feeSchedule} /> : null}
      {mue ? (
        <>
          <p>
            MUE {mue.value} per day · {MAI_SHORT[mue.mai]}
          </p>
          <p class="fact-source">{mue.from}</p>
        </>
      ) : facts.mueImported ? (
        <p>No MUE in the imported table.</p>
      ) : null}
      {addon ? (
        <>
          <p>
            Add-on code, type {addon.type}:{' '}
            {addon.contractorDefined ? 'primary codes defined by your contractor (MAC)' : `primary codes ${addon.primaries.join(', ')}`}
            {addon.type === 3 ? '; your contractor may accept others' : ''}
          </p>
          <p class="fact-source">{addon.from}</p>
        </>
      ) : null}
      {facts.ptpFrom ? (
        <>
          <PartnerList code={facts.code} partners={facts.partners} />
          <p class="fact-source">{facts.ptpFrom}</p>
        </>
      ) : null}
    </section>
  );
}

/** Asks the background for the facts (lookups live there, not in the page). */
export function CmsFactsLoader({ code }: { code: string }) {
  const facts = useCardFacts(code);
  return facts ? <CmsFacts facts={facts} /> : null;
}
