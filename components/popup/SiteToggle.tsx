/**
 * The popup's control for the page it was opened over: in all-sites mode "Highlight codes on
 * this site"; in chosen-sites mode "Enable on this site" (SiteEnable.tsx).
 */
import { useEffect, useState } from 'preact/hooks';
import { isSiteDisabled, loadManaged, loadSettings, setSiteDisabled, type Settings } from '../settings/settings';
import { activeWebTab, type WebTab } from './active-site';
import { SiteEnable } from './SiteEnable';

export function SiteToggle({ findTab = activeWebTab }: { findTab?: () => Promise<WebTab | null> }) {
  const [tab, setTab] = useState<WebTab | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [locked, setLocked] = useState(false);
  const [enabled, setEnabled] = useState(true);
  useEffect(() => {
    void (async () => {
      const found = await findTab().catch(() => null);
      const [s, managed] = await Promise.all([loadSettings(), loadManaged()]);
      setTab(found);
      setSettings(s);
      // Locked: the organisation fixed the lists, or set this very site (the user's change would not stick).
      const host = found?.host ?? '';
      const fixed = [...(managed.enabledSites ?? []), ...(managed.disabledSites ?? [])];
      setLocked(!!managed.lockSites || fixed.includes(host) || fixed.includes(host.replace(/:\d+$/, '')));
      if (found) setEnabled(!isSiteDisabled(s, found.host));
    })();
  }, []);
  if (!tab || !settings) return null;
  if (settings.mode === 'chosen-sites') return <SiteEnable tab={tab} enabled={enabled} locked={locked} onChange={setEnabled} />;
  return (
    <label class="site-toggle">
      <input
        type="checkbox"
        checked={enabled}
        disabled={locked}
        onChange={async (e) => {
          const on = (e.currentTarget as HTMLInputElement).checked;
          setEnabled(on);
          await setSiteDisabled(tab.host, !on);
        }}
      />{' '}
      Highlight codes on <strong>{tab.host}</strong>
    </label>
  );
}
