/** Moved to components/claim/line.ts; kept only for claim-rows/ (another branch) until it imports the new home. */
export { lineKey, type ClaimLine } from '../claim/line';
