/**
 * Under the imported CMS files: whether the browser promised to keep them (persistent storage)
 * and, when files were imported but are no longer there (the browser evicted them), a warning
 * naming them and asking to import them again.
 */
import type { ImportMarker } from '../cms/import-marker';

export function CmsStorageNote({ persisted, gone }: { persisted: boolean | null; gone: ImportMarker | null }) {
  return (
    <>
      {gone ? (
        <p role="alert" class="error cms-gone">
          Your imported CMS files are gone: this browser cleared the storage they were kept in (imported{' '}
          {gone.at.slice(0, 16).replace('T', ' ')} UTC: {gone.files.join(', ')}). Import them again; until then cards and claim
          checks do not use them.
        </p>
      ) : null}
      <p class="muted cms-persist">
        {persisted === true
          ? 'Storage: persistent — the browser will not clear the imported files to free space.'
          : persisted === false
            ? 'Storage: not persistent — the browser did not grant persistent storage, so it may clear the imported files when disk space runs low; CPT Lens will then say so here and on cards.'
            : 'Storage: this browser does not say whether it keeps the imported files.'}
      </p>
    </>
  );
}
