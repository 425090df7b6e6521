/**
 * The open shadow roots found on the page, which caret look-ups must be told about. Held
 * weakly and read only while connected: a page that churns web components must not keep
 * its removed roots alive through us.
 */
export class KnownShadowRoots {
  private readonly refs = new Set<WeakRef<ShadowRoot>>();

  /** Size after the last sweep: pages that churn roots while no one hovers sweep on add. */
  private swept = 0;

  add(root: ShadowRoot): void {
    this.refs.add(new WeakRef(root));
    if (this.refs.size > 2 * this.swept + 16) {
      this.connected();
      this.swept = this.refs.size;
    }
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
