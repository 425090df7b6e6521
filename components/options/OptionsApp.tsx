import { CmsImport } from './CmsImport';
import { DescriptorImport } from './DescriptorImport';
import { NecessityImport } from './NecessityImport';
import { SiteAccess } from './SiteAccess';
import { SiteList } from './SiteList';
import { useSettings } from './use-settings';

export function OptionsApp() {
  const settings = useSettings();
  return (
    <main class="options">
      <h1>CPT Lens options</h1>
      <SiteAccess state={settings} />
      {settings.effective.mode === 'all-sites' ? <SiteList state={settings} /> : null}
      <DescriptorImport />
      <CmsImport />
      <NecessityImport />
      <p class="muted">Everything here is kept on this machine. CPT Lens makes no network requests.</p>
    </main>
  );
}
