/**
 * The content script's side of tab-wide checks: sends this frame's claim lines to the background
 * (debounced, only when they changed) over a port that lives as long as the frame, and hands
 * back the tab's state. A frame with no lines opens no port, except the top frame, which shows
 * the tab's one status. The port is reopened a second after it closes: the background restarted
 * (MV3 worker), or the page came back from the back/forward cache (timers resume there).
 */
import { browser, type Browser } from 'wxt/browser';
import { lineKey, type ClaimLine } from '../claim/line';
import { FRAME_PORT, OPEN_CARD, parseTabChecked, type TabState } from './tab-state-message';

export interface FrameLink {
  /** This frame's lines now; sent after a quiet moment if they differ from the last sent. */
  send(lines: readonly ClaimLine[], diagnoses?: readonly string[]): void;
}

const DEBOUNCE_MS = 150;

export interface FrameLinkOptions {
  alwaysConnect: boolean;
  onChecked(state: TabState): void;
  /** The summary panel (maybe in another frame) asks this frame to open a code's card. */
  onOpenCode?(code: string): void;
}

export function linkFrame(opts: FrameLinkOptions, signal: AbortSignal): FrameLink {
  let port: Browser.runtime.Port | null = null;
  let latest: readonly ClaimLine[] = [];
  let latestDx: readonly string[] = [];
  let sentKey: string | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const open = (): Browser.runtime.Port | null => {
    if (port || signal.aborted) return port;
    try {
      port = browser.runtime.connect({ name: FRAME_PORT });
    } catch {
      return null; // extension reloaded: this script is orphaned
    }
    port.onMessage.addListener((raw: unknown) => {
      if (signal.aborted) return;
      const open = raw as { type?: unknown; code?: unknown } | null;
      if (open?.type === OPEN_CARD && typeof open.code === 'string') return opts.onOpenCode?.(open.code);
      const state = parseTabChecked(raw);
      if (state) opts.onChecked(state);
    });
    port.onDisconnect.addListener(() => {
      port = null;
      sentKey = null;
      // The background went away (worker restart): tell the new one, after a beat.
      if (!signal.aborted) timer ??= setTimeout(flush, 1000);
    });
    return port;
  };

  const flush = () => {
    timer = undefined;
    const key = latest.map(lineKey).join('\n') + '|' + latestDx.join();
    if (key === sentKey && port) return;
    if (!latest.length && !port && !opts.alwaysConnect) return;
    try {
      open()?.postMessage({ type: 'cpt-lens/frame-lines', lines: latest, diagnoses: latestDx });
      sentKey = key;
    } catch {
      port = null;
    }
  };

  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    port?.disconnect();
    port = null;
  });
  if (opts.alwaysConnect) timer = setTimeout(flush, 0);

  return {
    send(lines, diagnoses = []) {
      latest = lines;
      latestDx = diagnoses;
      clearTimeout(timer);
      // Nothing sent yet: the first lines go at once (the page check already waited for the scan).
      // (The restored-tab delay once blamed on this was the lost load update, site-access/open-tabs.ts.)
      timer = setTimeout(flush, sentKey === null ? 0 : DEBOUNCE_MS);
    },
  };
}
