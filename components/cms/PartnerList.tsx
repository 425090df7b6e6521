/**
 * Every PTP partner of a code active today, both directions, with a filter: a code can have
 * hundreds, so only the first rows render until the coder narrows the list.
 */
import { useState } from 'preact/hooks';
import type { PartnerFact } from './card-facts';

const SHOWN = 40;

function describe(p: PartnerFact): string {
  const ind = p.ind === 0 ? 'never together' : p.ind === 1 ? 'modifier may bypass' : 'see file';
  return p.role === 'denied' ? `denied with this code (${ind})` : `this code is denied with it (${ind})`;
}

export function PartnerList({ code, partners }: { code: string; partners: readonly PartnerFact[] }) {
  const [filter, setFilter] = useState('');
  const wanted = filter.trim().toUpperCase();
  const matching = wanted ? partners.filter((p) => p.code.startsWith(wanted)) : partners;
  return (
    <div class="cms-partners">
      <p>
        {partners.length} PTP edit{partners.length === 1 ? '' : 's'} active today.
      </p>
      {partners.length > 0 ? (
        <>
          <label>
            Filter partner codes of {code}{' '}
            <input type="search" value={filter} size={8} onInput={(e) => setFilter((e.currentTarget as HTMLInputElement).value)} />
          </label>
          <ul aria-label={`PTP partners of ${code}`}>
            {matching.slice(0, SHOWN).map((p) => (
              <li key={`${p.role}${p.code}`}>
                <strong>{p.code}</strong> {describe(p)}
              </li>
            ))}
          </ul>
          {matching.length > SHOWN ? <p class="fact-source">{matching.length - SHOWN} more: type a code to narrow the list.</p> : null}
        </>
      ) : null}
    </div>
  );
}
