/**
 * The toolbar button tells the tab's state: the badge is the number of claim warnings on the
 * tab, the title names them, and a tab without codes shows nothing. Per-tab values, so other
 * tabs keep their own; the tab-wide checks clear a tab when its frames go (see tab-checks/start-tab-checks.ts).
 */
import { browser } from 'wxt/browser';
import type { PageWarning } from '../page-checks/check-codes';

/** What the badge needs of a claim line (ClaimLine from the tab-wide checks fits). */
export interface BadgeLine {
  code: string;
}

export interface TabState {
  lines: readonly BadgeLine[];
  warnings: readonly PageWarning[];
}

const NAME = 'CPT Lens';
// Dark amber: white text on it passes 4.5:1, and it reads as "check this", not "error".
const COLOUR = '#8a4b00';
const TITLE_MAX = 900;

// MV3 has `action`, Firefox MV2 `browserAction`; same calls.
const action = () => (browser.action ?? browser.browserAction) as typeof browser.action;

export function badgeText(state: TabState): string {
  const n = state.warnings.length;
  return state.lines.length && n ? (n > 99 ? '99+' : String(n)) : '';
}

export function badgeTitle(state: TabState): string {
  const { lines, warnings } = state;
  if (!lines.length) return NAME;
  const codes = new Set(lines.map((l) => l.code)).size;
  const seen = `${codes} ${codes === 1 ? 'code' : 'codes'} on this tab`;
  if (!warnings.length) return `${NAME}: ${seen}, no claim warnings`;
  const head = `${NAME}: ${warnings.length} claim ${warnings.length === 1 ? 'warning' : 'warnings'} (${seen})`;
  const title = [head, ...warnings.map((w) => `• ${w.message}`)].join('\n');
  return title.length > TITLE_MAX ? `${title.slice(0, TITLE_MAX - 1)}…` : title;
}

export async function showTabState(tabId: number, state: TabState): Promise<void> {
  const a = action();
  const text = badgeText(state);
  try {
    await Promise.all([
      a.setBadgeText({ tabId, text }),
      a.setTitle({ tabId, title: badgeTitle(state) }),
      text ? a.setBadgeBackgroundColor({ tabId, color: COLOUR }) : null,
      // Chrome otherwise picks the text colour itself (110+); Firefox defaults to white already.
      text && a.setBadgeTextColor ? a.setBadgeTextColor({ tabId, color: '#ffffff' }) : null,
    ]);
  } catch {
    // The tab closed meanwhile.
  }
}

export function clearTabState(tabId: number): Promise<void> {
  return showTabState(tabId, { lines: [], warnings: [] });
}
