/** Runs the detector on one text node, with its inline neighbours as context. */
import type { CodeMatch } from './find-codes';
import { textAfter, textBefore } from './text-context';

export type FindCodes = (text: string) => CodeMatch[];

/** Matches whose code lies inside the node; offsets are relative to the node's data. */
export function matchesInNode(node: Text, find: FindCodes): CodeMatch[] {
  const data = node.data;
  const before = textBefore(node);
  const after = textAfter(node);
  const shift = before.length;
  const out: CodeMatch[] = [];
  for (const m of find(before + data + after)) {
    if (m.start < shift || m.codeEnd > shift + data.length) continue;
    out.push({
      ...m,
      start: m.start - shift,
      codeEnd: m.codeEnd - shift,
      end: Math.min(m.end - shift, data.length),
    });
  }
  return out;
}
