import type { CodeEntry, Source } from '../../data/schema';

const KIND_LABEL: Record<Source['kind'], string> = {
  cpt: 'CPT',
  cms: 'CMS',
  contractor: 'Medicare contractor',
  cdc: 'CDC, public domain',
  professional: 'professional society',
  'third-party': 'third-party site',
  'machine-generated': 'machine-generated site',
  'ai-written': 'AI-written site',
};

export interface Citation {
  ref: string;
  /** Every edition or date the entry cites this source for, e.g. "MPFS 2026". */
  asOf: string[];
  kind: string;
  url?: string | undefined;
}

function factSources(entry: CodeEntry): Source[] {
  return Object.values(entry.feeSchedule).flatMap((f) => ('source' in f ? [f.source] : []));
}

/** Every source an entry cites, once each, with the editions it is cited for. */
export function sourcesOf(entry: CodeEntry): Citation[] {
  const all: Source[] = [
    entry.descriptionSource,
    entry.status.source,
    ...entry.notWith.map((b) => b.source),
    ...entry.related.map((r) => r.source),
    ...entry.modifiers.map((m) => m.source),
    ...(entry.status.claimInstructions ?? []).map((c) => c.source),
    entry.checklist.source,
    ...factSources(entry),
    ...(entry.diagnoses ? [entry.diagnoses.source] : []),
  ];
  const byRef = new Map<string, Citation>();
  for (const s of all) {
    const c = byRef.get(s.ref) ?? { ref: s.ref, asOf: [], kind: KIND_LABEL[s.kind], url: s.url };
    if (!c.asOf.includes(s.asOf)) c.asOf.push(s.asOf);
    byRef.set(s.ref, c);
  }
  return [...byRef.values()];
}

export function kindLabel(source: Source): string {
  return KIND_LABEL[source.kind];
}
