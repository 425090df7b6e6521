/**
 * A note in extension storage that CMS files were imported. The files themselves live in
 * IndexedDB, which a browser may evict under storage pressure (unless persist() was granted);
 * extension storage is not evicted. Marker present + no imported sets = the browser dropped
 * the files, and the options page and cards say so instead of silently checking nothing.
 * Written from the options page (the import Worker has no extension APIs).
 */
import { browser } from 'wxt/browser';

const KEY = 'cmsImported';

export interface ImportMarker {
  at: string;
  files: string[];
}

export async function markImported(files: readonly string[]): Promise<void> {
  await browser.storage.local.set({ [KEY]: { at: new Date().toISOString(), files: [...files] } satisfies ImportMarker });
}

export async function clearImportMarker(): Promise<void> {
  await browser.storage.local.remove(KEY);
}

export async function readImportMarker(): Promise<ImportMarker | null> {
  const got = (await browser.storage.local.get(KEY)) as Record<string, ImportMarker | undefined>;
  return got[KEY] ?? null;
}

/** True when files were imported but none is left in IndexedDB. */
export async function filesGone(setsEmpty: boolean): Promise<boolean> {
  if (!setsEmpty) return false;
  try {
    return (await readImportMarker()) !== null;
  } catch {
    return false;
  }
}
