/**
 * Text around a text node in the same line of inline content. "CPT <b>50706</b>" must read
 * as "CPT 50706" and "<b>507</b>06" as one longer number, while the next table cell must not
 * glue onto this one. Tag names decide what is inline: computing styles per node would cost
 * a layout on the host page.
 */
const INLINE = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'INS', 'DEL',
  'KBD', 'LABEL', 'MARK', 'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U',
  'VAR', 'WBR', 'NOBR', 'TT', 'BIG', 'STRIKE',
]);

export const CONTEXT_CHARS = 40;

function isInline(node: Node): boolean {
  return node.nodeType === Node.TEXT_NODE || (node.nodeType === Node.ELEMENT_NODE && INLINE.has((node as Element).tagName));
}

/** The nearest sibling in reading direction, climbing out of inline parents only. */
function neighbour(node: Node, forward: boolean): Node | null {
  let cur: Node = node;
  for (;;) {
    const sib = forward ? cur.nextSibling : cur.previousSibling;
    if (sib) return sib;
    const parent = cur.parentNode;
    if (!parent || !isInline(parent)) return null;
    cur = parent;
  }
}

export function textBefore(node: Text): string {
  let out = '';
  for (let cur = neighbour(node, false); cur && out.length < CONTEXT_CHARS; cur = neighbour(cur, false)) {
    if (!isInline(cur)) break;
    out = (cur.textContent ?? '') + out;
  }
  return out.slice(-CONTEXT_CHARS);
}

export function textAfter(node: Text): string {
  let out = '';
  for (let cur = neighbour(node, true); cur && out.length < CONTEXT_CHARS; cur = neighbour(cur, true)) {
    if (!isInline(cur)) break;
    out += cur.textContent ?? '';
  }
  return out.slice(0, CONTEXT_CHARS);
}
