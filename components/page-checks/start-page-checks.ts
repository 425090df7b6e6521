/**
 * Page checks for one frame, checked for the whole tab: a moment after the codes seen change,
 * reads each code's row or line form into claim lines, sends them to the background (which
 * checks every frame of the tab together, see components/tab-checks/) and keeps the tab's
 * warnings it answers with. The tab's one status sits in its top frame. Nothing is sent or
 * shown until the lens is shown (site known to be on).
 */
import type { FrameLines } from '../claim-rows/claim-reader-api';
import { WarningBadge } from '../overlay/warning-badge';
import { linkFrame } from '../tab-checks/frame-link';
import { EMPTY_TAB, type TabState } from '../tab-checks/tab-state-message';
import type { SeenCodes } from './seen-codes';

export interface PageChecksDeps {
  seen: SeenCodes;
  isShown(): boolean;
  /** Our shadow root's click-through layer, where the count sits. */
  layer(): HTMLElement;
  /** The tab's state changed (open cards show the warnings, the summary lists the lines). */
  changed(state: TabState): void;
  /** A text node whose column (ZIP, MRN, Amount…) says it holds no codes: stop marking it. */
  notCodes(owner: Node): void;
  /** True in the tab's top frame, which shows the one status. */
  isTop: boolean;
  delayMs?: number;
  /** The status was activated: open the summary panel (focus returns to `from`). */
  openSummary?(from: HTMLElement): void;
  /** The summary asked this frame to open a code's card. */
  openCode?(code: string): void;
  /**
   * The frame's claim lines now, reading rows for at most `budgetMs` (claim-rows/: the row
   * reader is loaded lazily, so this may wait for it the first time).
   */
  readLines(budgetMs: number, withDiagnoses?: boolean): Promise<FrameLines>;
  /** The line to the background; tests pass one to an in-process TabChecks. */
  link?: typeof linkFrame;
}

export interface PageChecks {
  /** Something seen changed, or the lens was shown: check again shortly. */
  schedule(): void;
  /** The tab's claim as last answered by the background (the card reads its line there). */
  state(): TabState;
}

/** The pause before a frame's first check (later ones wait `delayMs`, 250 ms). */
export const FIRST_DELAY_MS = 50;

export function startPageChecks(deps: PageChecksDeps, signal: AbortSignal): PageChecks {
  const badge = deps.isTop ? new WarningBadge(deps.layer, (from) => deps.openSummary?.(from)) : null;
  let state: TabState = EMPTY_TAB;
  // -1: the first run always reaches the background, so the top frame connects (and shows the
  // tab's status) even when it holds no code itself and the claim sits in an iframe.
  let checkedRevision = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  // The first answer is what a coder waits for at page load: it goes after one short pause (the
  // scan's first slices batch into it); later changes wait for the page to settle.
  let sent = false;
  const delay = () => (sent ? (deps.delayMs ?? 250) : Math.min(deps.delayMs ?? 250, FIRST_DELAY_MS));
  const later = () => {
    if (!signal.aborted) timer ??= setTimeout(run, delay());
  };
  const again = () => {
    checkedRevision = -1;
    later();
  };
  let link: ReturnType<typeof linkFrame> | null = null;
  const connect = () =>
    (link ??= (deps.link ?? linkFrame)(
      {
        alwaysConnect: deps.isTop,
        onOpenCode: (code) => deps.openCode?.(code),
        onChecked(next) {
          // Diagnoses are read only once the background says the tab's imports can check them (a
          // diagnosis typed into a field re-reads too: every field edit touches the seen codes).
          const askDx = next.readDiagnoses && !state.readDiagnoses;
          state = next;
          if (askDx) again();
          badge?.update(state.warnings, state.lines.length);
          deps.changed(state);
        },
      },
      signal,
    ));

  let reading = false;
  const run = () => {
    timer = undefined;
    if (reading || signal.aborted || !deps.isShown() || checkedRevision === deps.seen.revision) return;
    checkedRevision = deps.seen.revision;
    reading = true;
    // Rows are read here, after the scan settles, not per scanned node; 5 ms at a time.
    const failed = (error: unknown) => (console.warn('CPT Lens: reading the claim failed', error), null);
    void deps.readLines(5, state.readDiagnoses).catch(failed).then((frame) => {
      reading = false;
      if (signal.aborted || !frame) return;
      const { lines, excluded, more } = frame;
      excluded.forEach(deps.notCodes);
      if (more) checkedRevision = -1;
      else {
        connect().send(lines, frame.diagnoses ?? []);
        sent = true;
      }
      // More rows to read, or the codes changed while these were read.
      if (more || checkedRevision !== deps.seen.revision) timer ??= setTimeout(run, more ? 0 : delay());
    });
  };

  return {
    schedule: later,
    state: () => state,
  };
}
