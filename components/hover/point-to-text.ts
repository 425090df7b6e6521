/** The text node and offset under a point, looking into open shadow roots we know of. */
export interface TextPoint {
  node: Node;
  offset: number;
}

type CaretDoc = Document & {
  caretPositionFromPoint?(x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }): { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?(x: number, y: number): Range | null;
};

export function textAt(x: number, y: number, shadowRoots: readonly ShadowRoot[], doc: Document = document): TextPoint | null {
  const d = doc as CaretDoc;
  if (d.caretPositionFromPoint) {
    const pos = d.caretPositionFromPoint(x, y, { shadowRoots: [...shadowRoots] });
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  const range = d.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** The box of a slice of one text node; a short-lived live Range, detached at once. */
export function boxOf(node: Text, start: number, end: number): DOMRect | null {
  if (!node.isConnected || end > node.length) return null;
  const range = node.ownerDocument.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  const rect = range.getBoundingClientRect();
  range.detach();
  return rect.width || rect.height ? rect : null;
}

export function contains(rect: DOMRect, x: number, y: number, slack = 1): boolean {
  return x >= rect.left - slack && x <= rect.right + slack && y >= rect.top - slack && y <= rect.bottom + slack;
}
