/** The popup's site control in each mode: the checkbox, Enable with a permission request, a refusal, a lock. */
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SiteToggle } from '../../../components/popup/SiteToggle';
import { loadSettings, saveSettings } from '../../../components/settings/settings';

const tab = { id: 3, host: 'billing.example.org' };
const findTab = async () => tab;

describe('popup site control', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('all sites: a checkbox that turns this site off', async () => {
    render(<SiteToggle findTab={findTab} />);
    const box = await screen.findByRole('checkbox', { name: 'Highlight codes on billing.example.org' });
    fireEvent.click(box);
    await waitFor(async () => expect((await loadSettings()).disabledSites).toEqual(['billing.example.org']));
  });

  it('chosen sites: Enable asks the browser for this one site, saves it and starts the lens in the tab', async () => {
    await saveSettings({ mode: 'chosen-sites', disabledSites: [], enabledSites: [] });
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation((async () => true) as never);
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async () => []) as never);
    vi.spyOn(fakeBrowser.scripting, 'insertCSS').mockImplementation((async () => undefined) as never);
    render(<SiteToggle findTab={findTab} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Enable on billing.example.org' }));
    await screen.findByRole('button', { name: 'Stop on this site' });
    expect(request).toHaveBeenCalledWith({ origins: ['*://billing.example.org/*'] });
    expect((await loadSettings()).enabledSites).toEqual(['billing.example.org']);
    await waitFor(() => expect(inject).toHaveBeenCalledWith({ target: { tabId: 3, allFrames: true }, files: ['/content-scripts/content.js'] }));
  });

  it('chosen sites: a refused request enables nothing and says why', async () => {
    await saveSettings({ mode: 'chosen-sites', disabledSites: [], enabledSites: [] });
    vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation((async () => false) as never);
    render(<SiteToggle findTab={findTab} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Enable on billing.example.org' }));
    expect((await screen.findByRole('status')).textContent).toMatch(/did not grant access/);
    expect((await loadSettings()).enabledSites).toEqual([]);
  });

  it('a site list locked by the organisation shows the state without controls', async () => {
    await fakeBrowser.storage.managed.set({ mode: 'chosen-sites', enabledSites: ['billing.example.org'], lockSites: true });
    render(<SiteToggle findTab={findTab} />);
    expect((await screen.findByText(/set by your organisation/)).textContent).toMatch(/Runs on billing\.example\.org/);
    expect(screen.queryByRole('button')).toBeNull();
  });
});

describe('popup site control, site set by policy', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a site the organisation enabled cannot be stopped from the popup, even with the list unlocked', async () => {
    await fakeBrowser.storage.managed.set({ mode: 'chosen-sites', enabledSites: ['billing.example.org'] });
    render(<SiteToggle findTab={findTab} />);
    expect((await screen.findByText(/set by your organisation/)).textContent).toMatch(/Runs on/);
    expect(screen.queryByRole('button', { name: 'Stop on this site' })).toBeNull();
  });
});
