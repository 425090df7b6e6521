/** Starts an import in a Worker and reports its progress; resolves with the outcome. */
import type { ImportRequestMessage, ImportWorkerMessage } from './import-worker';
import type { ImportOutcome, ImportProgress } from './import-edit-files';
import type { Setting } from './edit-types';

export function runImport(files: File[], setting: Setting, onProgress: (p: ImportProgress) => void): Promise<ImportOutcome> {
  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  return new Promise<ImportOutcome>((resolve) => {
    worker.addEventListener('message', (e: MessageEvent<ImportWorkerMessage>) => {
      if (e.data.type === 'progress') onProgress(e.data);
      else resolve(e.data.outcome); // the worker closes itself
    });
    worker.addEventListener('error', (e) => {
      worker.terminate();
      resolve({ ok: false, error: `The import stopped: ${e.message || 'the worker failed to start'}.` });
    });
    worker.postMessage({ files, setting } satisfies ImportRequestMessage);
  });
}
