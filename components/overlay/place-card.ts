/**
 * Where to put the card: below the code if it fits, else above, never over the code itself,
 * and always inside the viewport. When neither side has room for the whole card, it takes
 * the roomier side and a height cap, and scrolls inside.
 */
export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface Placement {
  top: number;
  left: number;
  /** Set when the card must shrink to stay clear of the code. */
  maxHeight: number | null;
}

const GAP = 6;
const MARGIN = 8;

export function placeCard(anchor: Box, card: { width: number; height: number }, viewport: { width: number; height: number }): Placement {
  const below = anchor.top + anchor.height + GAP;
  const roomBelow = viewport.height - MARGIN - below;
  const roomAbove = anchor.top - GAP - MARGIN;
  const maxLeft = viewport.width - MARGIN - card.width;
  const left = Math.max(MARGIN, Math.min(anchor.left, maxLeft));
  if (card.height <= roomBelow) return { top: below, left, maxHeight: null };
  if (card.height <= roomAbove) return { top: anchor.top - GAP - card.height, left, maxHeight: null };
  if (roomBelow >= roomAbove) return { top: below, left, maxHeight: Math.max(0, roomBelow) };
  const maxHeight = Math.max(0, roomAbove);
  return { top: anchor.top - GAP - maxHeight, left, maxHeight };
}
