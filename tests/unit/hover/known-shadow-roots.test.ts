/** Shadow roots for caret look-ups: only those in the page, never kept alive by us. */
import { describe, expect, it } from 'vitest';
import { KnownShadowRoots } from '../../../components/hover/known-shadow-roots';

describe('KnownShadowRoots', () => {
  it('lists a root only while its host is in the document', () => {
    const roots = new KnownShadowRoots();
    const host = document.body.appendChild(document.createElement('div'));
    const root = host.attachShadow({ mode: 'open' });
    roots.add(root);
    expect(roots.connected()).toEqual([root]);
    host.remove();
    expect(roots.connected()).toEqual([]);
    document.body.append(host);
    expect(roots.connected()).toEqual([root]);
  });

  it('holds roots weakly: a collected root drops out of the list', () => {
    const roots = new KnownShadowRoots();
    let deref: ShadowRoot | undefined = document.body.appendChild(document.createElement('div')).attachShadow({ mode: 'open' });
    const RealWeakRef = globalThis.WeakRef;
    const refs: Array<{ deref(): ShadowRoot | undefined }> = [];
    // A WeakRef whose target we can "collect" by hand (GC timing is not testable).
    globalThis.WeakRef = class {
      constructor(private target: ShadowRoot) {
        refs.push(this);
      }
      deref() {
        return deref && this.target;
      }
    } as unknown as typeof WeakRef;
    try {
      roots.add(deref);
    } finally {
      globalThis.WeakRef = RealWeakRef;
    }
    expect(roots.connected()).toHaveLength(1);
    deref = undefined;
    expect(roots.connected()).toEqual([]);
    expect(refs).toHaveLength(1);
  });
});
