/** Two invented coverage articles and an ICD-10-CM file's facts, as the look-ups hand them to the rule. */
import type { CoverageArticle } from '../../../components/coverage/coverage-types';
import type { NecessityLookups } from '../../../components/coverage/necessity-types';
import type { IcdFact } from '../../../components/icd10/icd-types';

export const KNEE: CoverageArticle = {
  id: 'A59001',
  version: 3,
  title: 'Billing and Coding: Invented Knee Arthroplasty Article',
  effective: '2026-10-01',
  ends: null,
  covered: { 'M17.0': [1], 'M17.11': [1], 'M17.12': [1] },
  groups: [{ group: 1, rule: { kind: 'alone' }, paragraph: '' }],
  noncovered: { 'M25.561': true },
  asterisked: [],
};
export const BLOCK: CoverageArticle = {
  id: 'A59002',
  version: 1,
  title: 'Billing and Coding: Invented Nerve Block Article',
  effective: '2026-07-01',
  ends: null,
  covered: { 'M54.50': [1], 'G89.29': [2] },
  groups: [
    { group: 1, rule: { kind: 'needs', groups: [2], role: 'secondary' }, paragraph: '' },
    { group: 2, rule: { kind: 'needs', groups: [1], role: 'primary' }, paragraph: '' },
  ],
  noncovered: {},
  asterisked: [],
};
export const fact = (code: string, over: Partial<IcdFact> = {}): IcdFact => ({ code, found: true, title: null, billable: true, needsSeventh: false, excludes1: null, ...over });
export const ICD: Record<string, IcdFact> = {
  'M17.11': fact('M17.11'),
  'M25.561': fact('M25.561'),
  'M54.50': fact('M54.50'),
  'G89.29': fact('G89.29'),
  I10: fact('I10'),
};
export const LOOKUPS: NecessityLookups = {
  coverageImported: true,
  contractor: 'Invented Western MAC, LLC (01112)',
  articlesByCode: { '27447': [KNEE], '64483': [BLOCK] },
  icd: { fiscalYear: 2027, hasExcludes1: false, facts: ICD },
};
