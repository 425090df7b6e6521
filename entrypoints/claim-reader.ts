/**
 * The claim reader bundle (row reader, claim-context codes), injected into a frame's isolated
 * world when the frame first needs it. It installs itself on a global that the content script
 * reads (components/claim-rows/claim-reader-api.ts).
 */
import { createClaimReader } from '../components/claim-rows/claim-reader';
import { CLAIM_READER_GLOBAL } from '../components/claim-rows/claim-reader-api';

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[CLAIM_READER_GLOBAL] = createClaimReader();
});
