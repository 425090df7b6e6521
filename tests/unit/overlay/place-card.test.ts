import { describe, expect, it } from 'vitest';
import { placeCard } from '../../../components/overlay/place-card';

const viewport = { width: 1000, height: 800 };
const card = { width: 380, height: 300 };
const overlaps = (a: { top: number; height: number }, top: number, height: number) => top < a.top + a.height && top + height > a.top;

describe('card placement', () => {
  it('goes below the code when there is room', () => {
    const anchor = { top: 100, left: 50, width: 40, height: 16 };
    const pos = placeCard(anchor, card, viewport);
    expect(pos.top).toBeGreaterThan(anchor.top + anchor.height);
    expect(pos.left).toBe(50);
  });

  it('flips above a code near the bottom, without covering it', () => {
    const anchor = { top: 700, left: 50, width: 40, height: 16 };
    const pos = placeCard(anchor, card, viewport);
    expect(pos.top + card.height).toBeLessThan(anchor.top);
    expect(overlaps(anchor, pos.top, card.height)).toBe(false);
  });

  it('shrinks onto the roomier side when neither side fits, still clear of the code', () => {
    const anchor = { top: 467, left: 260, width: 40, height: 16 };
    const pos = placeCard(anchor, { width: 380, height: 560 }, { width: 1280, height: 900 });
    expect(pos.maxHeight).not.toBeNull();
    expect(overlaps(anchor, pos.top, pos.maxHeight!)).toBe(false);
    expect(pos.top).toBeGreaterThanOrEqual(0);
    expect(pos.top + pos.maxHeight!).toBeLessThanOrEqual(900);
  });

  it('stays inside the viewport at the right edge', () => {
    const pos = placeCard({ top: 100, left: 950, width: 40, height: 16 }, card, viewport);
    expect(pos.left + card.width).toBeLessThanOrEqual(viewport.width);
  });
});
