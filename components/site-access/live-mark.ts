/**
 * How the background tells a frame that already runs our content script from one that needs it:
 * the script leaves a function in its isolated world (pages cannot see or fake it) that says
 * whether it is still connected to the extension. An orphan of a reloaded extension answers
 * false, so the new extension starts its own lens there.
 */
export const LIVE_MARK = 'cptLens';

/** Runs in the frame through scripting.executeScript, so it takes the mark as an argument and closes over nothing. */
export function frameRunsLens(mark: string): boolean {
  try {
    return (globalThis as unknown as Record<string, (() => boolean) | undefined>)[mark]?.() === true;
  } catch {
    return false;
  }
}
