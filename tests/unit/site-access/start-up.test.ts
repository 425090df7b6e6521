/**
 * The background's start-up on fakeBrowser: the registration never waits for the slow managed
 * read, follows the last policy seen, follows a fresh policy when it arrives, and open tabs get
 * the lens where the settings allow, once.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { syncContentScript } from '../../../components/site-access/content-script-registration';
import { startContentScriptSync } from '../../../components/site-access/start-script-sync';
import { startInOpenTabs } from '../../../components/site-access/open-tabs';
import { isSiteDisabled, onSettingsChanged, POLICY_KEY, saveSettings, type Settings } from '../../../components/settings/settings';

type Registered = { id: string; matches: string[] };

/** The browser's registered scripts, as far as the code under test can see them. */
function fakeRegistry() {
  let scripts: Registered[] = [];
  const s = fakeBrowser.scripting as unknown as Record<string, unknown>;
  s.getRegisteredContentScripts = async () => scripts;
  s.unregisterContentScripts = async () => void (scripts = []);
  s.registerContentScripts = async (list: Registered[]) => void (scripts = list.map(({ id, matches }) => ({ id, matches })));
  return { matches: () => scripts.map((x) => x.matches) };
}

/** Tabs with frames; a frame "runs the lens" once our file was injected into it (what the probe reports). */
function fakeTabs(tabs: { id: number; url: string; status?: string; frames?: number[]; running?: number[] }[]) {
  const running = new Set(tabs.flatMap((t) => (t.running ?? []).map((f) => `${t.id}/${f}`)));
  const injected: string[] = [];
  const probed: number[] = [];
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async () => tabs.map(({ id, url, status = 'complete' }) => ({ id, url, status }))) as never);
  vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation((async (id: number) => {
    const t = tabs.find((x) => x.id === id);
    if (!t) throw new Error(`No tab with id: ${id}`);
    return { id, url: t.url, status: t.status ?? 'complete' };
  }) as never);
  const s = fakeBrowser.scripting as unknown as Record<string, unknown>;
  s.insertCSS = async () => undefined;
  s.executeScript = async ({ target, func, files }: { target: { tabId: number; frameIds?: number[] }; func?: unknown; files?: string[] }) => {
    const frames = target.frameIds ?? tabs.find((t) => t.id === target.tabId)?.frames ?? [0];
    if (func) probed.push(target.tabId);
    if (func) return frames.map((frameId) => ({ frameId, result: running.has(`${target.tabId}/${frameId}`) }));
    for (const f of frames) {
      injected.push(`${target.tabId}/${f}:${files?.join()}`);
      running.add(`${target.tabId}/${f}`);
    }
    return frames.map((frameId) => ({ frameId }));
  };
  return { injected, probed };
}

/** A managed read that answers only when the test says so, as Chromium's first one after start (seconds). */
function slowManaged(policy: Record<string, unknown>) {
  let answer = () => {};
  const read = vi.spyOn(fakeBrowser.storage.managed, 'get').mockImplementation((() => new Promise((resolve) => (answer = () => resolve(policy)))) as never);
  return { read, answer: () => answer() };
}

/** fakeBrowser leaves permission events unimplemented; the start-up only listens to them. */
function quietPermissionEvents() {
  const p = fakeBrowser.permissions as unknown as Record<string, unknown>;
  p.onAdded = p.onRemoved = { addListener: () => {}, removeListener: () => {} };
}

const chosenBilling = { mode: 'chosen-sites', enabledSites: ['billing.example.org'], lockMode: false, lockSites: false };

