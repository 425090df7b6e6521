/**
 * The claim summary for the checklist review, opened from the status in the top frame: every
 * line on the tab (all frames) with its modifiers, units, verdict, warnings and checklist
 * progress, a button per line to open its card wherever it is, and one copy action.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { getEntry } from '../../data/dataset';
import { sendRequest } from '../messaging/send-request';
import type { PanelView } from '../overlay/card-ui-api';
import { copyToClipboard } from './copy-to-clipboard';
import { lineKey } from '../claim/line';
import { verdictText } from '../claim/verdict';
import { claimWide, othersText, summaryRows } from './summary-rows';
import { copyText, type CopyKind } from './summary-text';

export function SummaryPanel({ view }: { view: PanelView }) {
  const ref = useRef<HTMLElement>(null);
  const [ticks, setTicks] = useState<Record<string, ReadonlySet<string>>>({});
  const [kind, setKind] = useState<CopyKind>('note');
  const [copied, setCopied] = useState('');
  const codes = [...new Set(view.lines.map((l) => l.code))].filter((c) => getEntry(c));
  useEffect(() => {
    let live = true;
    for (const code of codes) {
      void sendRequest({ type: 'cpt-lens/checklist-get', code })
        .then((ids) => live && setTicks((t) => ({ ...t, [code]: new Set(ids) })))
        .catch(() => {});
    }
    return () => {
      live = false;
    };
  }, [codes.join(',')]);
  useEffect(() => ref.current?.focus(), []);
  const rows = summaryRows(view, getEntry, (c) => ticks[c] ?? new Set());
  const rest = othersText(view.others);
  const wide = claimWide(view);
  const counted = view.warnings.length;
  const copy = async () => {
    const ok = await copyToClipboard(copyText(kind, rows, view.others, wide), ref.current!);
    setCopied(ok ? (kind === 'note' ? 'Claim note copied.' : 'Provider query copied.') : 'Copy failed: select the text and copy it by hand.');
  };
  return (
    <section
      ref={ref}
      class="card panel"
      role="dialog"
      aria-label="CPT Lens: claim summary"
      tabIndex={-1}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        view.onClose();
      }}
    >
      <header class="card-head head-line">
        <h2 class="title">Claim on this tab: {counted} claim {counted === 1 ? 'warning' : 'warnings'}</h2>
        <button type="button" class="close" aria-label="Close summary" onClick={view.onClose}>
          ×
        </button>
      </header>
      {wide ? (
        <section class="claim-wide" aria-label="Diagnoses on this claim">
          <p class="dx-list">Diagnoses on this claim: {wide.diagnoses.length ? wide.diagnoses.join(', ') : 'none read'}</p>
          <Findings kind="warning" label="Claim warnings about the diagnoses" items={wide.warnings} />
          <Findings kind="note" label="Notes about the diagnoses" items={wide.notes} />
        </section>
      ) : null}
      <ul class="summary-rows">
        {rows.map((r) => (
          <li key={lineKey(r.line)} class="summary-row">
            <div class="row-head">
              <span class="code">{r.written}</span>
              <button type="button" class="link" onClick={() => view.openLine(r.line.code)} aria-label={`Open card for ${r.written}`}>
                Open card
              </button>
            </div>
            <p class="row-verdict">{r.verdict ? verdictText(r.verdict) : 'Not checked yet.'}</p>
            {r.date ? <p class="dos-used">{r.date}</p> : null}
            <Findings kind="warning" label={`Claim warnings for ${r.written}`} items={r.warnings} />
            <Findings kind="note" label={`Notes for ${r.written}`} items={r.notes} />
            {r.checklist ? (
              <details class="row-checklist">
                <summary>
                  Documentation {r.checklist.done} of {r.checklist.total}
                </summary>
                <ul>
                  {r.checklist.unticked.map((t) => (
                    <li key={t}>{t}</li>
                  ))}
                </ul>
              </details>
            ) : null}
          </li>
        ))}
      </ul>
      {rest ? <p class="others">{rest}</p> : null}
      <footer class="card-foot panel-foot">
        <label>
          Copy as{' '}
          <select value={kind} onChange={(e) => setKind((e.currentTarget as HTMLSelectElement).value as CopyKind)}>
            <option value="note">note for the claim</option>
            <option value="query">query to the provider</option>
          </select>
        </label>
        <button type="button" class="copy" onClick={() => void copy()}>
          Copy
        </button>
        <span role="status" class="copied">
          {copied}
        </span>
      </footer>
    </section>
  );
}

/** A labelled list of warnings or notes; nothing when there are none. */
function Findings({ kind, label, items }: { kind: 'warning' | 'note'; label: string; items: readonly string[] }) {
  if (!items.length) return null;
  return (
    <ul class={`${kind}s`} aria-label={label}>
      {items.map((text) => (
        <li key={text} class={kind}>
          {text}
        </li>
      ))}
    </ul>
  );
}
