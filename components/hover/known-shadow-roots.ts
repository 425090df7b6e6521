/**
 * The open shadow roots found on the page, which caret look-ups must be told about. Held
 * weakly and read only while connected: a page that churns web components must not keep
 * its removed roots alive through us.
 */
export class KnownShadowRoots {
  private readonly refs = new Set<WeakRef<ShadowRoot>>();

  add(root: ShadowRoot): void {
    this.refs.add(new WeakRef(root));
  }

  /** The roots still in the document; forgets those collected. */
  connected(): ShadowRoot[] {
    const roots: ShadowRoot[] = [];
    for (const ref of this.refs) {
      const root = ref.deref();
      if (!root) this.refs.delete(ref);
      else if (root.host.isConnected) roots.push(root);
    }
    return roots;
  }
}
