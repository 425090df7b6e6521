/** Which codes are on the page right now, keyed by the text node or field they sit in. */
import type { CodeMatch } from '../detection/find-codes';

export class SeenCodes {
  private readonly byOwner = new Map<Node, readonly CodeMatch[]>();
  private version = 0;

  update(owner: Node, matches: readonly CodeMatch[]): void {
    if (matches.length === 0) {
      if (this.byOwner.delete(owner)) this.version++;
      return;
    }
    // The scanner's own array: no copy per node on the scan path.
    this.byOwner.set(owner, matches);
    this.version++;
  }

  prune(): void {
    for (const owner of this.byOwner.keys()) {
      if (!owner.isConnected && this.byOwner.delete(owner)) this.version++;
    }
  }

  /** Something beside the codes changed (a modifier or units field): re-read the lines. */
  touch(): void {
    this.version++;
  }

  get(owner: Node): readonly CodeMatch[] | undefined {
    return this.byOwner.get(owner);
  }

  /** Changes whenever the set may have changed, so callers can skip rechecks. */
  get revision(): number {
    return this.version;
  }

  /** Owners with their matches, for reading each one's row at check time. */
  entries(): IterableIterator<[Node, readonly CodeMatch[]]> {
    return this.byOwner.entries();
  }
}
