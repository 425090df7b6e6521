/**
 * What the background calls for a claim: the batched, cached look-ups of both imports, then the
 * pure rule. After the first check of a claim both caches are warm and this reads nothing.
 */
import { forgetCachedIcd, ICD_CHANNEL, lookupIcd } from '../icd10/icd-lookup';
import { checkNecessity } from './check-necessity';
import { COVERAGE_CHANNEL, forgetCachedCoverage, lookupCoverage } from './coverage-lookup';
import type { NecessityLine, NecessityLookups, NecessityResult } from './necessity-types';

export async function lookupNecessity(lines: readonly NecessityLine[], diagnoses: readonly string[]): Promise<NecessityLookups> {
  const [coverage, icd] = await Promise.all([lookupCoverage(lines.map((l) => l.code)), lookupIcd(diagnoses)]);
  return {
    coverageImported: coverage.set !== null,
    contractor: coverage.chosen?.label ?? null,
    articlesByCode: coverage.articlesByCode,
    icd: icd.set ? { fiscalYear: icd.set.fiscalYear, hasExcludes1: icd.set.hasExcludes1, facts: Object.fromEntries(icd.facts) } : null,
  };
}

export async function checkClaimNecessity(lines: readonly NecessityLine[], diagnoses: readonly string[]): Promise<NecessityResult> {
  return checkNecessity({ lines, diagnoses, lookups: await lookupNecessity(lines, diagnoses) });
}

/** The tab checks' necessity source: null when neither coverage articles nor ICD-10-CM is imported. */
export async function necessityForClaim(lines: readonly NecessityLine[], diagnoses: readonly string[]): Promise<NecessityResult | null> {
  const lookups = await lookupNecessity(lines, diagnoses);
  if (!lookups.coverageImported && !lookups.icd) return null;
  return checkNecessity({ lines, diagnoses, lookups });
}

/** Calls `listener` after an import, a removal or a new contractor choice (from the options page or its worker). */
export function onNecessityFilesChanged(listener: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channels = [COVERAGE_CHANNEL, ICD_CHANNEL].map((name) => new BroadcastChannel(name));
  for (const ch of channels) {
    ch.onmessage = () => {
      // Forget first: the look-ups' own channel may hear the news after this one.
      forgetCachedCoverage();
      forgetCachedIcd();
      listener();
    };
  }
  return () => channels.forEach((ch) => ch.close());
}
