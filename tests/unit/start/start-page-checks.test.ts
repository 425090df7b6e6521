/**
 * Page checks as a feature: when the frame's lines go to the background, what comes back to the
 * cards and the status, and that it stops. The background here is the real TabChecks, in process.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RULES, TRACKED_CODES } from '../../../data/rules';
import { createCodeFinder } from '../../../components/detection/find-codes';
import { SeenCodes } from '../../../components/page-checks/seen-codes';
import { claimLines } from '../../../components/claim-rows/claim-lines';
import { readLine } from '../../../components/claim-rows/read-line';
import { FIRST_DELAY_MS, startPageChecks } from '../../../components/page-checks/start-page-checks';
import type { ClaimLine } from '../../../components/claim/line';
import { findingsFor, type ClaimFinding as PageWarning } from '../../../components/claim/finding';
import { TabChecks } from '../../../components/tab-checks/tab-checks';
import { parseTabChecked } from '../../../components/tab-checks/tab-state-message';

const find = createCodeFinder(TRACKED_CODES);
let layer: HTMLElement;
let abort: AbortController;
let seen: SeenCodes;
let shown: boolean;
let heard: PageWarning[][];
let sent: ClaimLine[][];
let background: TabChecks;
let frameIds = 0;

/** A frame of tab 1 whose link talks to `background` directly. */
function start(isTop = true, notCodes: (n: Node) => void = () => {}, own: SeenCodes = seen) {
  const frameId = isTop ? 0 : ++frameIds;
  return startPageChecks(
    {
      seen: own,
      isShown: () => shown,
      layer: () => layer,
      isTop,
      notCodes,
      changed: (s) => heard.push([...s.warnings]),
      // The claim reader in process (in the extension it is injected lazily).
      readLines: async (budgetMs) => claimLines(own.entries(), readLine, budgetMs),
      link(opts) {
        let onMessage: (raw: unknown) => void = () => {};
        background.connect({
          tabId: 1,
          frameId,
          post: (m) => opts.onChecked(parseTabChecked(m)!),
          onMessage: (l) => void (onMessage = l),
          onDisconnect: () => {},
        });
        return {
          send(lines) {
            sent.push([...lines]);
            onMessage({ type: 'cpt-lens/frame-lines', lines });
          },
        };
      },
    },
    abort.signal,
  );
}
const text = (s: string) => Object.assign(layer.appendChild(document.createElement('p')), { textContent: s }).firstChild as Text;
const badge = () => layer.querySelector<HTMLElement>('.badge-box');

beforeEach(() => {
  vi.useFakeTimers();
  layer = document.body.appendChild(document.createElement('div'));
  abort = new AbortController();
  seen = new SeenCodes();
  shown = true;
  heard = [];
  sent = [];
  background = new TabChecks(() => RULES);
});
afterEach(() => {
  abort.abort();
  layer.remove();
  vi.useRealTimers();
});

describe('startPageChecks', () => {
  it('sends the lines a moment after codes that bundle appear, and shows the tab’s count', async () => {
    const checks = start();
    const node = text('50431 and 50432');
    seen.update(node, find(node.data));
    checks.schedule();
    await vi.advanceTimersByTimeAsync(FIRST_DELAY_MS - 1);
    expect(badge()).toBeNull();
    await vi.advanceTimersByTimeAsync(1);
    expect(badge()?.hidden).toBe(false);
    expect(layer.querySelector('[role="status"]')?.textContent).toBe('CPT Lens: 1 claim warning on this tab');
    expect(heard.map((w) => w.map((x) => x.kind))).toEqual([['bundled-pair']]);
    expect(findingsFor('50432', checks.state().warnings).map((w) => w.kind)).toEqual(['bundled-pair']);
    expect(findingsFor('74360', checks.state().warnings)).toEqual([]);
    expect(checks.state().lines.map((l) => l.code)).toEqual(['50431', '50432']);
    // The first answer comes at once; later changes wait for the page to settle (a storm of edits is one check).
    const more = text('50706 x3');
    seen.update(more, find(more.data));
    checks.schedule();
    await vi.advanceTimersByTimeAsync(200);
    expect(sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(50);
    expect(sent).toHaveLength(2);
  });

  it('in a sub-frame: hears the tab’s warnings for its cards, shows no status of its own', async () => {
    const subSeen = new SeenCodes();
    const top = start(true);
    const sub = start(false, () => {}, subSeen);
    const a = text('50431');
    const b = text('50432');
    subSeen.update(a, find(a.data));
    sub.schedule();
    await vi.advanceTimersByTimeAsync(250);
    expect(findingsFor('50431', sub.state().warnings)).toEqual([]);
    seen.update(b, find(b.data));
    top.schedule();
    await vi.advanceTimersByTimeAsync(250);
    expect(findingsFor('50431', sub.state().warnings).map((w) => w.kind)).toEqual(['bundled-pair']);
    expect(layer.querySelectorAll('[role="status"]')).toHaveLength(1);
  });

  it('checks once for a burst of changes, and not again when nothing changed', async () => {
    const checks = start();
    for (const s of ['50706', '50706 50431', '50706 x3']) {
      const node = text(s);
      seen.update(node, find(node.data));
      checks.schedule();
    }
    await vi.advanceTimersByTimeAsync(250);
    checks.schedule();
    await vi.advanceTimersByTimeAsync(250);
    expect(sent).toHaveLength(1);
  });

  it('tells the lens which text sits in a column that holds no codes', async () => {
    const dropped: Node[] = [];
    const checks = start(true, (n) => dropped.push(n));
    layer.innerHTML = '<table><thead><tr><th>ZIP</th><th>CPT</th></tr></thead><tbody><tr><td>50706</td><td>50431</td></tr></tbody></table>';
    const cells = layer.querySelectorAll('td');
    for (const c of cells) seen.update(c.firstChild!, find(c.textContent!));
    checks.schedule();
    await vi.advanceTimersByTimeAsync(250);
    expect(dropped).toEqual([cells[0]!.firstChild]);
    expect(sent[0]!.map((l) => l.code)).toEqual(['50431']);
  });

  it('holds checks back until the lens is shown', async () => {
    shown = false;
    const checks = start();
    const node = text('50431 and 50432');
    seen.update(node, find(node.data));
    checks.schedule();
    await vi.advanceTimersByTimeAsync(1000);
    expect(badge()).toBeNull();
    expect(sent).toEqual([]);
    shown = true;
    checks.schedule();
    await vi.advanceTimersByTimeAsync(250);
    expect(badge()?.hidden).toBe(false);
  });

  it('runs nothing after its signal ends', async () => {
    const checks = start();
    const node = text('50431 and 50432');
    seen.update(node, find(node.data));
    checks.schedule();
    abort.abort();
    checks.schedule();
    await vi.advanceTimersByTimeAsync(1000);
    expect(badge()).toBeNull();
    expect(heard).toEqual([]);
  });
});
