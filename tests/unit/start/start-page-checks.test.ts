/** Page checks as a feature: when the count appears, what cards hear, and that it stops. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RULES, TRACKED_CODES } from '../../../data/rules';
import { createCodeFinder } from '../../../components/detection/find-codes';
import { SeenCodes } from '../../../components/page-checks/seen-codes';
import { startPageChecks } from '../../../components/page-checks/start-page-checks';
import type { PageWarning } from '../../../components/page-checks/check-codes';

const find = createCodeFinder(TRACKED_CODES);
let layer: HTMLElement;
let abort: AbortController;
let seen: SeenCodes;
let shown: boolean;
let heard: PageWarning[][];

function start() {
  return startPageChecks({ seen, rules: RULES, isShown: () => shown, layer: () => layer, changed: (w) => heard.push([...w]) }, abort.signal);
}
const text = (s: string) => Object.assign(document.createElement('p'), { textContent: s }).firstChild as Text;
const badge = () => layer.querySelector<HTMLElement>('.badge-box');

beforeEach(() => {
  vi.useFakeTimers();
  layer = document.body.appendChild(document.createElement('div'));
  abort = new AbortController();
  seen = new SeenCodes();
  shown = true;
  heard = [];
});
afterEach(() => {
  abort.abort();
  layer.remove();
  vi.useRealTimers();
});

describe('startPageChecks', () => {
  it('shows the count a moment after codes that bundle appear, and tells the cards', async () => {
    const checks = start();
    const node = text('50431 and 50432');
    seen.update(node, find(node.data));
    checks.schedule();
    await vi.advanceTimersByTimeAsync(200);
    expect(badge()).toBeNull();
    await vi.advanceTimersByTimeAsync(50);
    expect(badge()?.hidden).toBe(false);
    expect(layer.querySelector('[role="status"]')?.textContent).toBe('CPT Lens: 1 billing check on this page');
    expect(heard.map((w) => w.map((x) => x.kind))).toEqual([['bundled-pair']]);
    expect(checks.warningsFor('50432').map((w) => w.kind)).toEqual(['bundled-pair']);
    expect(checks.warningsFor('74360')).toEqual([]);
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
    expect(heard).toHaveLength(1);
  });

  it('holds checks back until the lens is shown', async () => {
    shown = false;
    const checks = start();
    const node = text('50431 and 50432');
    seen.update(node, find(node.data));
    checks.schedule();
    await vi.advanceTimersByTimeAsync(1000);
    expect(badge()).toBeNull();
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
