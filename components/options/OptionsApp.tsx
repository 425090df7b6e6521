import { CmsImport } from './CmsImport';
import { DescriptorImport } from './DescriptorImport';
import { SiteList } from './SiteList';

export function OptionsApp() {
  return (
    <main class="options">
      <h1>CPT Lens options</h1>
      <SiteList />
      <DescriptorImport />
      <CmsImport />
      <p class="muted">Everything here is kept on this machine. CPT Lens makes no network requests.</p>
    </main>
  );
}
