import { describe, expect, it } from 'vitest';
import { RULES } from '../../../data/rules';
import { TabChecks, type FramePort } from '../../../components/tab-checks/tab-checks';
import { frameLinesMessage, type TabState } from '../../../components/tab-checks/tab-messages';
import { parseTabChecked } from '../../../components/tab-checks/tab-state-message';
import type { ClaimLine } from '../../../components/claim/line';
import { facts } from '../claim/claim-facts';
import { checkNecessity } from '../../../components/coverage/check-necessity';
import type { NecessityLookups } from '../../../components/coverage/necessity-types';
import type { NecessitySource } from '../../../components/tab-checks/tab-checks';
import { verdictText } from '../../../components/claim/verdict';
import { fact, ICD, LOOKUPS } from '../necessity/necessity-facts';

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
    sendWithDiagnoses: async (lines: ClaimLine[], diagnoses: string[]) => {
      onMessage(frameLinesMessage(lines, diagnoses));
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

describe('medical necessity in the tab checks', () => {
  const imported = (lookups: NecessityLookups = LOOKUPS): NecessitySource => async (lines, diagnoses) => checkNecessity({ lines, diagnoses, lookups });
  const DOS = '2026-11-02';
  const dated = (code: string): ClaimLine => ({ code, modifiers: [], units: 1, dateOfService: DOS });
  const verdictOf = (s: TabState | undefined, code: string) => verdictText(s?.verdicts.find((v) => v.key.startsWith(`${code}|`))?.parts ?? []);

  it('asks no frame for diagnoses while nothing is imported, and leaves codes outside the dataset unchecked', async () => {
    const checks = new TabChecks(() => RULES, undefined, () => DOS);
    const top = frame(checks, 1, 0);
    await top.send(dated('27447'));
    expect(top.last()).toMatchObject({ readDiagnoses: false, others: ['27447'], warnings: [] });
  });

  it('asks for the diagnoses once coverage is imported, then judges each line against them', async () => {
    const checks = new TabChecks(() => RULES, undefined, () => DOS, imported());
    const top = frame(checks, 1, 0);
    await top.send(dated('27447'), dated('64483'));
    expect(top.last()?.readDiagnoses).toBe(true);
    // The article lists the code, so it is a checked line even without any CMS edit file.
    expect(top.last()?.lines.map((l) => l.code)).toEqual(['27447', '64483']);
    expect(verdictOf(top.last(), '27447')).toBe('Code — pairs not checked: no NCCI PTP file imported · 1 unit, MUE unverified · Medical necessity — no diagnosis read to check it against');

    await top.sendWithDiagnoses([dated('27447'), dated('64483')], ['M17.11', 'M54.50']);
    const s = top.last();
    expect(s?.diagnoses).toEqual(['M17.11', 'M54.50']);
    expect(verdictOf(s, '27447')).toMatch(/Medical necessity — M17\.11 supports it \(A59001\) ✓$/);
    expect(verdictOf(s, '64483')).toMatch(/Medical necessity — no diagnosis on this claim supports it ✗$/);
    expect(kinds(s)).toEqual(['necessity-not-supported:64483']);
    expect(s?.warnings[0]?.message).toBe('M54.50 (group 1 of A59002) needs a secondary code from group 2 on this claim for 64483.');

    // The secondary diagnosis typed in: the warning goes, the line is supported.
    await top.sendWithDiagnoses([dated('27447'), dated('64483')], ['M17.11', 'M54.50', 'G89.29']);
    expect(kinds(top.last())).toEqual([]);
    expect(verdictOf(top.last(), '64483')).toMatch(/Medical necessity — M54\.50 \+ G89\.29 support it \(A59002\) ✓$/);
  });

  it('counts a header diagnosis as a claim-wide warning and gives a dataset code its no-article note', async () => {
    const lookups = { ...LOOKUPS, icd: { ...LOOKUPS.icd!, facts: { ...ICD, 'M17.1': fact('M17.1', { billable: false, title: 'Unilateral primary osteoarthritis of knee' }) } } };
    const checks = new TabChecks(() => RULES, undefined, () => DOS, imported(lookups));
    const top = frame(checks, 1, 0);
    await top.sendWithDiagnoses([dated('50431')], ['M17.1']);
    expect(kinds(top.last())).toEqual(['diagnosis-problem:']);
    expect(top.last()?.warnings[0]?.message).toMatch(/^M17\.1 \(Unilateral primary osteoarthritis of knee\) is a header, not a billable code/);
    expect(top.last()?.notes.map((n) => n.message)).toContain('No billing article of Invented Western MAC, LLC (01112) lists 50431: nothing to check its diagnoses against (not a sign it is covered).');
    expect(verdictOf(top.last(), '50431')).toMatch(/Medical necessity — no coverage article lists it$/);
  });

  it('keeps each frame\'s diagnoses apart and forgets them with the frame', async () => {
    const checks = new TabChecks(() => RULES, undefined, () => DOS, imported());
    const top = frame(checks, 1, 0);
    const sub = frame(checks, 1, 3);
    await top.sendWithDiagnoses([dated('27447')], ['M25.561']);
    await sub.sendWithDiagnoses([], ['M17.11']);
    expect(top.last()?.diagnoses).toEqual(['M25.561', 'M17.11']);
    expect(verdictOf(top.last(), '27447')).toMatch(/M17\.11 supports it/);
    await sub.leave();
    expect(top.last()?.diagnoses).toEqual(['M25.561']);
    expect(verdictOf(top.last(), '27447')).toMatch(/no diagnosis on this claim supports it ✗$/);
    expect(top.last()?.warnings.map((w) => w.message)).toContain('A59001 lists M25.561 among the diagnoses that never support 27447.');
  });
});
