/**
 * Stands in for the background's tab-wide checks in unit tests: `runtime.connect` in the fake
 * browser opens a port to a real TabChecks in the same process (tab 1, frame 0 then 1, 2…).
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RULES } from '../../../data/rules';
import { TabChecks } from '../../../components/tab-checks/tab-checks';

type Listener<T extends unknown[]> = (...args: T) => void;

export function installFakeTabChecks(): TabChecks {
  const checks = new TabChecks(() => RULES);
  let frames = 0;
  (fakeBrowser.runtime as unknown as { connect: unknown }).connect = (info?: { name?: string }) => {
    const toFrame = new Set<Listener<[unknown]>>();
    const toBackground = new Set<Listener<[unknown]>>();
    const frameGone = new Set<Listener<[]>>();
    const backgroundGone = new Set<Listener<[]>>();
    const frameId = frames++;
    checks.connect({
      tabId: 1,
      frameId,
      post: (m) => queueMicrotask(() => toFrame.forEach((l) => l(structuredClone(m)))),
      onMessage: (l) => void toBackground.add(l),
      onDisconnect: (l) => void frameGone.add(l),
    });
    return {
      name: info?.name ?? '',
      postMessage: (m: unknown) => queueMicrotask(() => toBackground.forEach((l) => l(structuredClone(m)))),
      disconnect: () => frameGone.forEach((l) => l()),
      onMessage: { addListener: (l: Listener<[unknown]>) => toFrame.add(l), removeListener: (l: Listener<[unknown]>) => toFrame.delete(l) },
      onDisconnect: { addListener: (l: Listener<[]>) => backgroundGone.add(l), removeListener: (l: Listener<[]>) => backgroundGone.delete(l) },
    };
  };
  return checks;
}
