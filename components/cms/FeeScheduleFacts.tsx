/**
 * The card's list of MPFS payment-policy indicators from the user's relative value file: each
 * value with its plain meaning, and the file and year it came from (never the file's descriptor).
 */
import { Fragment } from 'preact';
import type { FeeScheduleFact } from './card-facts';
import { INDICATOR_LABEL, indicatorMeaning, type IndicatorKey } from './fee-schedule-meanings';

const ORDER: IndicatorKey[] = ['status', 'global', 'pctc', 'multipleProcedure', 'bilateral', 'assistant', 'coSurgeon', 'team'];

export function FeeScheduleFacts({ fact }: { fact: FeeScheduleFact }) {
  const { row } = fact;
  return (
    <div class="cms-fee-schedule">
      <p>Medicare Physician Fee Schedule {fact.year}:</p>
      <dl class="numbers" aria-label={`Fee-schedule indicators of ${row.code} from your MPFS file`}>
        {ORDER.map((key) => (
          <Fragment key={key}>
            <dt>{INDICATOR_LABEL[key]}</dt>
            <dd>
              {row[key] || '—'}: {indicatorMeaning(key, row[key])}
            </dd>
          </Fragment>
        ))}
        <dt>Work RVU</dt>
        <dd>{row.workRvu ?? 'blank in the file'}</dd>
      </dl>
      <p class="fact-source">{fact.from}</p>
    </div>
  );
}
