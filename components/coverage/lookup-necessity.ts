/**
 * What the background calls for a claim: the batched, cached look-ups of both imports, then the
 * pure rule. After the first check of a claim both caches are warm and this reads nothing.
 */
import { lookupIcd } from '../icd10/icd-lookup';
import { checkNecessity } from './check-necessity';
import { lookupCoverage } from './coverage-lookup';
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
