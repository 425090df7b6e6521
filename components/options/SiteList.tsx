/** The sites where detection is off (all-sites mode): add and remove; managed ones are fixed. */
import { useState } from 'preact/hooks';
import { normaliseSite } from '../settings/settings';
import type { SettingsState } from './use-settings';

export function SiteList({ state }: { state: SettingsState }) {
  const { local, managed, effective, save } = state;
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  const locked = !!managed.lockSites;
  const fixed = new Set(managed.disabledSites ?? []);
  const update = (disabledSites: string[]) => save({ ...local, disabledSites });
  return (
    <section aria-labelledby="sites-h">
      <h2 id="sites-h">Sites where codes are not highlighted</h2>
      {effective.disabledSites.length === 0 ? <p class="muted">None: CPT Lens runs on every site.</p> : null}
      <ul class="sites">
        {effective.disabledSites.map((site) => (
          <li key={site}>
            <span>{site}</span>{' '}
            {fixed.has(site) || locked ? (
              <span class="muted">(set by your organisation)</span>
            ) : (
              <button type="button" aria-label={`Turn highlighting back on for ${site}`} onClick={() => void update(local.disabledSites.filter((s) => s !== site))}>
                Remove
              </button>
            )}
          </li>
        ))}
      </ul>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const site = normaliseSite(draft);
          if (!site) return setError('Enter a host name such as billing.example.org.');
          setError('');
          setDraft('');
          if (!local.disabledSites.includes(site)) void update([...local.disabledSites, site]);
        }}
      >
        <fieldset disabled={locked} class="plain">
          <label for="site-input">Add a site</label>{' '}
          <input id="site-input" value={draft} placeholder="billing.example.org" onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)} />{' '}
          <button type="submit">Add</button>
        </fieldset>
        {error ? (
          <p role="alert" class="error">
            {error}
          </p>
        ) : null}
      </form>
    </section>
  );
}
