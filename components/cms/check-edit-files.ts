/** Moved to components/claim/edit-rules.ts; kept only for cms/card-facts.ts (another branch) until it imports the new home. */
export { activeEdge } from '../claim/edit-rules';
