/** The imported ICD-10-CM file: fiscal year, files with their rows, codes, Excludes1 or not, and a remove button. */
import type { IcdSetInfo } from './icd-types';

const KIND = { order: 'order file', codes: 'code-description file', tabular: 'tabular XML (Excludes1)' } as const;

export function IcdSetSummary({ set, onRemove }: { set: IcdSetInfo | null; onRemove(): void }) {
  if (!set) return <p class="muted">No ICD-10-CM file imported yet.</p>;
  const year = set.fiscalYear != null ? `FY ${set.fiscalYear} (${set.fiscalYearFrom})` : 'fiscal year unknown';
  return (
    <div class="necessity-set" data-set="icd">
      <p>
        <strong>ICD-10-CM {year}</strong>: {set.codes.toLocaleString('en-US')} codes, {set.billable.toLocaleString('en-US')} billable; Excludes1{' '}
        {set.hasExcludes1 ? 'imported' : 'not in the imported file'}. Imported {set.importedAt.slice(0, 16).replace('T', ' ')} UTC in {(set.ms / 1000).toFixed(1)} s.{' '}
        <button type="button" onClick={onRemove}>
          Remove ICD-10-CM file
        </button>
      </p>
      <ul>
        {set.files.map((f) => (
          <li key={f.name}>
            {f.name}: {KIND[f.kind]}
            {f.fiscalYear != null ? ` FY ${f.fiscalYear}` : ''}, {f.rows.toLocaleString('en-US')} {f.kind === 'tabular' ? 'codes with Excludes1 notes' : 'lines'}
          </li>
        ))}
      </ul>
    </div>
  );
}
