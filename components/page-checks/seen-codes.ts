/** Which codes are on the page right now, keyed by the text node or field they sit in. */
import type { CodeMatch } from '../detection/find-codes';
import type { SeenCode } from './check-codes';

export class SeenCodes {
  private readonly byOwner = new Map<Node, SeenCode[]>();
  private version = 0;

  update(owner: Node, matches: readonly CodeMatch[]): void {
    if (matches.length === 0) {
      if (this.byOwner.delete(owner)) this.version++;
      return;
    }
    this.byOwner.set(owner, matches.map((m) => ({ code: m.code, units: m.units, modifiers: m.modifiers })));
    this.version++;
  }

  prune(): void {
    for (const owner of this.byOwner.keys()) {
      if (!owner.isConnected && this.byOwner.delete(owner)) this.version++;
    }
  }

  /** Changes whenever the set may have changed, so callers can skip rechecks. */
  get revision(): number {
    return this.version;
  }

  list(): SeenCode[] {
    return [...this.byOwner.values()].flat();
  }
}
