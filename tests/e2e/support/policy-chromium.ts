/**
 * Chromium with an enterprise policy, without touching the machine's /etc: Linux Chromium reads
 * policies only from /etc/chromium/policies/managed/, so a wrapper starts it in its own user and
 * mount namespace (`unshare -Urm`, no root needed) with a temp folder bind-mounted over
 * /etc/chromium. Other browsers on the machine never see the policy.
 */
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM } from '../../../scripts/chromium.mjs';

/** The id Chromium gives an unpacked extension: SHA-256 of its absolute path, first 32 hex digits spelt a–p. */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(resolve(dir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/** Writes the policy and returns a Chromium executable path that starts under it. */
export function chromiumWithPolicy(extensionDir: string, managed: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cpt-lens-policy-'));
  const etc = join(dir, 'etc-chromium');
  mkdirSync(join(etc, 'policies', 'managed'), { recursive: true });
  if (existsSync('/etc/chromium/master_preferences')) copyFileSync('/etc/chromium/master_preferences', join(etc, 'master_preferences'));
  const policy = { '3rdparty': { extensions: { [unpackedExtensionId(extensionDir)]: managed } } };
  writeFileSync(join(etc, 'policies', 'managed', 'cpt-lens-test.json'), JSON.stringify(policy, null, 2));
  const wrapper = join(dir, 'chromium');
  writeFileSync(
    wrapper,
    `#!/bin/sh\nexec unshare -Urm sh -c 'mount --bind "$0" /etc/chromium && exec "$@"' '${etc}' '${CHROMIUM}' "$@"\n`,
  );
  chmodSync(wrapper, 0o755);
  return wrapper;
}
