/**
 * The background's memory of each tab's claim: lines per frame, joined per tab. A frame's lines
 * live as long as its port; a tab's as long as the tab. Pure, so it is tested without a browser.
 */
import { lineKey, type ClaimLine } from '../claim/line';

export class TabRegistry {
  private readonly tabs = new Map<number, Map<number, ClaimLine[]>>();
  private readonly dx = new Map<number, Map<number, string[]>>();

  /** Stores a frame's lines and diagnoses; false when nothing changed. */
  set(tabId: number, frameId: number, lines: ClaimLine[], diagnoses: string[] = []): boolean {
    let frames = this.tabs.get(tabId);
    const before = frames?.get(frameId);
    const dxBefore = this.dx.get(tabId)?.get(frameId) ?? [];
    if (before && before.map(lineKey).join('\n') === lines.map(lineKey).join('\n') && dxBefore.join() === diagnoses.join()) return false;
    if (!frames) this.tabs.set(tabId, (frames = new Map()));
    frames.set(frameId, lines);
    let dx = this.dx.get(tabId);
    if (!dx) this.dx.set(tabId, (dx = new Map()));
    dx.set(frameId, diagnoses);
    return true;
  }

  /** Every frame's diagnoses, each once, top frame first. */
  diagnoses(tabId: number): string[] {
    const frames = [...(this.dx.get(tabId) ?? new Map<number, string[]>())].sort(([a], [b]) => a - b);
    return [...new Set(frames.flatMap(([, d]) => d))];
  }

  forgetFrame(tabId: number, frameId: number): boolean {
    const frames = this.tabs.get(tabId);
    const had = !!frames?.delete(frameId);
    if (frames?.size === 0) this.tabs.delete(tabId);
    this.dx.get(tabId)?.delete(frameId);
    return had;
  }

  forgetTab(tabId: number): void {
    this.tabs.delete(tabId);
    this.dx.delete(tabId);
  }

  /** The frame (top first) whose lines hold `code`. */
  frameWith(tabId: number, code: string): number | undefined {
    const frames = [...(this.tabs.get(tabId) ?? new Map<number, ClaimLine[]>())].sort(([a], [b]) => a - b);
    return frames.find(([, lines]) => lines.some((l) => l.code === code))?.[0];
  }

  /** Every frame's lines, each distinct line once, top frame first. */
  lines(tabId: number): ClaimLine[] {
    const frames = [...(this.tabs.get(tabId) ?? new Map<number, ClaimLine[]>())].sort(([a], [b]) => a - b);
    const out = new Map<string, ClaimLine>();
    for (const [, lines] of frames) for (const l of lines) out.set(lineKey(l), l);
    return [...out.values()];
  }
}
