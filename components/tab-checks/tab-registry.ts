/**
 * The background's memory of each tab's claim: lines and diagnoses per frame, joined per tab. A
 * frame's claim lives as long as its port; a tab's as long as the tab. Pure, so it is tested
 * without a browser.
 */
import { lineKey, type ClaimLine } from '../claim/line';

interface FrameClaim {
  lines: ClaimLine[];
  diagnoses: string[];
}

const sameClaim = (a: FrameClaim, b: FrameClaim) => a.lines.map(lineKey).join('\n') === b.lines.map(lineKey).join('\n') && a.diagnoses.join() === b.diagnoses.join();

export class TabRegistry {
  private readonly tabs = new Map<number, Map<number, FrameClaim>>();

  /** Stores a frame's lines and diagnoses; false when nothing changed. */
  set(tabId: number, frameId: number, lines: ClaimLine[], diagnoses: string[] = []): boolean {
    let frames = this.tabs.get(tabId);
    const before = frames?.get(frameId);
    const next = { lines, diagnoses };
    if (before && sameClaim(before, next)) return false;
    if (!frames) this.tabs.set(tabId, (frames = new Map()));
    frames.set(frameId, next);
    return true;
  }

  forgetFrame(tabId: number, frameId: number): boolean {
    const frames = this.tabs.get(tabId);
    const had = !!frames?.delete(frameId);
    if (frames?.size === 0) this.tabs.delete(tabId);
    return had;
  }

  forgetTab(tabId: number): void {
    this.tabs.delete(tabId);
  }

  /** The frame (top first) whose lines hold `code`. */
  frameWith(tabId: number, code: string): number | undefined {
    return this.frames(tabId).find(([, f]) => f.lines.some((l) => l.code === code))?.[0];
  }

  /** Every frame's lines, each distinct line once, top frame first. */
  lines(tabId: number): ClaimLine[] {
    const out = new Map<string, ClaimLine>();
    for (const [, f] of this.frames(tabId)) for (const l of f.lines) out.set(lineKey(l), l);
    return [...out.values()];
  }

  /** Every frame's diagnoses, each once, top frame first. */
  diagnoses(tabId: number): string[] {
    return [...new Set(this.frames(tabId).flatMap(([, f]) => f.diagnoses))];
  }

  /** The tab's frames, top frame (id 0) first. */
  private frames(tabId: number): Array<[number, FrameClaim]> {
    return [...(this.tabs.get(tabId) ?? [])].sort(([a], [b]) => a - b);
  }
}
