/** The sites where detection is off: add and remove. */
import { useEffect, useState } from 'preact/hooks';
import { loadSettings, normaliseSite, onSettingsChanged, saveSettings, type Settings } from '../settings/settings';

export function SiteList() {
  const [settings, setSettings] = useState<Settings>({ disabledSites: [] });
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  useEffect(() => {
    void loadSettings().then(setSettings);
    return onSettingsChanged(setSettings);
  }, []);
  const update = async (disabledSites: string[]) => {
    const next = { disabledSites };
    setSettings(next);
    await saveSettings(next);
  };
  return (
    <section aria-labelledby="sites-h">
      <h2 id="sites-h">Sites where codes are not highlighted</h2>
      {settings.disabledSites.length === 0 ? <p class="muted">None: CPT Lens runs on every site.</p> : null}
      <ul class="sites">
        {settings.disabledSites.map((site) => (
          <li key={site}>
            <span>{site}</span>{' '}
            <button type="button" aria-label={`Turn highlighting back on for ${site}`} onClick={() => void update(settings.disabledSites.filter((s) => s !== site))}>
              Remove
            </button>
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
          if (!settings.disabledSites.includes(site)) void update([...settings.disabledSites, site]);
        }}
      >
        <label for="site-input">Add a site</label>{' '}
        <input id="site-input" value={draft} placeholder="billing.example.org" onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)} />{' '}
        <button type="submit">Add</button>
        {error ? (
          <p role="alert" class="error">
            {error}
          </p>
        ) : null}
      </form>
    </section>
  );
}
