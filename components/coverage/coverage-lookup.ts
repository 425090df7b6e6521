/**
 * Background-side reads of the imported coverage articles for a claim's codes: one transaction
 * (the code index for every code, then every article it names), then caches keyed by import
 * generation, so a re-check of the same claim reads nothing. Articles are filtered to the
 * contractor the user chose, or the contractors serving the chosen state.
 */
import { bucketOf } from '../cms/code-buckets';
import { coverageDb, readChoice, readCoverageSet } from './coverage-db';
import type { ArticleRecord, ContractorChoice, ContractorInfo, CoverageArticle, CoverageSetInfo } from './coverage-types';

export interface ChosenContractors {
  /** "Noridian Healthcare Solutions (01112)" or "contractors serving CA". */
  label: string;
  keys: ReadonlySet<string>;
}
export interface CoverageFacts {
  set: CoverageSetInfo | null;
  chosen: ChosenContractors | null;
  /** Per HCPCS/CPT code: the chosen contractors' articles that list it. */
  articlesByCode: Record<string, CoverageArticle[]>;
}

export const COVERAGE_CHANNEL = 'cpt-lens-coverage';
const CACHE_MAX = 2000;
const codeCache = new Map<string, string[]>();
const articleCache = new Map<string, { article: CoverageArticle; keys: string[] }>();
let cachedMeta: { set: CoverageSetInfo | null; choice: ContractorChoice | null } | null = null;
let channel: BroadcastChannel | null = null;

function listen(): void {
  if (channel || typeof BroadcastChannel === 'undefined') return;
  channel = new BroadcastChannel(COVERAGE_CHANNEL);
  channel.onmessage = () => forgetCachedCoverage();
  (channel as unknown as { unref?: () => void }).unref?.();
}

export function forgetCachedCoverage(): void {
  codeCache.clear();
  articleCache.clear();
  cachedMeta = null;
}

export function announceCoverageChange(): void {
  forgetCachedCoverage();
  if (typeof BroadcastChannel === 'undefined') return;
  const ch = new BroadcastChannel(COVERAGE_CHANNEL);
  ch.postMessage('changed');
  ch.close();
}

export async function saveChoice(choice: ContractorChoice | null): Promise<void> {
  const db = await coverageDb();
  if (choice) await db.put('meta', choice, 'choice');
  else await db.delete('meta', 'choice');
  announceCoverageChange();
}

export function contractorLabel(c: ContractorInfo): string {
  return `${c.name}${c.number ? ` (${c.number})` : ''}`;
}

export function resolveChoice(set: CoverageSetInfo, choice: ContractorChoice | null): ChosenContractors | null {
  if (!choice) return null;
  if ('contractor' in choice) {
    const c = set.contractors.find((x) => x.key === choice.contractor);
    return c ? { label: contractorLabel(c), keys: new Set([c.key]) } : null;
  }
  const serving = set.contractors.filter((c) => c.states.includes(choice.state));
  return serving.length ? { label: `the contractors serving ${choice.state}`, keys: new Set(serving.map((c) => c.key)) } : null;
}

const split = (s: string) => (s ? s.split(' ') : []);

function toArticle(r: ArticleRecord): CoverageArticle {
  const covered: Record<string, number[]> = {};
  for (const g of r.cov) for (const code of split(g.c)) (covered[code] ??= []).push(g.g);
  const noncovered: Record<string, true> = {};
  for (const code of split(r.non)) noncovered[code] = true;
  return {
    id: r.display,
    version: r.v,
    title: r.t,
    effective: r.eff,
    ends: r.end,
    covered,
    groups: r.cov.map((g) => ({ group: g.g, rule: g.r, paragraph: g.p })),
    noncovered,
    asterisked: split(r.ast),
  };
}

function remember<V>(cache: Map<string, V>, key: string, value: V): void {
  if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value!);
  cache.set(key, value);
}

export async function lookupCoverage(codes: readonly string[]): Promise<CoverageFacts> {
  listen();
  const meta = channel && cachedMeta ? cachedMeta : { set: await readCoverageSet(), choice: await readChoice() };
  if (cachedMeta?.set?.gen !== meta.set?.gen) {
    codeCache.clear();
    articleCache.clear();
  }
  cachedMeta = meta;
  const { set } = meta;
  const articlesByCode: Record<string, CoverageArticle[]> = {};
  if (!set) return { set, chosen: null, articlesByCode };
  const chosen = resolveChoice(set, meta.choice);
  const wanted = [...new Set(codes.map((c) => c.trim().toUpperCase()))];
  const cached = (c: string) => codeCache.get(`${set.gen}:${c}`);
  const missing = wanted.filter((c) => !cached(c));
  if (missing.length > 0 || wanted.some((c) => cached(c)!.some((id) => !articleCache.has(`${set.gen}:${id}`)))) {
    const db = await coverageDb();
    const tx = db.transaction(['code', 'article']);
    const codes = tx.objectStore('code');
    await Promise.all(
      missing.map(async (c) => {
        // One record per code prefix; imports made before hold one record per code.
        const rec = set.layout === 'code-buckets' ? ((await codes.get([set.gen, bucketOf(c)])) as Record<string, string[]> | undefined)?.[c] : ((await codes.get([set.gen, c])) as string[] | undefined);
        remember(codeCache, `${set.gen}:${c}`, rec ?? []);
      }),
    );
    const ids = [...new Set(wanted.flatMap((c) => cached(c) ?? []))].filter((id) => !articleCache.has(`${set.gen}:${id}`));
    await Promise.all(
      ids.map(async (id) => {
        const rec = await tx.objectStore('article').get([set.gen, id]);
        if (rec) remember(articleCache, `${set.gen}:${id}`, { article: toArticle(rec), keys: rec.k });
      }),
    );
    await tx.done;
  }
  for (const c of wanted) {
    const list: CoverageArticle[] = [];
    for (const id of cached(c) ?? []) {
      const hit = articleCache.get(`${set.gen}:${id}`);
      if (hit && chosen && hit.keys.some((k) => chosen.keys.has(k))) list.push(hit.article);
    }
    articlesByCode[c] = list;
  }
  return { set, chosen, articlesByCode };
}
