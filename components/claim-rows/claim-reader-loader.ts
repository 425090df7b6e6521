/**
 * Loads the claim reader on first need: the background injects claim-reader.js into this
 * frame's isolated world, where it installs itself on a global (as the card UI does).
 */
import { sendRequest } from '../messaging/send-request';
import { installedClaimReader, type ClaimReader } from './claim-reader-api';

let loading: Promise<ClaimReader> | null = null;

export function loadClaimReader(): Promise<ClaimReader> {
  const ready = installedClaimReader();
  if (ready) return Promise.resolve(ready);
  loading ??= sendRequest({ type: 'cpt-lens/load-claim-reader' })
    .then(() => {
      const reader = installedClaimReader();
      if (!reader) throw new Error('CPT Lens: claim reader did not install');
      return reader;
    })
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}
