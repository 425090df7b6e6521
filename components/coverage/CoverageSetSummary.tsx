/** The imported coverage-article download: per file its rows and last-updated date, the totals, and a remove button. */
import type { CoverageSetInfo } from './coverage-types';

export function CoverageSetSummary({ set, onRemove }: { set: CoverageSetInfo | null; onRemove(): void }) {
  if (!set) return <p class="muted">No coverage articles imported yet.</p>;
  const n = (x: number) => x.toLocaleString('en-US');
  return (
    <div class="necessity-set" data-set="coverage">
      <p>
        <strong>Coverage articles{set.asOf ? ` as of ${set.asOf}` : ''}</strong>: {n(set.articles)} billing articles, {n(set.codeRows)} code rows,{' '}
        {n(set.coveredRows)} covered and {n(set.noncoveredRows)} non-covered ICD-10-CM rows, {n(set.contractors.length)} contractors. Imported{' '}
        {set.importedAt.slice(0, 16).replace('T', ' ')} UTC in {(set.ms / 1000).toFixed(1)} s.{' '}
        <button type="button" onClick={onRemove}>
          Remove coverage articles
        </button>
      </p>
      <ul>
        {set.files.map((f) => (
          <li key={f.path} title={f.path}>
            {f.name}: {n(f.rows)} rows{f.lastUpdated ? `, last updated ${f.lastUpdated}` : ''}
          </li>
        ))}
      </ul>
    </div>
  );
}
