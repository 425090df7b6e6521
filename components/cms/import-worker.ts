/**
 * The import runs here, off the options page's main thread: parsing 1.7 million rows and
 * writing IndexedDB would otherwise freeze the page. Messages in: { files, setting }; out:
 * progress and one final outcome.
 */
import { importEditFiles } from './import-edit-files';
import type { Setting } from './edit-types';

export interface ImportRequestMessage {
  files: File[];
  setting: Setting;
}
export type ImportWorkerMessage =
  | { type: 'progress'; bytes: number; total: number; file: string }
  | { type: 'done'; outcome: Awaited<ReturnType<typeof importEditFiles>> };

const post = (m: ImportWorkerMessage) => (self as unknown as Worker).postMessage(m);

self.addEventListener('message', (event: MessageEvent<ImportRequestMessage>) => {
  const { files, setting } = event.data;
  let last = 0;
  void importEditFiles(files, setting, (p) => {
    // At most ~20 progress messages a second: the page only needs to move a bar.
    const now = performance.now();
    if (now - last < 50 && p.bytes < p.total) return;
    last = now;
    post({ type: 'progress', ...p });
  })
    .catch((e: unknown) => ({ ok: false as const, error: e instanceof Error ? e.message : String(e) }))
    .then((outcome) => {
      post({ type: 'done', outcome });
      // Closing from inside frees the worker's heap on its own thread; terminate() from the
      // page would do that work on the page's main thread (a 300 ms stall at 1.7 M rows).
      self.close();
    });
});
