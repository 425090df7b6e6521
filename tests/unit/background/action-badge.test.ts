/** The toolbar badge and title per tab, read back through the (fake) action API. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clearTabState, showTabState } from '../../../components/background/action-badge';
import type { ClaimFinding as PageWarning } from '../../../components/claim/finding';

const addOn: PageWarning = { kind: 'addon-without-primary', codes: ['50706'], message: 'Add-on without a primary: 50706 is an add-on code.' };
const pair: PageWarning = { kind: 'bundled-pair', codes: ['50431', '74360'], message: 'Do not report 50431 with 74360: bundled.' };

describe('action badge', () => {
  beforeEach(() => fakeBrowser.reset());

  it('shows the warning count on the tab and names each warning in the title', async () => {
    await showTabState(7, { lines: [{ code: '50706' }, { code: '50431' }, { code: '74360' }], warnings: [addOn, pair] });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('2');
    const title = await fakeBrowser.action.getTitle({ tabId: 7 });
    expect(title).toMatch(/^CPT Lens: 2 claim warnings \(3 codes on this tab\)/);
    expect(title).toContain(addOn.message);
    expect(title).toContain(pair.message);
    // Another tab is untouched.
    expect(await fakeBrowser.action.getBadgeText({ tabId: 8 })).toBe('');
  });

  it('shows no count when codes are present but nothing is wrong, and says so in the title', async () => {
    await showTabState(7, { lines: [{ code: '50706' }], warnings: [] });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
    expect(await fakeBrowser.action.getTitle({ tabId: 7 })).toBe('CPT Lens: 1 code on this tab, no claim warnings');
  });

  it('clears the tab: no badge, plain title', async () => {
    await showTabState(7, { lines: [{ code: '50706' }], warnings: [addOn] });
    await clearTabState(7);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
    expect(await fakeBrowser.action.getTitle({ tabId: 7 })).toBe('CPT Lens');
  });

  it('never counts a note: an edit bypassed by a modifier is in the title, not on the badge; codes nobody knows are named as not checked', async () => {
    const bypassed: PageWarning = { kind: 'ptp-bypassed', codes: ['74360', '76496'], message: 'NCCI edit bypassed by -XS: 76496 with 74360 is paid only if the record shows a separate organ or structure.' };
    await showTabState(7, { lines: [{ code: '74360' }, { code: '76496' }], warnings: [], notes: [bypassed], others: ['99213', '99214'] });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
    expect((await fakeBrowser.action.getTitle({ tabId: 7 })).split('\n')).toEqual([
      'CPT Lens: 2 codes on this tab, no claim warnings',
      `Note: ${bypassed.message}`,
      '2 other codes not checked — import the CMS files to check them',
    ]);
    await showTabState(7, { lines: [{ code: '50706' }], warnings: [addOn], notes: [bypassed] });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('1');
  });
});
