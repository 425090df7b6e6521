/** "Highlight codes on this site" for the page the popup was opened over. */
import { useEffect, useState } from 'preact/hooks';
import { isSiteDisabled, loadSettings, setSiteDisabled } from '../settings/settings';
import { activeSite } from './active-site';

export function SiteToggle({ findSite = activeSite }: { findSite?: () => Promise<string | null> }) {
  const [site, setSite] = useState<string | null>(null);
  const [enabled, setEnabled] = useState(true);
  useEffect(() => {
    void (async () => {
      const host = await findSite().catch(() => null);
      setSite(host);
      if (host) setEnabled(!isSiteDisabled(await loadSettings(), host));
    })();
  }, []);
  if (!site) return null;
  return (
    <label class="site-toggle">
      <input
        type="checkbox"
        checked={enabled}
        onChange={async (e) => {
          const on = (e.currentTarget as HTMLInputElement).checked;
          setEnabled(on);
          await setSiteDisabled(site, !on);
        }}
      />{' '}
      Highlight codes on <strong>{site}</strong>
    </label>
  );
}