describe('start-up without waiting for the managed read', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    quietPermissionEvents();
  });

  it('registers the script while the managed read is still pending', async () => {
    const registry = fakeRegistry();
    const managed = slowManaged({});
    await syncContentScript();
    expect(registry.matches()).toEqual([['<all_urls>']]);
    managed.answer();
  });

  it('registers for the last policy seen, before the fresh read answers', async () => {
    const registry = fakeRegistry();
    slowManaged(chosenBilling);
    await fakeBrowser.storage.local.set({ [POLICY_KEY]: chosenBilling });
    await syncContentScript();
    expect(registry.matches()).toEqual([['*://billing.example.org/*']]);
  });

  it('re-applies the fresh policy when it arrives: the registration and open pages follow it', async () => {
    const registry = fakeRegistry();
    fakeTabs([]);
    const managed = slowManaged({ disabledSites: ['news.example.org'] });
    const pages: Settings[] = [];
    onSettingsChanged((s) => pages.push(s));
    await startContentScriptSync();
    expect(registry.matches()).toEqual([['<all_urls>']]);
    expect(pages).toEqual([]);

    managed.answer();
    // A page on the site the policy turns off is told so through its settings watch.
    await vi.waitFor(() => expect(pages.some((s) => isSiteDisabled(s, 'news.example.org'))).toBe(true));
    expect((await fakeBrowser.storage.local.get(POLICY_KEY))[POLICY_KEY]).toMatchObject({ disabledSites: ['news.example.org'] });
  });

  it('narrows the registration when a fresh policy limits the sites', async () => {
    const registry = fakeRegistry();
    fakeTabs([]);
    const managed = slowManaged(chosenBilling);
    await startContentScriptSync();
    expect(registry.matches()).toEqual([['<all_urls>']]);
    managed.answer();
    await vi.waitFor(() => expect(registry.matches()).toEqual([['*://billing.example.org/*']]));
  });
});

describe('open tabs at start-up', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    quietPermissionEvents();
  });

  it('injects into every frame of the allowed open tabs that lacks the lens, and nowhere else', async () => {
    await saveSettings({ mode: 'all-sites', disabledSites: ['news.example.org'], enabledSites: [] });
    const { injected } = fakeTabs([
      { id: 1, url: 'https://billing.example.org/claims', frames: [0, 4] },
      { id: 2, url: 'https://news.example.org/' },
      { id: 3, url: 'chrome://extensions/' },
      { id: 5, url: 'https://emr.example.org/chart', frames: [0, 7], running: [0] },
    ]);
    await startInOpenTabs();
    expect(injected.sort()).toEqual(['1/0:/content-scripts/content.js', '1/4:/content-scripts/content.js', '5/7:/content-scripts/content.js']);
  });

  it('site-only mode: only the enabled sites', async () => {
    await saveSettings({ mode: 'chosen-sites', disabledSites: [], enabledSites: ['billing.example.org'] });
    const { injected } = fakeTabs([
      { id: 1, url: 'http://billing.example.org:8080/claims' },
      { id: 2, url: 'https://emr.example.org/' },
    ]);
    await startInOpenTabs();
    expect(injected).toEqual(['1/0:/content-scripts/content.js']);
  });

  it('a tab still loading is done at its load, not before', async () => {
    const { injected } = fakeTabs([{ id: 8, url: 'https://billing.example.org/', status: 'loading' }]);
    await startInOpenTabs();
    expect(injected).toEqual([]);
    await fakeBrowser.tabs.onUpdated.trigger(8, { status: 'complete' }, { id: 8, url: 'https://billing.example.org/', status: 'complete' } as never);
    await vi.waitFor(() => expect(injected).toEqual(['8/0:/content-scripts/content.js']));
  });

  it('a tab still loading whose load is never announced gets the lens once it says it is complete', async () => {
    const tab = { id: 9, url: 'https://billing.example.org/', status: 'loading' };
    const { injected } = fakeTabs([tab]);
    await startInOpenTabs();
    await new Promise((r) => setTimeout(r, 250));
    expect(injected).toEqual([]);
    tab.status = 'complete';
    await vi.waitFor(() => expect(injected).toEqual(['9/0:/content-scripts/content.js']));
    await fakeBrowser.tabs.onUpdated.trigger(9, { status: 'complete' }, { ...tab } as never);
    await new Promise((r) => setTimeout(r, 250));
    expect(injected).toHaveLength(1);
  });

  it('injects once: overlapping runs and a waking service worker never inject a second time', async () => {
    fakeRegistry();
    slowManaged({});
    const { injected } = fakeTabs([{ id: 1, url: 'https://billing.example.org/' }]);
    await Promise.all([startInOpenTabs(), startInOpenTabs()]);
    expect(injected).toEqual(['1/0:/content-scripts/content.js']);

    // A service worker that wakes again in the same session does not go through the tabs again.
    const { injected: later, probed } = fakeTabs([{ id: 2, url: 'https://billing.example.org/' }]);
    await startContentScriptSync();
    expect(later).toEqual(['2/0:/content-scripts/content.js']);
    await startContentScriptSync();
    expect(later).toEqual(['2/0:/content-scripts/content.js']);
    expect(probed).toEqual([2]);
  });
});
