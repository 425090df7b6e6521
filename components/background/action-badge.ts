/**
 * The toolbar button tells the tab's state: the badge is the number of claim warnings on the
 * tab (notes are not counted), the title names them in the words of the status and the summary,
 * and a tab without codes shows nothing. Per-tab values, so other
 * tabs keep their own; the tab-wide checks clear a tab when its frames go (see tab-checks/start-tab-checks.ts).
 */
import { browser } from 'wxt/browser';
import type { ClaimFinding } from '../claim/finding';

/** What the badge needs of the tab's claim (TabState from the tab-wide checks fits). */
export interface TabState {
  lines: ReadonlyArray<{ code: string }>;
  warnings: readonly ClaimFinding[];
  notes?: readonly ClaimFinding[];
  /** Codes nobody knows: not checked. */
  others?: readonly string[];
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
  const notes = state.notes ?? [];
  const others = state.others?.length ? [`${state.others.length} other ${state.others.length === 1 ? 'code' : 'codes'} not checked — import the CMS files to check them`] : [];
  const tail = [...notes.map((n) => `Note: ${n.message}`), ...others];
  if (!warnings.length) return [`${NAME}: ${seen}, no claim warnings`, ...tail].join('\n');
  const head = `${NAME}: ${warnings.length} claim ${warnings.length === 1 ? 'warning' : 'warnings'} (${seen})`;
  const title = [head, ...warnings.map((w) => `• ${w.message}`), ...tail].join('\n');
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
