/** Runs the detector on one text node, with its inline neighbours as context. */
import type { CodeMatch } from './find-codes';
import { CONTEXT_CHARS, textAfter, textBefore } from './text-context';

export type FindCodes = (text: string) => CodeMatch[];

/**
 * Matches whose code starts in [from, to) of the node's data; offsets are relative to the
 * node. A window lets a huge text node be read in pieces across time slices.
 */
export function matchesInWindow(node: Text, find: FindCodes, from: number, to: number): CodeMatch[] {
  const data = node.data;
  const before = from === 0 ? textBefore(node) : data.slice(Math.max(0, from - CONTEXT_CHARS), from);
  const after = to >= data.length ? textAfter(node) : data.slice(to, to + CONTEXT_CHARS);
  const shift = before.length - from;
  const out: CodeMatch[] = [];
  for (const m of find(before + data.slice(from, to) + after)) {
    const start = m.start - shift;
    if (start < from || start >= to || m.codeEnd - shift > data.length) continue;
    out.push({ ...m, start, codeEnd: m.codeEnd - shift, end: Math.min(m.end - shift, data.length) });
  }
  return out;
}

export function matchesInNode(node: Text, find: FindCodes): CodeMatch[] {
  return matchesInWindow(node, find, 0, node.data.length);
}
