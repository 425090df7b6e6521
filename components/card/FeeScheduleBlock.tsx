/**
 * The fee-schedule indicators a coder checks before billing, each with its source and year;
 * an indicator no source settles reads "unverified" with the reason, never a guess. When the
 * user imported the MPFS relative value file, its value stands beside the dataset's: it fills
 * what the dataset leaves unverified, and where the two disagree both are shown and the user's
 * file wins (it is CMS's own file, and the year they chose).
 */
import { Fragment } from 'preact';
import { DATASET } from '../../data/dataset';
import type { FeeSchedule } from '../../data/schema';
import type { FeeScheduleFact } from '../cms/card-facts';
import { indicatorMeaning, type IndicatorKey } from '../cms/fee-schedule-meanings';
import { useCardFacts } from '../cms/use-card-facts';

type Fact = FeeSchedule[keyof FeeSchedule];
type FileKey = IndicatorKey | 'workRvu';

const ROWS: Array<{ key: keyof FeeSchedule; label: string; file?: FileKey; explain?: Record<string, string> }> = [
  { key: 'status', label: 'Medicare status', file: 'status' },
  { key: 'globalPeriod', label: 'Global period', file: 'global' },
  { key: 'pcTc', label: 'PC/TC indicator', file: 'pctc' },
  { key: 'bilateral', label: 'Bilateral indicator', file: 'bilateral' },
  { key: 'multipleProcedure', label: 'Multiple procedure', file: 'multipleProcedure' },
  { key: 'mue', label: 'MUE (units per day)' },
  { key: 'mueAdjudication', label: 'MUE adjudication', explain: { '1': 'per claim line', '2': 'per day, policy', '3': 'per day, clinical' } },
  { key: 'unitsPer', label: 'One unit is' },
  { key: 'workRvu', label: 'Work RVU', file: 'workRvu' },
];

const meaningOf = (file: FileKey | undefined, value: string, explain?: Record<string, string>) =>
  file && file !== 'workRvu' ? indicatorMeaning(file, value) : explain?.[value];
const shown = (value: string, meaning: string | undefined) => `${value}${meaning ? ` — ${meaning}` : ''}`;

function DatasetSource({ fact }: { fact: Exclude<Fact, { value: null }> }) {
  return (
    <span class="fact-source">
      ({fact.source.ref}, {fact.source.asOf}
      {fact.source.confidence === 'H' ? '' : `, confidence ${fact.source.confidence}`})
    </span>
  );
}

function Value({ fact, file, explain, imported }: { fact: Fact; file?: FileKey | undefined; explain?: Record<string, string> | undefined; imported: FeeScheduleFact | null }) {
  const raw = file && imported ? imported.row[file] : null;
  const fromFile = raw === null || raw === '' ? null : String(raw);
  const fileText = fromFile === null ? '' : shown(fromFile, meaningOf(file, fromFile, explain));
  if (fact.value === null) {
    if (fromFile !== null) {
      return (
        <dd class="from-file">
          {fileText} <span class="fact-source">(your file {imported!.from}; CPT Lens's dataset has no verified value)</span>
        </dd>
      );
    }
    return (
      <dd class="unverified">
        <strong>unverified</strong> <span class="why">{fact.unverified}</span>
      </dd>
    );
  }
  const value = String(fact.value);
  const same = fromFile !== null && (typeof fact.value === 'number' ? Math.abs(fact.value - Number(fromFile)) < 0.005 : value === fromFile);
  if (fromFile !== null && !same) {
    return (
      <dd class="disagree">
        <strong>Your file: {fileText}</strong> <span class="fact-source">({imported!.from})</span>. CPT Lens's dataset says {value} <DatasetSource fact={fact} />.{' '}
        <strong>Your file wins.</strong>
      </dd>
    );
  }
  return (
    <dd>
      {shown(value, meaningOf(file, value, explain))} <DatasetSource fact={fact} />
      {same ? <span class="fact-source"> Your file {imported!.from} says the same.</span> : null}
    </dd>
  );
}

export interface FeeScheduleBlockProps {
  feeSchedule: FeeSchedule;
  /** The code; found from the dataset when the caller does not pass it. */
  code?: string;
  /** The imported MPFS row; loaded from the background when not passed (tests pass it). */
  imported?: FeeScheduleFact | null;
}

export function FeeScheduleBlock({ feeSchedule, code, imported }: FeeScheduleBlockProps) {
  // EntryBody passes only the entry's fee-schedule block; it is the dataset's own object, so the
  // entry it belongs to names the code.
  const own = code ?? DATASET.find((e) => e.feeSchedule === feeSchedule)?.code ?? null;
  const loaded = useCardFacts(imported === undefined ? own : null);
  const fileRow = imported === undefined ? (loaded?.feeSchedule ?? null) : imported;
  return (
    <dl class="numbers fee-schedule">
      {ROWS.map((row) => (
        <Fragment key={row.key}>
          <dt>{row.label}</dt>
          <Value fact={feeSchedule[row.key]} file={row.file} explain={row.explain} imported={fileRow} />
        </Fragment>
      ))}
    </dl>
  );
}
