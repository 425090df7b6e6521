/**
 * Tab-wide page checks in the background. Every frame of a tab (same- or cross-origin) holds a
 * port and sends its claim lines; the tab's lines are checked together (claim/check-claim.ts:
 * the dataset's rules, and the imported files' records the facts source reads) and the result
 * goes to every frame of the tab and to `onTabChecked` listeners (the action badge). A port's
 * disconnect — its frame navigated, was removed or closed — forgets that frame's lines.
 *
 *   frame ──port──► TabChecks ──► facts (IndexedDB) ──► checkClaim ──► withNecessity ──► every port of the tab
 *   (lines, diagnoses)          └─► necessity (coverage articles, ICD-10-CM) ─┘              └─► onTabChecked listeners
 * Diagnoses are read by the frames only once the answer says `readDiagnoses` (something is
 * imported that can check them): pages without those imports never pay for the walk.
 */
import type { RuleSet } from '../../data/derive';
import { checkClaim } from '../claim/check-claim';
import type { ClaimLine } from '../claim/line';
import { listedCodes, necessityLines, withNecessity } from '../claim/necessity';
import type { NecessityLine, NecessityResult } from '../coverage/necessity-types';
import type { EditFacts } from '../cms/edit-lookup';
import { toIso, today } from '../cms/edit-dates';
import { parseFrameLines, tabCheckedMessage, type TabState } from './tab-messages';
import { EMPTY_TAB, OPEN_CARD } from './tab-state-message';
import { TabRegistry } from './tab-registry';

/** A frame's end of the conversation, independent of the browser API (tests pass fakes). */
export interface FramePort {
  tabId: number;
  frameId: number;
  post(message: unknown): void;
  onMessage(listener: (raw: unknown) => void): void;
  onDisconnect(listener: () => void): void;
}

/** What the imported files say about the tab's codes (start-tab-checks.ts reads IndexedDB). */
export type FactsSource = (codes: readonly string[]) => Promise<{ edits: EditFacts | null; known: ReadonlySet<string> }>;
const NO_FACTS: FactsSource = async () => ({ edits: null, known: new Set() });
/**
 * The medical-necessity answer for the tab's lines and diagnoses (coverage/lookup-necessity.ts);
 * null when neither coverage articles nor an ICD-10-CM file is imported.
 */
export type NecessitySource = (lines: readonly NecessityLine[], diagnoses: readonly string[]) => Promise<NecessityResult | null>;
const NO_NECESSITY: NecessitySource = async () => null;

export type TabCheckedListener = (tabId: number, state: TabState) => void;

export class TabChecks {
  private readonly registry = new TabRegistry();
  private readonly ports = new Map<number, Set<FramePort>>();
  private readonly listeners = new Set<TabCheckedListener>();
  /** Only the newest check of a tab is sent when checks overlap. */
  private readonly runs = new Map<number, number>();

  constructor(
    private readonly rules: () => RuleSet,
    private readonly facts: FactsSource = NO_FACTS,
    /** Today as YYYY-MM-DD, for lines the page gives no date of service (tests pin it). */
    private readonly todayIso: () => string = () => toIso(today()),
    private readonly necessity: NecessitySource = NO_NECESSITY,
  ) {}

  onTabChecked(listener: TabCheckedListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  connect(port: FramePort): void {
    const { tabId, frameId } = port;
    let ports = this.ports.get(tabId);
    if (!ports) this.ports.set(tabId, (ports = new Set()));
    ports.add(port);
    port.onMessage((raw) => {
      const frame = parseFrameLines(raw);
      if (!frame) return;
      // Unchanged lines (a frame reconnecting) still get the tab's state, on that port only.
      if (this.registry.set(tabId, frameId, frame.lines, frame.diagnoses)) void this.check(tabId);
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
    for (const l of this.listeners) l(tabId, EMPTY_TAB);
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
    const all = this.registry.lines(tabId);
    const diagnoses = this.registry.diagnoses(tabId);
    let facts: Awaited<ReturnType<FactsSource>> = { edits: null, known: new Set() };
    let necessity: NecessityResult | null = null;
    try {
      facts = await this.facts(all.map((l) => l.code));
    } catch (error) {
      // The dataset's checks still run when the imported files cannot be read.
      console.warn('CPT Lens: the imported files could not be read', error);
    }
    try {
      necessity = all.length ? await this.necessity(necessityLines(all), diagnoses) : null;
    } catch (error) {
      console.warn('CPT Lens: the coverage or ICD-10-CM files could not be read', error);
    }
    if (this.runs.get(tabId) !== run) return;
    const known = necessity ? new Set([...facts.known, ...listedCodes(necessity)]) : facts.known;
    const checked = checkClaim(all, { rules: this.rules(), ...facts, known }, this.todayIso());
    const state: TabState = {
      ...(necessity ? withNecessity(checked, all, necessity, diagnoses) : checked),
      readDiagnoses: necessity !== null,
      diagnoses,
    };
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
