import type { CodeEntry, Source } from '../../data/schema';

/** Every source an entry cites, once each, with the latest as-of date. */
export function sourcesOf(entry: CodeEntry): { refs: string[]; asOf: string } {
  const all: Source[] = [
    entry.descriptionSource,
    entry.status.source,
    ...entry.notWith.map((b) => b.source),
    ...entry.related.map((r) => r.source),
    ...entry.modifiers.map((m) => m.source),
    entry.checklist.source,
    entry.numbers.source,
    ...(entry.diagnoses ? [entry.diagnoses.source] : []),
  ];
  const refs = [...new Set(all.map((s) => s.ref))];
  const asOf = all.map((s) => s.asOf).sort().at(-1) ?? '';
  return { refs, asOf };
}
