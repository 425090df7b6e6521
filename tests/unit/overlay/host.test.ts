/** Our one element in the page: one at a time, gone with its signal, every style its own. */
import { afterEach, describe, expect, it } from 'vitest';
import { HOST_TAG, OverlayHost } from '../../../components/overlay/host';
import { WarningBadge } from '../../../components/overlay/warning-badge';

afterEach(() => document.querySelectorAll(HOST_TAG).forEach((el) => el.remove()));

const styleText = (root: ShadowRoot) => [...root.querySelectorAll('style')].map((s) => s.textContent).join('\n');

describe('OverlayHost', () => {
  it('replaces a host left by an orphaned script, so the page never has two', () => {
    const old = new OverlayHost(new AbortController().signal);
    old.layer.append('old badge');
    const fresh = new OverlayHost(new AbortController().signal);
    fresh.layer.append('new badge');
    const hosts = document.querySelectorAll(HOST_TAG);
    expect(hosts).toHaveLength(1);
    expect(hosts[0]!.shadowRoot!.textContent).toContain('new badge');
  });

  it('leaves the page when its signal ends and does not come back', () => {
    const abort = new AbortController();
    const host = new OverlayHost(abort.signal);
    host.layer.append('x');
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(1);
    abort.abort();
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(0);
    host.cardSlot.hidden = false;
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(0);
  });

  it('comes back if the page removes it while we live', () => {
    const host = new OverlayHost(new AbortController().signal);
    host.layer.append('x');
    document.querySelector(HOST_TAG)!.remove();
    void host.layer;
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(1);
  });

  it('owns every style: the palette with dark mode, the badge and indicator rules, added styles once', () => {
    const host = new OverlayHost(new AbortController().signal);
    new WarningBadge(() => host.layer).update([{ kind: 'bundled-pair', codes: ['50431', '50432'], message: 'm' }]);
    host.addStyle('card', '.card { color: var(--fg) }');
    host.addStyle('card', '.card { color: var(--fg) }');
    const css = styleText(host.shadow);
    expect(host.shadow.querySelectorAll('style')).toHaveLength(2);
    expect(css).toMatch(/:host\s*\{[^}]*--warn-bg/);
    expect(css).toMatch(/prefers-color-scheme:\s*dark/);
    expect(css).toMatch(/\.badge-btn/);
    expect(css).toMatch(/\.field-ind/);
    // Colours of our pieces come from the palette, none hard-coded outside it.
    const outsidePalette = css.replace(/:root,\s*:host\s*\{[^}]*\}/g, '');
    expect(outsidePalette.match(/#[0-9a-f]{3,6}\b/gi) ?? []).toEqual([]);
    expect(host.shadow.querySelectorAll('[style]')).toHaveLength(0);
  });
});
