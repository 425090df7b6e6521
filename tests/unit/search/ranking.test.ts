/**
 * What a coder types → the code that must come first. Codes, prefixes, procedure words,
 * misspellings and status words, against the real bundled index.
 */
import { describe, expect, it } from 'vitest';
import searchIndex from 'virtual:cpt-search-index';
import { DATASET } from '../../../data/dataset';
import { createSearch } from '../../../components/search/search-codes';

const search = createSearch(searchIndex, DATASET);

const CASES: Array<[query: string, first: string]> = [
  // the code itself, and prefixes
  ['50706', '50706'], ['50431', '50431'], ['74360', '74360'], ['76496', '76496'],
  ['507', '50706'], ['5043', '50431'], ['743', '74360'], ['764', '76496'], ['7649', '76496'], ['504', '50431'],
  // procedure words
  ['nephrostogram', '50431'], ['ureterogram', '50431'], ['existing access', '50431'], ['nephrostomy tube', '50431'],
  ['contrast study kidney', '50431'], ['esophag', '74360'], ['esophagus', '74360'], ['esophageal dilation', '74360'],
  ['supervision and interpretation', '74360'], ['S&I', '74360'], ['unlisted fluoro', '76496'], ['unlisted', '76496'],
  ['special report', '76496'], ['cover letter', '76496'], ['no specific code fluoroscopy', '76496'],
  ['balloon ureter', '50706'], ['ureteral stricture', '50706'], ['balloon dilation ureteral', '50706'],
  ['dysphagia', '74360'], ['K22.2', '74360'],
  // misspellings
  ['ballon uretral', '50706'], ['existing acess', '50431'], ['nephrostogrm', '50431'], ['nefrostogram', '50431'],
  ['esophagus dilaton', '74360'], ['unlisetd fluoro', '76496'], ['flouroscopy unlisted', '76496'],
  ['uretral stricure', '50706'], ['supervison interpretation', '74360'], ['ureterogrm', '50431'],
  // status words
  ['add-on', '50706'], ['addon', '50706'], ['add on', '50706'], ['unlisted code', '76496'], ['S&I only', '74360'],
];

describe('popup search ranking', () => {
  // What a typo finds is what its correct spelling finds (fails if fuzzy matching is lost).
  it.each([
    ['ballon uretral', 'balloon ureteral'], ['existing acess', 'existing access'], ['nefrostogram', 'nephrostogram'],
    ['esophagus dilaton', 'esophagus dilation'], ['unlisetd fluoro', 'unlisted fluoro'], ['supervison interpretation', 'supervision interpretation'],
  ])('"%s" finds what "%s" finds, first', (typo, right) => {
    const want = search(right)[0]?.code;
    expect(want).toBeDefined();
    expect(search(typo)[0]?.code).toBe(want);
  });

  it.each(CASES)('"%s" → %s first', (query, first) => {
    expect(search(query)[0]?.code).toBe(first);
  });

  it('finds nothing for gibberish', () => {
    expect(search('qqqzzz')).toEqual([]);
  });

  it('lists every code for an empty query', () => {
    expect(search('  ').map((e) => e.code).sort()).toEqual(['50431', '50706', '74360', '76496']);
  });
});
