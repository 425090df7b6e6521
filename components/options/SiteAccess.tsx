/**
 * Where CPT Lens runs: every site (the default) or only sites the user enabled from the popup.
 * Lists the enabled sites with Revoke, and says which settings the organisation manages (those
 * controls are disabled).
 */
import { revokeSite } from '../site-access/site-grants';
import type { SiteMode } from '../settings/settings';
import type { SettingsState } from './use-settings';

export function SiteAccess({ state }: { state: SettingsState }) {
  const { local, managed, effective, save } = state;
  const modeLocked = !!managed.lockMode;
  const sitesLocked = !!managed.lockSites;
  const fixed = new Set(managed.enabledSites ?? []);
  const setMode = (mode: SiteMode) => void save({ ...local, mode });
  const managedNotes = [
    managed.mode || modeLocked ? `where CPT Lens runs${modeLocked ? ' (locked)' : ''}` : '',
    managed.enabledSites || managed.disabledSites || sitesLocked ? `site lists${sitesLocked ? ' (locked)' : ''}` : '',
  ].filter(Boolean);
  return (
    <section aria-labelledby="access-h">
      <h2 id="access-h">Where CPT Lens runs</h2>
      {managedNotes.length ? <p class="managed">Managed by your organisation: {managedNotes.join('; ')}.</p> : null}
      <fieldset class="plain" disabled={modeLocked}>
        <legend class="sr-only">Where CPT Lens runs</legend>
        <label class="choice">
          <input type="radio" name="mode" checked={effective.mode === 'all-sites'} onChange={() => setMode('all-sites')} /> All sites
        </label>
        <label class="choice">
          <input type="radio" name="mode" checked={effective.mode === 'chosen-sites'} onChange={() => setMode('chosen-sites')} /> Run only on sites I enable
        </label>
      </fieldset>
      {effective.mode === 'chosen-sites' ? (
        <>
          <p class="muted">Enable a site from the toolbar button while you are on it. CPT Lens is not loaded into any other page.</p>
          {effective.enabledSites.length === 0 ? <p class="muted">No sites enabled yet.</p> : null}
          <ul class="sites" aria-label="Enabled sites">
            {effective.enabledSites.map((site) => (
              <li key={site}>
                <span>{site}</span>{' '}
                {fixed.has(site) || sitesLocked ? (
                  <span class="muted">(set by your organisation)</span>
                ) : (
                  <button type="button" aria-label={`Revoke ${site}`} onClick={() => void revokeSite(site)}>
                    Revoke
                  </button>
                )}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
