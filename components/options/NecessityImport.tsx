/**
 * Options section "Medical necessity": the user imports the CDC's ICD-10-CM files and the
 * Medicare Coverage Database's article download they fetched themselves; each import runs in a
 * Worker into this browser's IndexedDB, all or nothing; then they pick their contractor.
 */
import { useEffect, useState } from 'preact/hooks';
import { readChoice, readCoverageSet } from '../coverage/coverage-db';
import { saveChoice } from '../coverage/coverage-lookup';
import { ContractorPicker } from '../coverage/ContractorPicker';
import { CoverageSetSummary } from '../coverage/CoverageSetSummary';
import { FileDrop } from '../coverage/FileDrop';
import { removeCoverageSet } from '../coverage/import-coverage';
import { ImportStatus, type ImportState } from '../coverage/ImportStatus';
import { runNecessityImport } from '../coverage/run-necessity-import';
import type { ContractorChoice, CoverageSetInfo } from '../coverage/coverage-types';
import type { NecessityImportRequest } from '../coverage/necessity-import-worker';
import { readIcdSet } from '../icd10/icd-db';
import { IcdSetSummary } from '../icd10/IcdSetSummary';
import { removeIcdSet } from '../icd10/import-icd';
import type { IcdSetInfo } from '../icd10/icd-types';

export function NecessityImport({ run = runNecessityImport }: { run?: typeof runNecessityImport }) {
  const [icd, setIcd] = useState<IcdSetInfo | null>(null);
  const [coverage, setCoverage] = useState<CoverageSetInfo | null>(null);
  const [choice, setChoice] = useState<ContractorChoice | null>(null);
  const [year, setYear] = useState('');
  const [icdState, setIcdState] = useState<ImportState>({ kind: 'idle' });
  const [mcdState, setMcdState] = useState<ImportState>({ kind: 'idle' });
  const refresh = () => Promise.all([readIcdSet().then(setIcd), readCoverageSet().then(setCoverage), readChoice().then(setChoice)]).catch(() => {});
  useEffect(() => void refresh(), []);

  const start = async (request: NecessityImportRequest, set: (s: ImportState) => void) => {
    if (request.files.length === 0) return;
    set({ kind: 'busy', done: 0, total: request.files.reduce((n, f) => n + f.size, 0), file: request.files[0]!.name });
    const outcome = await run(request, (p) => set({ kind: 'busy', done: p.bytes, total: p.total, file: p.file }));
    await refresh();
    set(outcome.ok ? { kind: 'ok', text: `Imported ${request.files.map((f) => f.name).join(', ')}.` } : { kind: 'error', text: `Not imported: ${outcome.error} The previous import is unchanged.` });
  };
  const busy = icdState.kind === 'busy' || mcdState.kind === 'busy';

  return (
    <section aria-labelledby="necessity-h" class="necessity-import">
      <h2 id="necessity-h">Medical necessity (coverage articles, ICD-10-CM)</h2>
      <p class="muted">
        Import the files you downloaded yourself; they stay in this browser and CPT Lens sends nothing anywhere. CPT Lens then checks
        whether a claim's diagnoses are among the covered codes of your contractor's billing and coding articles, and flags header codes,
        missing 7th characters and Excludes1 pairs.
      </p>
      <h3>ICD-10-CM (CDC, public domain)</h3>
      <p class="muted">The code-descriptions zip for the fiscal year, or its order file (icd10cm_order_YYYY.txt); add the table-and-index zip (tabular XML) for Excludes1.</p>
      <p>
        <label for="necessity-year">Fiscal year, if the file name has none</label>{' '}
        <input id="necessity-year" inputMode="numeric" size={5} value={year} onInput={(e) => setYear((e.currentTarget as HTMLInputElement).value.replace(/\D/g, '').slice(0, 4))} />
      </p>
      <FileDrop id="necessity-icd-files" label="ICD-10-CM files:" accept=".zip,.txt,.xml" disabled={busy} onFiles={(files) => void start({ kind: 'icd', files, fiscalYear: year.length === 4 ? Number(year) : null }, setIcdState)} />
      <ImportStatus state={icdState} label="ICD-10-CM import progress" />
      <IcdSetSummary set={icd} onRemove={() => void removeIcdSet().then(refresh).then(() => setIcdState({ kind: 'ok', text: 'ICD-10-CM file removed.' }))} />
      <h3>Coverage articles (Medicare Coverage Database)</h3>
      <p class="muted licence">
        The Medicare Coverage Database download asks you to accept the AMA (CPT), ADA (CDT) and AHA (UB-04) licence terms before it
        starts. CPT Lens ships none of that content: it stores and shows only what you import here, in this browser.
      </p>
      <FileDrop id="necessity-mcd-files" label='The "current article" download (current_article.zip):' accept=".zip,.csv" disabled={busy} onFiles={(files) => void start({ kind: 'coverage', files }, setMcdState)} />
      <ImportStatus state={mcdState} label="Coverage article import progress" />
      <CoverageSetSummary
        set={coverage}
        onRemove={() => void removeCoverageSet().then(refresh).then(() => setMcdState({ kind: 'ok', text: 'Coverage articles removed.' }))}
      />
      {coverage ? <ContractorPicker set={coverage} choice={choice} onChoose={(c) => void saveChoice(c).then(() => setChoice(c))} /> : null}
    </section>
  );
}
