/**
 * How an import or removal tells every context that the imported sets changed: a
 * BroadcastChannel to the others (the import runs in the options page's Worker, lookups in the
 * background), and direct calls within this one (BroadcastChannel skips its own sender).
 * Kept apart from edit-lookup.ts so the Worker's bundle carries no extension API.
 */
export const EDITS_CHANNEL = 'cpt-lens-cms-edits';

const local = new Set<() => void>();

/** Runs `listener` when this context itself changes the sets. */
export function onLocalEditsChange(listener: () => void): void {
  local.add(listener);
}

export function announceEditsChanged(): void {
  for (const l of local) l();
  if (typeof BroadcastChannel === 'undefined') return;
  const ch = new BroadcastChannel(EDITS_CHANNEL);
  ch.postMessage('changed');
  ch.close();
}
