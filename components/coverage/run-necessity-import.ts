/** Starts an ICD-10-CM or coverage import in its Worker and reports progress; resolves with the outcome. */
import type { ImportProgress } from '../icd10/stream-file';
import type { NecessityImportOutcome, NecessityImportRequest, NecessityWorkerMessage } from './necessity-import-worker';

export function runNecessityImport(request: NecessityImportRequest, onProgress: (p: ImportProgress) => void): Promise<NecessityImportOutcome> {
  const worker = new Worker(new URL('./necessity-import-worker.ts', import.meta.url), { type: 'module' });
  return new Promise((resolve) => {
    worker.addEventListener('message', (e: MessageEvent<NecessityWorkerMessage>) => {
      if (e.data.type === 'progress') onProgress(e.data);
      else resolve(e.data.outcome); // the worker closes itself
    });
    worker.addEventListener('error', (e) => {
      worker.terminate();
      resolve({ ok: false, error: `The import stopped: ${e.message || 'the worker failed to start'}.` });
    });
    worker.postMessage(request);
  });
}
