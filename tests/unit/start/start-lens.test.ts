/**
 * The whole lens in one frame, on stand-ins for the Highlight API: what it marks, that it
 * ends with its lifetime — site turned off, or the script orphaned by an extension reload —
 * and that a newer script takes over without a second host.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { lensLifetime } from '../../../components/content/lens-lifetime';
import { startLens } from '../../../components/content/start-lens';
import { HIGHLIGHT_NAME } from '../../../components/highlight/highlighter';
import { HOST_TAG } from '../../../components/overlay/host';
import { createClaimReader } from '../../../components/claim-rows/claim-reader';
import { CLAIM_READER_GLOBAL } from '../../../components/claim-rows/claim-reader-api';
import { installFakeTabChecks } from '../support/fake-tab-checks';
import { FakeIntersectionObserver, installHighlightApi } from '../support/highlight-api';

let api: ReturnType<typeof installHighlightApi>;
let tabChecks: ReturnType<typeof installFakeTabChecks>;
const contexts: ContentScriptContext[] = [];

const registered = () => [...(api.registry.get(HIGHLIGHT_NAME) ?? [])].map((r) => (r.startContainer as Text).data.slice(r.startOffset, r.endOffset)).sort();
const settle = () => vi.advanceTimersByTimeAsync(400);
const allOnScreen = () => document.querySelectorAll('p').forEach((p) => FakeIntersectionObserver.intersect(p));

function newScript() {
  const ctx = new ContentScriptContext('content');
  contexts.push(ctx);
  const stop = new AbortController();
  return { ctx, stop, lens: startLens(lensLifetime(ctx, stop.signal)) };
}

beforeEach(() => {
  vi.useFakeTimers();
  api = installHighlightApi();
  // Checks run in the background for the whole tab; here, in process. So does the claim reader,
  // which the background injects into the frame in the extension.
  tabChecks = installFakeTabChecks();
  (globalThis as Record<string, unknown>)[CLAIM_READER_GLOBAL] = createClaimReader();
  document.body.innerHTML = '<p>Lines: 50706 with 50432, and 50431 and 50432</p>';
});
afterEach(() => {
  contexts.splice(0).forEach((c) => c.abort());
  document.querySelectorAll(HOST_TAG).forEach((el) => el.remove());
  api.uninstall();
  delete (globalThis as Record<string, unknown>)[CLAIM_READER_GLOBAL];
  vi.useRealTimers();
});

describe('startLens', () => {
  it('reads the page at once but shows nothing until shown; then marks dataset codes and counts checks', async () => {
    const { lens } = newScript();
    await settle();
    allOnScreen();
    expect(registered()).toEqual([]);
    expect(document.querySelector(HOST_TAG)).toBeNull();
    lens.show();
    await settle();
    // 50432 is tracked for the checks (50706's primary, 50431's bundle partner), never marked.
    expect(registered()).toEqual(['50431', '50706']);
    const status = document.querySelector(HOST_TAG)!.shadowRoot!.querySelector('[role="status"]');
    expect(status?.textContent).toBe('CPT Lens: 1 claim warning on this tab');
  });

  it('leaves no trace once the site is turned off', async () => {
    const { lens, stop } = newScript();
    lens.show();
    await settle();
    allOnScreen();
    expect(document.querySelector(HOST_TAG)).not.toBeNull();
    stop.abort();
    expect(document.querySelector(HOST_TAG)).toBeNull();
    expect(api.registry.has(HIGHLIGHT_NAME)).toBe(false);
    document.body.insertAdjacentHTML('beforeend', '<p>74360 50431 50432</p>');
    await settle();
    allOnScreen();
    expect(api.registry.has(HIGHLIGHT_NAME)).toBe(false);
    expect(document.querySelector(HOST_TAG)).toBeNull();
  });

  it('stops by itself within a watchdog tick once the extension is reloaded (orphaned)', async () => {
    const { lens, ctx } = newScript();
    lens.show();
    await settle();
    allOnScreen();
    expect(registered()).toEqual(['50431', '50706']);
    (fakeBrowser.runtime as { id?: string }).id = undefined;
    await vi.advanceTimersByTimeAsync(1100);
    expect(ctx.signal.aborted).toBe(true);
    expect(api.registry.has(HIGHLIGHT_NAME)).toBe(false);
    expect(document.querySelector(HOST_TAG)).toBeNull();
  });

  it('hands over to a newer script: the old one stops, one host and one badge remain', async () => {
    const old = newScript();
    old.lens.show();
    await settle();
    allOnScreen();
    const fresh = newScript();
    expect(old.ctx.signal.aborted).toBe(true);
    fresh.lens.show();
    await settle();
    allOnScreen();
    const hosts = document.querySelectorAll(HOST_TAG);
    expect(hosts).toHaveLength(1);
    expect(hosts[0]!.shadowRoot!.querySelectorAll('.badge-box')).toHaveLength(1);
    expect(registered()).toEqual(['50431', '50706']);
  });

  it('counts codes outside the dataset on a claim line but marks none of them without an import', async () => {
    document.body.innerHTML = `<table><thead><tr><th>CPT</th><th>Units</th><th>ZIP</th></tr></thead>
      <tbody><tr><td>29881</td><td>1</td><td>20610</td></tr><tr><td>J1100</td><td>2</td><td>50309</td></tr></tbody></table>
      <p>Clinic ZIP 12002</p>`;
    let others: string[] = [];
    tabChecks.onTabChecked((_tab, state) => void (others = state.others));
    const { lens } = newScript();
    lens.show();
    await settle();
    document.querySelectorAll('td, p').forEach((el) => FakeIntersectionObserver.intersect(el));
    // Two lines (29881, J1100) reached the background, as codes nothing imported knows (the
    // summary's "import the CMS files" line); the ZIP column and the free-text ZIP did not.
    expect([...others].sort()).toEqual(['29881', 'J1100']);
    expect(registered()).toEqual([]);
  });
});
