/**
 * Page checks for one frame: runs the dataset's rules over the codes seen on the page a
 * moment after they change, keeps the current warnings, and shows their count in the corner.
 * Nothing shows until the lens is shown (site known to be on).
 */
import type { RuleSet } from '../../data/derive';
import { WarningBadge } from '../overlay/warning-badge';
import { checkCodes, warningsFor, type PageWarning } from './check-codes';
import type { SeenCodes } from './seen-codes';

export interface PageChecksDeps {
  seen: SeenCodes;
  rules: RuleSet;
  isShown(): boolean;
  /** Our shadow root's click-through layer, where the count sits. */
  layer(): HTMLElement;
  /** The warnings changed (open cards show them). */
  changed(warnings: readonly PageWarning[]): void;
  delayMs?: number;
}

export interface PageChecks {
  /** Something seen changed, or the lens was shown: check again shortly. */
  schedule(): void;
  warningsFor(code: string): PageWarning[];
}

export function startPageChecks(deps: PageChecksDeps, signal: AbortSignal): PageChecks {
  const badge = new WarningBadge(deps.layer);
  let warnings: PageWarning[] = [];
  let checkedRevision = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });

  const run = () => {
    timer = undefined;
    if (signal.aborted || !deps.isShown() || checkedRevision === deps.seen.revision) return;
    checkedRevision = deps.seen.revision;
    warnings = checkCodes(deps.seen.list(), deps.rules);
    badge.update(warnings);
    deps.changed(warnings);
  };

  return {
    schedule() {
      if (!signal.aborted) timer ??= setTimeout(run, deps.delayMs ?? 250);
    },
    warningsFor: (code) => warningsFor(code, warnings),
  };
}
