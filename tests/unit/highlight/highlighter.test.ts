/** The highlighter against a stand-in registry: what a user would see as tinted codes. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCodeFinder } from '../../../components/detection/find-codes';
import { HIGHLIGHT_NAME, Highlighter } from '../../../components/highlight/highlighter';
import { FakeIntersectionObserver, installHighlightApi } from '../support/highlight-api';

const find = createCodeFinder(['50706', '74360']);
let api: ReturnType<typeof installHighlightApi>;

function page(text: string) {
  document.body.innerHTML = '';
  const p = document.createElement('p');
  p.textContent = text;
  document.body.append(p);
  return { p, node: p.firstChild as Text };
}
const registered = () => [...(api.registry.get(HIGHLIGHT_NAME) ?? [])].map((r) => (r.startContainer as Text).data.slice(r.startOffset, r.endOffset));

beforeEach(() => {
  api = installHighlightApi();
});
afterEach(() => api.uninstall());

describe('Highlighter', () => {
  it('registers the ranges of on-screen codes, once the lens is shown', () => {
    let shown = false;
    const h = new Highlighter(() => shown);
    const { p, node } = page('CPT 50706 and 74360-26');
    h.update(node, find(node.data));
    FakeIntersectionObserver.intersect(p);
    expect(api.registry.has(HIGHLIGHT_NAME)).toBe(false);
    shown = true;
    h.ensureRegistered();
    expect(registered()).toEqual(['50706', '74360']);
  });

  it('registers nothing for text that is off screen, and drops it when it scrolls away', () => {
    const h = new Highlighter(() => true);
    h.ensureRegistered();
    const { p, node } = page('50706');
    h.update(node, find(node.data));
    expect(registered()).toEqual([]);
    FakeIntersectionObserver.intersect(p, true);
    expect(registered()).toEqual(['50706']);
    FakeIntersectionObserver.intersect(p, false);
    expect(registered()).toEqual([]);
  });

  it('finds the code under a caret offset only while shown', () => {
    let shown = false;
    const h = new Highlighter(() => shown);
    const { node } = page('x 74360 y');
    h.update(node, find(node.data));
    expect(h.hitAt(node, 3)).toBeUndefined();
    shown = true;
    expect(h.hitAt(node, 3)?.match.code).toBe('74360');
    expect(h.hitAt(node, 0)).toBeUndefined();
  });

  it('forgets text that changed or left the page', () => {
    const h = new Highlighter(() => true);
    h.ensureRegistered();
    const { p, node } = page('50706');
    h.update(node, find(node.data));
    FakeIntersectionObserver.intersect(p);
    h.update(node, []);
    expect(registered()).toEqual([]);
    h.update(node, find(node.data));
    FakeIntersectionObserver.intersect(p); // a real observer reports a newly observed element
    expect(registered()).toEqual(['50706']);
    p.remove();
    h.prune();
    expect(registered()).toEqual([]);
    expect(h.hitAt(node, 1)).toBeUndefined();
  });

  it('re-registers after the page clears the registry, and leaves it clean on detach', () => {
    const h = new Highlighter(() => true);
    const { p, node } = page('50706');
    h.update(node, find(node.data));
    FakeIntersectionObserver.intersect(p);
    h.ensureRegistered();
    api.registry.clear();
    h.ensureRegistered();
    expect(registered()).toEqual(['50706']);
    h.detach();
    expect(api.registry.has(HIGHLIGHT_NAME)).toBe(false);
  });
});
