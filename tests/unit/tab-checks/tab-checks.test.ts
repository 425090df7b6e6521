import { describe, expect, it } from 'vitest';
import { RULES } from '../../../data/rules';
import { TabChecks, type FramePort } from '../../../components/tab-checks/tab-checks';
import { frameLinesMessage, type TabState } from '../../../components/tab-checks/tab-messages';
import { parseTabChecked } from '../../../components/tab-checks/tab-state-message';
import type { ClaimLine } from '../../../components/claim/line';
import { facts } from '../claim/claim-facts';

/** A frame's port as the background sees it: what it received, and a way to talk and leave. */
function frame(checks: TabChecks, tabId: number, frameId: number) {
  let onMessage: (raw: unknown) => void = () => {};
  let onDisconnect: () => void = () => {};
  const received: TabState[] = [];
  const port: FramePort = {
    tabId,
    frameId,
    post: (m) => received.push(parseTabChecked(m)!),
    onMessage: (l) => void (onMessage = l),
    onDisconnect: (l) => void (onDisconnect = l),
  };
  checks.connect(port);
  return {
    received,
    last: () => received.at(-1),
    send: async (...lines: ClaimLine[]) => {
      onMessage(frameLinesMessage(lines));
      await new Promise((r) => setTimeout(r, 0));
    },
    leave: async () => {
      onDisconnect();
      await new Promise((r) => setTimeout(r, 0));
    },
  };
}
const line = (code: string, modifiers: string[] = [], units: number | null = null): ClaimLine => ({ code, modifiers, units });
const kinds = (s: TabState | undefined) => (s?.warnings ?? []).map((w) => `${w.kind}:${w.codes.join('+')}`);

describe('tab-wide checks', () => {
  it('checks the frames of one tab together: a primary in the top frame satisfies the add-on in a frame', async () => {
    const checks = new TabChecks(() => RULES);
    const top = frame(checks, 1, 0);
    const sub = frame(checks, 1, 7);
    await sub.send(line('50706'));
    expect(kinds(sub.last())).toEqual(['addon-without-primary:50706']);
    await top.send(line('50431'));
    expect(kinds(top.last())).toEqual([]);
    expect(kinds(sub.last())).toEqual([]);
    expect(top.last()?.lines.map((l) => l.code)).toEqual(['50431', '50706']);
  });

  it('keeps tabs apart', async () => {
    const checks = new TabChecks(() => RULES);
    const a = frame(checks, 1, 0);
    const b = frame(checks, 2, 0);
    await a.send(line('50431'));
    await b.send(line('50706'));
    expect(kinds(b.last())).toEqual(['addon-without-primary:50706']);
  });

  it('forgets a frame when its port closes (the frame navigated) and tells the rest of the tab', async () => {
    const checks = new TabChecks(() => RULES);
    const top = frame(checks, 1, 0);
    const sub = frame(checks, 1, 3);
    await top.send(line('50706'));
    await sub.send(line('50431'));
    expect(kinds(top.last())).toEqual([]);
    await sub.leave();
    expect(kinds(top.last())).toEqual(['addon-without-primary:50706']);
  });

  it('forgets a closed tab and tells the listeners it has nothing', async () => {
    const checks = new TabChecks(() => RULES);
    const seen: Array<[number, number]> = [];
    checks.onTabChecked((tab, s) => seen.push([tab, s.warnings.length]));
    const top = frame(checks, 4, 0);
    await top.send(line('50706'));
    checks.forgetTab(4);
    expect(checks.linesOf(4)).toEqual([]);
    expect(seen).toEqual([[4, 1], [4, 0]]);
  });

  it('answers an unchanged re-send only on that port, and checks with the imported files the facts source reads', async () => {
    const asked: string[][] = [];
    const edits = facts({ ptp: [{ c1: '50431', c2: '76496', ind: 0 }] });
    const checks = new TabChecks(() => RULES, async (codes) => (asked.push([...codes]), { edits, known: new Set() }));
    const top = frame(checks, 1, 0);
    const sub = frame(checks, 1, 2);
    await sub.send({ ...line('50431'), dateOfService: '2026-05-07' }, line('76496'));
    const before = top.received.length;
    await sub.send({ ...line('50431'), dateOfService: '2026-05-07' }, line('76496'));
    expect(top.received.length).toBe(before);
    expect(asked[0]).toEqual(['50431', '76496']);
    expect(kinds(sub.last())).toEqual(['ptp-never-together:50431+76496']);
    // The undated line takes the claim's date; the verdict says so.
    expect(sub.last()?.verdicts.map((v) => `${v.dos} ${v.dosFrom}`)).toEqual(['2026-05-07 line', '2026-05-07 claim']);
  });

  it('still checks with the dataset when the imported files cannot be read', async () => {
    const checks = new TabChecks(() => RULES, async () => Promise.reject(new Error('IndexedDB closed')));
    const top = frame(checks, 1, 0);
    await top.send(line('50706'));
    expect(kinds(top.last())).toEqual(['addon-without-primary:50706']);
  });

  it('counts codes nobody knows apart, and tells which non-dataset codes the files know', async () => {
    const checks = new TabChecks(() => RULES, async () => ({ edits: facts({ mue: { '52000': { v: 1, a: 2 } } }), known: new Set(['52000']) }));
    const top = frame(checks, 1, 0);
    await top.send(line('52000', [], 3), line('99213'));
    expect(top.last()?.known).toEqual(['52000']);
    expect(top.last()?.others).toEqual(['99213']);
    expect(kinds(top.last())).toEqual(['mue-exceeded:52000']);
  });

  it('ignores messages that are not frame lines', async () => {
    const checks = new TabChecks(() => RULES);
    const top = frame(checks, 1, 0);
    await top.send({ code: 'DROP TABLE', modifiers: [], units: null });
    expect(top.received).toEqual([]);
  });
});
