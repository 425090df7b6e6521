/** Progress of a running import, or its result (an alert when refused). Text only: file names are shown, never rendered as HTML. */
export type ImportState = { kind: 'idle' } | { kind: 'busy'; done: number; total: number; file: string } | { kind: 'error' | 'ok'; text: string };

export function ImportStatus({ state, label }: { state: ImportState; label: string }) {
  if (state.kind === 'idle') return null;
  if (state.kind === 'busy') {
    return (
      <p role="status">
        <progress max={state.total || 1} value={state.done} aria-label={label} /> Reading {state.file}… {state.total ? Math.floor((state.done / state.total) * 100) : 0}%
      </p>
    );
  }
  return (
    <p role={state.kind === 'error' ? 'alert' : 'status'} class={state.kind}>
      {state.text}
    </p>
  );
}
