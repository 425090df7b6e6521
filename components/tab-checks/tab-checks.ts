/**
 * Tab-wide page checks in the background. Every frame of a tab (same- or cross-origin) holds a
 * port and sends its claim lines; the tab's lines are checked together against the dataset's
 * rules (plus any added checker, e.g. the CMS edit files) and the result goes to every frame of
 * the tab and to `onTabChecked` listeners (the action badge). A port's disconnect — its frame
 * navigated, was removed or closed — forgets that frame's lines.
 *
 *   frame ──port──► TabChecks ──► checkCodes + extra checkers ──► every port of the tab
 *                                                            └──► onTabChecked listeners
 */
import type { RuleSet } from '../../data/derive';
import type { ClaimLine } from '../page-checks/claim-line';
import { checkCodes, type PageWarning } from '../page-checks/check-codes';
import { parseFrameLines, tabCheckedMessage, type TabState } from './tab-messages';
import { OPEN_CARD } from './tab-state-message';
import { TabRegistry } from './tab-registry';

/** A frame's end of the conversation, independent of the browser API (tests pass fakes). */
export interface FramePort {
  tabId: number;
  frameId: number;
  post(message: unknown): void;
  onMessage(listener: (raw: unknown) => void): void;
  onDisconnect(listener: () => void): void;
}

/** More warnings for a tab's lines, e.g. `checkWithEditFiles` from components/cms/. */
export type ExtraChecker = (lines: readonly ClaimLine[], dateOfService: string | null) => Promise<PageWarning[]>;
export type TabCheckedListener = (tabId: number, state: TabState) => void;

export class TabChecks {
  private readonly registry = new TabRegistry();
  private readonly ports = new Map<number, Set<FramePort>>();
  private readonly listeners = new Set<TabCheckedListener>();
  private readonly checkers = new Set<ExtraChecker>();
  /** Only the newest check of a tab is sent when checks overlap. */
  private readonly runs = new Map<number, number>();

  constructor(private readonly rules: () => RuleSet) {}

  onTabChecked(listener: TabCheckedListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  addChecker(checker: ExtraChecker): () => void {
    this.checkers.add(checker);
    return () => this.checkers.delete(checker);
  }

  connect(port: FramePort): void {
    const { tabId, frameId } = port;
    let ports = this.ports.get(tabId);
    if (!ports) this.ports.set(tabId, (ports = new Set()));
    ports.add(port);
    port.onMessage((raw) => {
      const lines = parseFrameLines(raw);
      if (!lines) return;
      // Unchanged lines (a frame reconnecting) still get the tab's state, on that port only.
      if (this.registry.set(tabId, frameId, lines)) void this.check(tabId);
      else void this.check(tabId, port);
    });
    port.onDisconnect(() => {
      this.ports.get(tabId)?.delete(port);
      if (this.ports.get(tabId)?.size === 0) this.ports.delete(tabId);
      // Another port of the same frame (a reloaded script) may still be live; it re-sends.
      if (this.registry.forgetFrame(tabId, frameId)) void this.check(tabId);
    });
  }

  forgetTab(tabId: number): void {
    this.registry.forgetTab(tabId);
    this.ports.delete(tabId);
    this.runs.delete(tabId);
    for (const l of this.listeners) l(tabId, { lines: [], warnings: [] });
  }

  /** Checks every tab again, e.g. after CMS edit files were imported or removed. */
  recheckAll(): void {
    for (const tabId of this.ports.keys()) void this.check(tabId);
  }

  /** Sends "open this code's card" to the first frame (top first) whose lines hold it. */
  openCard(tabId: number, code: string): boolean {
    const frame = this.registry.frameWith(tabId, code);
    const port = frame === undefined ? undefined : [...(this.ports.get(tabId) ?? [])].find((p) => p.frameId === frame);
    if (!port) return false;
    port.post({ type: OPEN_CARD, code });
    return true;
  }

  linesOf(tabId: number): ClaimLine[] {
    return this.registry.lines(tabId);
  }

  private async check(tabId: number, only?: FramePort): Promise<void> {
    const run = (this.runs.get(tabId) ?? 0) + 1;
    this.runs.set(tabId, run);
    const lines = this.registry.lines(tabId);
    const warnings = checkCodes(lines, this.rules());
    const dos = lines.find((l) => l.dateOfService)?.dateOfService ?? null;
    for (const checker of this.checkers) {
      try {
        warnings.push(...(await checker(lines, dos)));
      } catch (error) {
        console.warn('CPT Lens: a tab checker failed', error);
      }
    }
    if (this.runs.get(tabId) !== run) return;
    const state: TabState = { lines, warnings };
    const message = tabCheckedMessage(state);
    for (const port of only ? [only] : (this.ports.get(tabId) ?? [])) {
      try {
        port.post(message);
      } catch {
        // The frame went away between the check and the answer; its disconnect cleans up.
      }
    }
    if (!only) for (const l of this.listeners) l(tabId, state);
  }
}
