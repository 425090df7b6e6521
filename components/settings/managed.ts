/**
 * Settings an organisation presets through the browser's managed storage (Chrome policy
 * `3rdparty.extensions.<id>` checked against public/managed_schema.json; Firefox's enterprise
 * policy `3rdparty.Extensions`). Managed values win over the user's own; a lock flag also makes
 * the options page and popup read-only for that setting. Plain checks keep the content script
 * small; anything malformed in a policy is ignored rather than trusted.
 */
import type { Settings, SiteMode } from './settings-types';

export interface ManagedPolicy {
  mode?: SiteMode;
  enabledSites?: string[];
  disabledSites?: string[];
  /** The user cannot change the mode. */
  lockMode?: boolean;
  /** The user cannot add or remove sites (both lists). */
  lockSites?: boolean;
}

/** `list` is the settings' own site-list parser (normalises, drops what is not a host). */
export function parseManaged(raw: unknown, list: (v: unknown) => string[]): ManagedPolicy {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  return {
    ...(r.mode === 'all-sites' || r.mode === 'chosen-sites' ? { mode: r.mode } : {}),
    ...(Array.isArray(r.enabledSites) ? { enabledSites: list(r.enabledSites) } : {}),
    ...(Array.isArray(r.disabledSites) ? { disabledSites: list(r.disabledSites) } : {}),
    lockMode: r.lockMode === true,
    lockSites: r.lockSites === true,
  };
}

const union = (a: string[], b: string[] = []) => [...new Set([...b, ...a])];

/** The settings in force: the policy's mode if it sets one; its sites added to (or, locked, instead of) the user's. */
export function applyManaged(local: Settings, policy: ManagedPolicy): Settings {
  const sites = (own: string[], managed?: string[]) => (policy.lockSites ? managed ?? [] : union(own, managed));
  return {
    mode: policy.mode ?? local.mode,
    enabledSites: sites(local.enabledSites, policy.enabledSites),
    disabledSites: sites(local.disabledSites, policy.disabledSites),
  };
}
