/** The background's side of the message contract, on WXT's fakeBrowser. */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { forgetTab, handleMessage } from '../../../components/background/handle-message';

const from = (tabId: number, frameId = 0) => ({ tab: { id: tabId } as Browser.tabs.Tab, frameId }) as Browser.runtime.MessageSender;

describe('handleMessage', () => {
  it('keeps checklist ticks per tab and code, and forgets a tab when it closes', async () => {
    expect(await handleMessage({ type: 'cpt-lens/checklist-set', code: '50706', ids: ['a', 'b'] }, from(1))).toBe(true);
    await handleMessage({ type: 'cpt-lens/checklist-set', code: '74360', ids: ['c'] }, from(1));
    expect(await handleMessage({ type: 'cpt-lens/checklist-get', code: '50706' }, from(1))).toEqual(['a', 'b']);
    expect(await handleMessage({ type: 'cpt-lens/checklist-get', code: '50706' }, from(2))).toEqual([]);
    await forgetTab(1);
    // Nothing of tab 1 is left in session storage; tab 2's ticks are kept.
    await handleMessage({ type: 'cpt-lens/checklist-set', code: '50706', ids: ['z'] }, from(2));
    await forgetTab(1);
    const left = Object.keys(await fakeBrowser.storage.session.get(null));
    expect(left.filter((k) => k.includes(':1:'))).toEqual([]);
    expect(left.filter((k) => k.includes(':2:')).length).toBeGreaterThan(0);
    expect(await handleMessage({ type: 'cpt-lens/checklist-get', code: '50706' }, from(1))).toEqual([]);
    expect(await handleMessage({ type: 'cpt-lens/checklist-get', code: '74360' }, from(1))).toEqual([]);
  });

  it('ignores what it does not own or that does not validate', () => {
    for (const raw of [null, 'hi', { type: 'other-extension/ping' }, { type: 'cpt-lens/checklist-get', code: '5070' }, { type: 'cpt-lens/checklist-set', code: '50706', ids: 'a' }]) {
      expect(handleMessage(raw, from(1))).toBeUndefined();
    }
  });

  it('opens the full entry in a new tab', async () => {
    expect(await handleMessage({ type: 'cpt-lens/open-detail', code: '74360' }, from(1))).toBe(true);
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((t) => t.url)).toContain(fakeBrowser.runtime.getURL('/popup.html#code=74360'));
  });

  it('injects the card UI into the asking frame only', async () => {
    // MV3 uses scripting.executeScript, MV2 tabs.executeScript; the test build may be either.
    const mv3 = vi.fn(async () => []);
    const mv2 = vi.fn(async () => []);
    const fake = fakeBrowser as unknown as { scripting: { executeScript: typeof mv3 }; tabs: { executeScript: typeof mv2 } };
    fake.scripting.executeScript = mv3;
    fake.tabs.executeScript = mv2;
    expect(await handleMessage({ type: 'cpt-lens/load-card-ui' }, from(7, 3))).toBe(true);
    const calls = [...mv3.mock.calls, ...mv2.mock.calls] as unknown[][];
    expect(calls).toEqual([
      import.meta.env.MANIFEST_VERSION === 3
        ? [{ target: { tabId: 7, frameIds: [3] }, files: ['/card-ui.js'] }]
        : [7, { file: '/card-ui.js', frameId: 3 }],
    ]);
    await expect(handleMessage({ type: 'cpt-lens/load-card-ui' }, {} as Browser.runtime.MessageSender)).rejects.toThrow(/outside a tab/);
  });
});
