import { describe, expect, it } from 'vitest';
import { ReverseIndex } from '../../../components/cms/reverse-index';

const code = (i: number) => String(10000 + i);

describe('the PTP reverse index', () => {
  it('lists each column 2 code once, with its column 1 codes in the order they arrived', () => {
    const index = new ReverseIndex();
    index.add('50706', '36415');
    index.add('50706', '74425');
    index.add('0001A', '36415');
    index.add('J1100', '74425');
    expect([...index.entries()]).toEqual([
      ['36415', '507060001A'],
      ['74425', '50706J1100'],
    ]);
  });

  it('keeps every pair of a file larger than its first buffer, and is empty afterwards', () => {
    const index = new ReverseIndex();
    const total = 150_000;
    for (let i = 0; i < total; i++) index.add(code(Math.floor(i / 10)), i % 3 === 0 ? '36415' : code(50_000 + (i % 7)));
    const entries = new Map(index.entries());
    expect(entries.size).toBe(1 + 7);
    expect([...entries.values()].reduce((n, s) => n + s.length / 5, 0)).toBe(total);
    expect(entries.get('36415')!.slice(0, 15)).toBe('100001000010000');
    expect([...index.entries()]).toEqual([]);
  });
});
