/**
 * Chosen-sites mode in the popup: "Enable on this site" asks the browser for this site (the
 * click is the user gesture the permission request needs) and starts the lens in the open tab;
 * "Stop on this site" revokes it. Read-only when an administrator locked the site list.
 */
import { useState } from 'preact/hooks';
import { enableSite, revokeSite, startInTab } from '../site-access/site-grants';
import type { WebTab } from './active-site';

interface Props {
  tab: WebTab;
  enabled: boolean;
  locked: boolean;
  onChange: (enabled: boolean) => void;
}

export function SiteEnable({ tab, enabled, locked, onChange }: Props) {
  const [note, setNote] = useState('');
  const site = tab.host;
  if (locked) {
    return (
      <p class="site-toggle">
        {enabled ? 'Runs' : 'Does not run'} on <strong>{site}</strong> (set by your organisation).
      </p>
    );
  }
  return (
    <p class="site-toggle">
      {enabled ? (
        <>
          Runs on <strong>{site}</strong>.{' '}
          <button type="button" class="link" onClick={async () => (await revokeSite(site), onChange(false))}>
            Stop on this site
          </button>
        </>
      ) : (
        <>
          <button
            type="button"
            class="enable"
            onClick={async () => {
              const granted = await enableSite(site).catch(() => false);
              if (!granted) return setNote('Not enabled: the browser did not grant access to this site.');
              setNote('');
              onChange(true);
              await startInTab(tab.id).catch(() => setNote('Enabled; reload the page to start.'));
            }}
          >
            Enable on {site}
          </button>{' '}
          <span class="muted">Runs only on sites you enable.</span>
        </>
      )}
      {note ? <span role="status"> {note}</span> : null}
    </p>
  );
}
