/**
 * The card block with what the user's imported CMS files say about a code: MUE with its
 * adjudication type, add-on type and primaries, and the full PTP partner list, each with the
 * file (and version) it came from. Renders nothing until files are imported.
 */
import { useEffect, useState } from 'preact/hooks';
import { sendRequest } from '../messaging/send-request';
import type { CardFacts } from './card-facts';
import { MAI_SHORT } from './mai-label';
import { PartnerList } from './PartnerList';

export function CmsFacts({ facts }: { facts: CardFacts }) {
  if (!facts.imported) return null;
  const { mue, addon } = facts;
  return (
    <section class="block cms-facts" aria-label="From your CMS edit files">
      <h3>From your CMS edit files{facts.setting ? ` (${facts.setting === 'outpatient' ? 'hospital outpatient' : 'practitioner'})` : ''}</h3>
      {mue ? (
        <>
          <p>
            MUE {mue.value} per day · {MAI_SHORT[mue.mai]}
          </p>
          <p class="fact-source">{mue.from}</p>
        </>
      ) : (
        <p>No MUE in the imported table.</p>
      )}
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
  const [facts, setFacts] = useState<CardFacts | null>(null);
  useEffect(() => {
    let live = true;
    setFacts(null);
    sendRequest({ type: 'cpt-lens/cms-facts', code })
      .then((f) => live && f && setFacts(f))
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [code]);
  return facts ? <CmsFacts facts={facts} /> : null;
}
