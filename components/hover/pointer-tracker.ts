/**
 * Turns pointer movement over page text into "this code is under the pointer". Highlights
 * have no DOM of their own, so we ask the browser which text is at the point, throttled to
 * one look-up per frame.
 */
import type { Hit } from '../highlight/highlighter';
import { boxOf, contains, textAt } from './point-to-text';

export interface PointerTrackerDeps {
  hitAt(node: Node, offset: number): Hit | undefined;
  shadowRoots(): readonly ShadowRoot[];
  /** True for events from inside our host (the card, badge or field indicator). */
  insideOurHost(target: EventTarget | null): boolean;
  enter(hit: Hit): void;
  leave(): void;
  click(hit: Hit): void;
}

export function trackPointer(deps: PointerTrackerDeps, signal: AbortSignal): void {
  let frame = 0;
  let last: { x: number; y: number; target: EventTarget | null } | null = null;
  let current: Hit | undefined;

  const hitUnder = (x: number, y: number): Hit | undefined => {
    const point = textAt(x, y, deps.shadowRoots());
    if (!point || point.node.nodeType !== Node.TEXT_NODE) return undefined;
    const hit = deps.hitAt(point.node, point.offset);
    if (!hit) return undefined;
    const box = boxOf(hit.node, hit.match.start, hit.match.codeEnd);
    // Caret look-ups snap to the nearest text, so confirm the pointer is really on the code.
    return box && contains(box, x, y) ? hit : undefined;
  };

  const evaluate = () => {
    frame = 0;
    if (!last) return;
    // Over our card: forget the hit, so coming back to the same code counts as a new hover.
    if (deps.insideOurHost(last.target)) {
      current = undefined;
      return;
    }
    const hit = hitUnder(last.x, last.y);
    if (hit === current) return;
    current = hit;
    if (hit) deps.enter(hit);
    else deps.leave();
  };

  signal.addEventListener('abort', () => cancelAnimationFrame(frame), { once: true });
  const opts = { capture: true, passive: true, signal };
  document.addEventListener(
    'mousemove',
    (e) => {
      last = { x: e.clientX, y: e.clientY, target: e.target };
      frame ||= requestAnimationFrame(evaluate);
    },
    opts,
  );
  document.addEventListener(
    'click',
    (e) => {
      if (deps.insideOurHost(e.target)) return;
      const hit = hitUnder(e.clientX, e.clientY);
      if (hit) deps.click(hit);
    },
    opts,
  );
}
