/**
 * Where to put the card: below the code if it fits, else above, never over the code itself,
 * and always inside the viewport.
 */
export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

const GAP = 6;
const MARGIN = 8;

export function placeCard(anchor: Box, card: { width: number; height: number }, viewport: { width: number; height: number }): { top: number; left: number } {
  const below = anchor.top + anchor.height + GAP;
  const above = anchor.top - GAP - card.height;
  const roomBelow = viewport.height - MARGIN - below;
  const roomAbove = anchor.top - GAP - MARGIN;
  let top: number;
  if (card.height <= roomBelow) top = below;
  else if (card.height <= roomAbove) top = above;
  // Neither fits whole: take the larger side; the card scrolls inside its max height.
  else top = roomBelow >= roomAbove ? below : Math.max(MARGIN, above);
  const maxLeft = viewport.width - MARGIN - card.width;
  const left = Math.max(MARGIN, Math.min(anchor.left, maxLeft));
  return { top, left };
}
