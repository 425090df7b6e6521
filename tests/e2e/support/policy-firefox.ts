/**
 * Firefox ESR with an enterprise policy, without touching the machine's files: Firefox reads
 * `distribution/policies.json` beside its binary (/usr/share/firefox-esr/distribution on
 * Debian), so a wrapper starts it in its own user and mount namespace (`unshare -Urm`, no root
 * needed) with a temp folder bind-mounted over that folder. Other browsers never see it.
 */
import { chmodSync, mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { FIREFOX } from '../../../scripts/firefox.mjs';

/** Writes policies.json with `3rdparty.Extensions[id]` and returns a Firefox executable path that starts under it. */
export function firefoxWithPolicy(extensionId: string, managed: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cpt-lens-ffpolicy-'));
  const dist = join(dir, 'distribution');
  mkdirSync(dist);
  writeFileSync(join(dist, 'policies.json'), JSON.stringify({ policies: { '3rdparty': { Extensions: { [extensionId]: managed } } } }, null, 2));
  const binary = realpathSync(FIREFOX);
  const target = realpathSync(join(dirname(binary), 'distribution'));
  const wrapper = join(dir, 'firefox');
  writeFileSync(wrapper, `#!/bin/sh\nexec unshare -Urm sh -c 'mount --bind "$0" "$1" && shift && exec "$@"' '${dist}' '${target}' '${binary}' "$@"\n`);
  chmodSync(wrapper, 0o755);
  return wrapper;
}
