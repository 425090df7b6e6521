/**
 * Options section "CMS edit files": the user drops the NCCI zips and the MPFS relative value
 * file (or the extracted files) they downloaded from CMS under its licence; parsing runs in a
 * Worker with a progress bar; the result lives in this browser's IndexedDB, which we ask the
 * browser to keep (persist). All or nothing: a bad file leaves the previous import.
 */
import { useEffect, useState } from 'preact/hooks';
import { readSets, type EditSets, type SetInfo } from '../cms/edit-db';
import { EditSetList } from '../cms/EditSetList';
import { removeEditSet } from '../cms/import-edit-files';
import { clearImportMarker, markImported, readImportMarker, type ImportMarker } from '../cms/import-marker';
import { runImport } from '../cms/run-import';
import { isPersisted, requestPersistence } from '../cms/storage-persistence';
import type { Setting } from '../cms/edit-types';
import { CmsStorageNote } from './CmsStorageNote';

const hasSets = (s: EditSets) => Boolean(s.ptp || s.mue || s.aoc || s.mpfs);
const fileNames = (s: EditSets) => Object.values(s).flatMap((set: SetInfo) => set.files.map((f) => f.name));

type Status = { kind: 'idle' } | { kind: 'busy'; done: number; total: number; file: string } | { kind: 'error' | 'ok'; text: string };

export function CmsImport() {
  const [sets, setSets] = useState<EditSets>({});
  const [setting, setSetting] = useState<Setting>('practitioner');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [persisted, setPersisted] = useState<boolean | null>(null);
  const [gone, setGone] = useState<ImportMarker | null>(null);
  useEffect(() => {
    void Promise.all([readSets(), readImportMarker().catch(() => null)]).then(([s, marker]) => {
      setSets(s);
      setGone(marker && !hasSets(s) ? marker : null);
      // Files imported before the marker existed get one now, so their eviction is noticed too.
      if (!marker && hasSets(s)) void markImported(fileNames(s)).catch(() => {});
    }, () => {});
    void isPersisted().then(setPersisted);
  }, []);

  const start = async (files: File[]) => {
    if (files.length === 0 || status.kind === 'busy') return;
    setStatus({ kind: 'busy', done: 0, total: files.reduce((n, f) => n + f.size, 0), file: files[0]!.name });
    // Asked while the user's choice is fresh (Firefox may prompt); a refusal does not stop the import.
    void requestPersistence().then(setPersisted);
    const outcome = await runImport(files, setting, (p) => setStatus({ kind: 'busy', done: p.bytes, total: p.total, file: p.file }));
    if (outcome.ok) {
      setSets(outcome.sets);
      setGone(null);
      await markImported(fileNames(outcome.sets)).catch(() => {});
      setStatus({ kind: 'ok', text: `Imported ${files.length} file${files.length > 1 ? 's' : ''}.` });
    } else setStatus({ kind: 'error', text: `Not imported: ${outcome.error} The previous import is unchanged.` });
  };

  return (
    <section aria-labelledby="cms-h" class="cms-import">
      <h2 id="cms-h">CMS edit files</h2>
      <p class="muted">
        Import the quarterly NCCI files you downloaded from CMS (PTP edits, MUE table, add-on code edits) and the physician fee
        schedule relative value file (the RVU zip, or its PPRRVU CSV/XLSX), as the zips or the extracted files. They stay in this
        browser; CPT Lens then checks every pair of codes on a claim page and shows each code's fee-schedule indicators.
      </p>
      <fieldset>
        <legend>Which edits apply to your claims</legend>
        {(['practitioner', 'outpatient'] as const).map((s) => (
          <label key={s}>
            <input type="radio" name="cms-setting" value={s} checked={setting === s} onChange={() => setSetting(s)} />{' '}
            {s === 'practitioner' ? 'Practitioner' : 'Hospital outpatient'}{' '}
          </label>
        ))}
      </fieldset>
      <div
        class="cms-drop"
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          e.preventDefault();
          void start([...(e.dataTransfer?.files ?? [])]);
        }}
      >
        <label for="cms-files">Drop the files here, or choose them:</label>{' '}
        <input
          id="cms-files"
          type="file"
          multiple
          accept=".zip,.txt,.csv,.xlsx"
          disabled={status.kind === 'busy'}
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            const files = [...(input.files ?? [])];
            input.value = '';
            void start(files);
          }}
        />
      </div>
      {status.kind === 'busy' ? (
        <p role="status">
          <progress max={status.total || 1} value={status.done} aria-label="Import progress" /> Reading {status.file}…{' '}
          {status.total ? Math.floor((status.done / status.total) * 100) : 0}%
        </p>
      ) : status.kind === 'idle' ? null : (
        <p role={status.kind === 'error' ? 'alert' : 'status'} class={status.kind}>
          {status.text}
        </p>
      )}
      <CmsStorageNote persisted={persisted} gone={gone} />
      <EditSetList
        sets={sets}
        onRemove={(kind) => {
          void removeEditSet(kind).then(async (next) => {
            setSets(next);
            if (!hasSets(next)) await clearImportMarker().catch(() => {});
            setStatus({ kind: 'ok', text: 'Removed.' });
          });
        }}
      />
    </section>
  );
}
