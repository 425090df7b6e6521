// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import { streamFile, type EntrySink } from '../../../components/icd10/stream-file';
import { PIECE } from '../../../components/cms/blob-bytes';

/** A CSV of `rows` numbered lines: any byte lost or doubled at a piece boundary shows in the text. */
const csv = (rows: number) => Array.from({ length: rows }, (_, i) => `${i},A${String(i).padStart(6, '0')}`).join('\n');
const hooks = { afterChunk: async () => {}, progress: () => {} };

async function read(file: File): Promise<Map<string, string>> {
  const got = new Map<string, string>();
  const decoder = new Map<string, TextDecoder>();
  await streamFile(file, (name, path): EntrySink => {
    decoder.set(path, new TextDecoder());
    got.set(path, '');
    return { bytes: (b) => void got.set(path, got.get(path)! + decoder.get(path)!.decode(b, { stream: true })), end: () => {} };
  }, hooks);
  return got;
}

describe('reading a download in pieces', () => {
  it('gives every byte of a plain file many pieces long, in order', async () => {
    const text = csv(20_000);
    expect(text.length).toBeGreaterThan(10 * PIECE);
    const got = await read(new File([text], 'article.csv'));
    expect(got.get('article.csv')).toBe(text);
  });

  it('gives every byte of a zip inside a zip whose entries are many pieces long', async () => {
    const a = csv(30_000);
    const b = csv(5);
    const inner = zipSync({ 'article.csv': new TextEncoder().encode(a), 'state_lookup.csv': new TextEncoder().encode(b) }, { level: 0 });
    const outer = zipSync({ 'current_article_csv.zip': inner }, { level: 6 }); // inflated in chunks of many pieces
    expect(inner.length).toBeGreaterThan(20 * PIECE);
    const got = await read(new File([outer as BlobPart], 'current_article.zip'));
    expect(got.get('current_article.zip → current_article_csv.zip → article.csv')).toBe(a);
    expect(got.get('current_article.zip → current_article_csv.zip → state_lookup.csv')).toBe(b);
  });
});
