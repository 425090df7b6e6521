/** Pointer movement → enter/leave/click on the code under it, one look-up per frame. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCodeFinder } from '../../../components/detection/find-codes';
import type { Hit } from '../../../components/highlight/highlighter';
import { trackPointer } from '../../../components/hover/pointer-tracker';
import { giveRangesBoxes } from '../support/highlight-api';

const find = createCodeFinder(['50706']);
let node: Text;
let hit: Hit;
let caret: { offsetNode: Node; offset: number } | null;
let abort: AbortController;
const events: string[] = [];

function move(x: number, y: number, target: EventTarget = document.body) {
  const e = new MouseEvent('mousemove', { clientX: x, clientY: y, bubbles: true });
  target.dispatchEvent(e);
}
const frame = () => vi.advanceTimersByTimeAsync(20);

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = '<p>CPT 50706 today</p><div id="ours"></div>';
  node = document.querySelector('p')!.firstChild as Text;
  hit = { node, match: find(node.data)[0]!, range: {} as StaticRange };
  caret = null;
  Object.defineProperty(document, 'caretPositionFromPoint', { configurable: true, value: () => caret });
  giveRangesBoxes({ left: 10, top: 10, width: 40, height: 14 });
  events.length = 0;
  abort = new AbortController();
  trackPointer(
    {
      hitAt: (n, offset) => (n === node && offset >= 4 && offset <= 9 ? hit : undefined),
      shadowRoots: () => [],
      insideOurHost: (t) => t === document.getElementById('ours'),
      enter: (h) => events.push(`enter ${h.match.code}`),
      leave: () => events.push('leave'),
      click: (h) => events.push(`click ${h.match.code}`),
    },
    abort.signal,
  );
});
afterEach(() => {
  abort.abort();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('trackPointer', () => {
  it('enters a code once while the pointer stays on it, and leaves when it moves off', async () => {
    caret = { offsetNode: node, offset: 6 };
    move(20, 15);
    move(21, 15);
    move(22, 16);
    await frame();
    expect(events).toEqual(['enter 50706']);
    caret = { offsetNode: node, offset: 12 };
    move(200, 15);
    await frame();
    expect(events).toEqual(['enter 50706', 'leave']);
  });

  it('ignores a caret that snapped to the code from a point outside its box', async () => {
    caret = { offsetNode: node, offset: 6 };
    move(300, 200);
    await frame();
    expect(events).toEqual([]);
  });

  it('counts a return from our card to the same code as a new hover', async () => {
    caret = { offsetNode: node, offset: 6 };
    move(20, 15);
    await frame();
    move(20, 15, document.getElementById('ours')!);
    await frame();
    move(20, 15);
    await frame();
    expect(events).toEqual(['enter 50706', 'enter 50706']);
  });

  it('reports a click on a code, not on our own elements', async () => {
    caret = { offsetNode: node, offset: 6 };
    document.body.dispatchEvent(new MouseEvent('click', { clientX: 20, clientY: 15, bubbles: true }));
    document.getElementById('ours')!.dispatchEvent(new MouseEvent('click', { clientX: 20, clientY: 15, bubbles: true }));
    expect(events).toEqual(['click 50706']);
  });

  it('stops listening when its signal ends', async () => {
    caret = { offsetNode: node, offset: 6 };
    move(20, 15);
    abort.abort();
    await frame();
    move(21, 15);
    await frame();
    document.body.dispatchEvent(new MouseEvent('click', { clientX: 20, clientY: 15, bubbles: true }));
    expect(events).toEqual([]);
  });
});
