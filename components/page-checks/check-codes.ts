/** Moved to components/claim/ (dataset-rules.ts, finding.ts); kept only for cms/NumbersOnlyCard.tsx (another branch) until it imports the new home. */
export type { PageWarning } from '../claim/finding';
