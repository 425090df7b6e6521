/**
 * Content side of the toolbar badge, for now: each frame tells the background its codes and
 * page-check warnings whenever they change (background/page-state-relay.ts). Temporary wiring
 * until the tab-wide checks (`onTabChecked`) feed the badge; kept in this one file so the
 * switch is one import.
 */
import { browser } from 'wxt/browser';
import type { PageWarning } from './check-codes';

export function createPageStateReporter(): (codes: readonly { code: string }[], warnings: readonly PageWarning[]) => void {
  let last = '';
  return (codes, warnings) => {
    const lines = [...new Set(codes.map((c) => c.code))].sort().map((code) => ({ code }));
    const key = JSON.stringify([lines, warnings]);
    if (key === last) return;
    last = key;
    browser.runtime.sendMessage({ type: 'cpt-lens/page-state', lines, warnings }).catch(() => {});
  };
}
