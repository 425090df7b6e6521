/**
 * Column 2 code → the column 1 codes that list it, built while 1.7 million PTP rows stream past.
 * Each pair is one number in a growing Float64Array (column 2's index · 2^24 + column 1's index,
 * both interned), sorted once at the end: a few MB of flat memory instead of a string object per
 * pair, which the worker's heap promoted, kept and grew by ~90 MB (bench:cms, renderer peak).
 */
const C1_LIMIT = 2 ** 24;

export class ReverseIndex {
  private pairs = new Float64Array(1 << 16);
  private n = 0;
  private readonly c1Index = new Map<string, number>();
  private readonly c1Codes: string[] = [];
  private readonly c2Index = new Map<string, number>();
  private readonly c2Codes: string[] = [];

  add(c1: string, c2: string): void {
    const a = intern(c1, this.c1Index, this.c1Codes);
    const b = intern(c2, this.c2Index, this.c2Codes);
    if (this.n === this.pairs.length) {
      const grown = new Float64Array(Math.max(1 << 16, this.pairs.length * 2));
      grown.set(this.pairs);
      this.pairs = grown;
    }
    this.pairs[this.n++] = b * C1_LIMIT + a;
  }

  /**
   * Each column 2 code with its column 1 codes joined (5 characters each), column 1 codes in the
   * order they first arrived; then the index is empty.
   */
  *entries(): Generator<[c2: string, c1s: string]> {
    const sorted = this.pairs.subarray(0, this.n).sort();
    let i = 0;
    while (i < sorted.length) {
      const b = Math.floor(sorted[i]! / C1_LIMIT);
      const c1s: string[] = [];
      for (; i < sorted.length && Math.floor(sorted[i]! / C1_LIMIT) === b; i++) c1s.push(this.c1Codes[sorted[i]! % C1_LIMIT]!);
      yield [this.c2Codes[b]!, c1s.join('')];
    }
    this.clear();
  }

  clear(): void {
    this.pairs = new Float64Array(0);
    this.n = 0;
    this.c1Index.clear();
    this.c1Codes.length = 0;
    this.c2Index.clear();
    this.c2Codes.length = 0;
  }
}

function intern(code: string, index: Map<string, number>, codes: string[]): number {
  let i = index.get(code);
  if (i === undefined) {
    i = codes.push(code) - 1;
    if (i >= C1_LIMIT) throw new RangeError('more distinct codes than the reverse index can hold');
    index.set(code, i);
  }
  return i;
}
