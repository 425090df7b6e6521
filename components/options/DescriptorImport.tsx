/**
 * Import the organisation's licensed CPT descriptor file. Kept in this browser's extension
 * storage only; shown on cards as "official descriptor (your licensed file)"; removable.
 */
import { useEffect, useState } from 'preact/hooks';
import { parseDescriptorFile, type DescriptorFile } from '../settings/descriptor-import';
import { loadDescriptors, removeDescriptors, saveDescriptors } from '../settings/descriptor-store';

export function DescriptorImport() {
  const [file, setFile] = useState<DescriptorFile | null>(null);
  const [message, setMessage] = useState<{ kind: 'error' | 'ok'; text: string } | null>(null);
  useEffect(() => {
    void loadDescriptors().then(setFile);
  }, []);
  const onPick = async (input: HTMLInputElement) => {
    const picked = input.files?.[0];
    input.value = '';
    if (!picked) return;
    const result = parseDescriptorFile(await picked.text(), picked.name);
    if (!result.ok) {
      setMessage({ kind: 'error', text: `Not imported: ${result.error} Nothing was saved.` });
      return;
    }
    await saveDescriptors(result.file);
    setFile(result.file);
    setMessage({ kind: 'ok', text: `Imported ${Object.keys(result.file.entries).length} descriptors from ${result.file.fileName}.` });
  };
  return (
    <section aria-labelledby="desc-h">
      <h2 id="desc-h">Licensed CPT descriptors</h2>
      <p class="muted">
        CPT descriptors belong to the AMA, so CPT Lens ships none. If your organisation holds a CPT licence, import its
        descriptor file (CSV or TSV: code, descriptor). It stays in this browser's extension storage and is shown on cards as
        "official descriptor (your licensed file)".
      </p>
      {file ? (
        <p>
          In use: <strong>{file.fileName}</strong>, {Object.keys(file.entries).length} codes, imported {file.importedAt}.{' '}
          <button
            type="button"
            onClick={async () => {
              await removeDescriptors();
              setFile(null);
              setMessage({ kind: 'ok', text: 'Licensed descriptors removed.' });
            }}
          >
            Remove licensed descriptors
          </button>
        </p>
      ) : null}
      <label for="desc-file">Descriptor file</label>{' '}
      <input id="desc-file" type="file" accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values" onChange={(e) => void onPick(e.currentTarget as HTMLInputElement)} />
      {message ? (
        <p role={message.kind === 'error' ? 'alert' : 'status'} class={message.kind}>
          {message.text}
        </p>
      ) : null}
    </section>
  );
}
