/**
 * A lens lives until the site is turned off (its own stop signal) or the content script is
 * orphaned: the extension was reloaded or updated, which WXT's context reports on ctx.signal
 * when a newer script starts in the page or when `ctx.isValid` is next read.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { LensLifetime } from './start-lens';

export function lensLifetime(ctx: ContentScriptContext, stop: AbortSignal): LensLifetime {
  return {
    signal: AbortSignal.any([ctx.signal, stop]),
    get isValid() {
      return ctx.isValid;
    },
  };
}
