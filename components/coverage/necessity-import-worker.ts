/**
 * The ICD-10-CM and coverage-article imports run here, off the options page's main thread (the
 * real files are tens of megabytes: 98,000 codes, 430,000 covered-code rows). Message in:
 * { kind, files, fiscalYear? }; out: progress, then one outcome.
 */
import { importIcdFiles } from '../icd10/import-icd';
import { importCoverageFiles } from './import-coverage';
import type { ImportProgress } from '../icd10/stream-file';

export type NecessityImportRequest = { kind: 'icd'; files: File[]; fiscalYear: number | null } | { kind: 'coverage'; files: File[] };
export type NecessityImportOutcome = { ok: true } | { ok: false; error: string };
export type NecessityWorkerMessage = ({ type: 'progress' } & ImportProgress) | { type: 'done'; outcome: NecessityImportOutcome };

const post = (m: NecessityWorkerMessage) => (self as unknown as Worker).postMessage(m);

self.addEventListener('message', (event: MessageEvent<NecessityImportRequest>) => {
  const request = event.data;
  let last = 0;
  const progress = (p: ImportProgress) => {
    // At most ~20 messages a second: the page only moves a bar.
    const now = performance.now();
    if (now - last < 50 && p.bytes < p.total) return;
    last = now;
    post({ type: 'progress', ...p });
  };
  const run = request.kind === 'icd' ? importIcdFiles(request.files, { fiscalYear: request.fiscalYear }, progress) : importCoverageFiles(request.files, progress);
  void run
    .then((o): NecessityImportOutcome => (o.ok ? { ok: true } : o))
    .catch((e: unknown) => ({ ok: false as const, error: e instanceof Error ? e.message : String(e) }))
    .then((outcome) => {
      post({ type: 'done', outcome });
      self.close();
    });
});
