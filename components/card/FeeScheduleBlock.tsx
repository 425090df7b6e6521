/**
 * The fee-schedule indicators a coder checks before billing, each with its source and year;
 * an indicator no source settles reads "unverified" with the reason, never a guess.
 */
import { Fragment } from 'preact';
import type { FeeSchedule } from '../../data/schema';

type Fact = FeeSchedule[keyof FeeSchedule];

const ROWS: Array<{ key: keyof FeeSchedule; label: string; explain?: Record<string, string> }> = [
  { key: 'status', label: 'Medicare status', explain: { A: 'active, paid under the fee schedule', C: 'carrier-priced: the contractor sets the fee' } },
  { key: 'globalPeriod', label: 'Global period', explain: { ZZZ: 'add-on, part of the primary’s global', '000': 'same day only', XXX: 'global concept does not apply' } },
  { key: 'pcTc', label: 'PC/TC indicator', explain: { '0': 'no professional/technical split: 26 and TC do not apply', '1': '26 and TC may be used' } },
  { key: 'bilateral', label: 'Bilateral indicator' },
  { key: 'multipleProcedure', label: 'Multiple procedure', explain: { '0': 'no -51 reduction (add-ons are exempt)' } },
  { key: 'mue', label: 'MUE (units per day)' },
  { key: 'mueAdjudication', label: 'MUE adjudication', explain: { '1': 'per claim line', '2': 'per day, policy', '3': 'per day, clinical' } },
  { key: 'unitsPer', label: 'One unit is' },
  { key: 'workRvu', label: 'Work RVU' },
];

function Value({ fact, explain }: { fact: Fact; explain?: Record<string, string> | undefined }) {
  if (fact.value === null) {
    return (
      <dd class="unverified">
        <strong>unverified</strong> <span class="why">{fact.unverified}</span>
      </dd>
    );
  }
  const value = String(fact.value);
  const meaning = explain?.[value];
  return (
    <dd>
      {value}
      {meaning ? ` — ${meaning}` : ''}{' '}
      <span class="fact-source">
        ({fact.source.ref}, {fact.source.asOf}
        {fact.source.confidence === 'H' ? '' : `, confidence ${fact.source.confidence}`})
      </span>
    </dd>
  );
}

export function FeeScheduleBlock({ feeSchedule }: { feeSchedule: FeeSchedule }) {
  return (
    <dl class="numbers fee-schedule">
      {ROWS.map((row) => (
        <Fragment key={row.key}>
          <dt>{row.label}</dt>
          <Value fact={feeSchedule[row.key]} explain={row.explain} />
        </Fragment>
      ))}
    </dl>
  );
}
