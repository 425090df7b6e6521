/**
 * "Adding a code is one new data file": load the real data plus a fixture file for 50430 and
 * run it through the same derivations the build uses — detector, card, search — untouched.
 */
import { join } from 'node:path';
import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { buildRules, buildSearchIndex } from '../../../data/derive';
import { DEFAULT_DATA_DIR, loadDataset } from '../../../data/load';
import { CodeCard } from '../../../components/card/CodeCard';
import { createCodeFinder } from '../../../components/detection/find-codes';
import { createSearch } from '../../../components/search/search-codes';

const dataset = loadDataset([DEFAULT_DATA_DIR, join(process.cwd(), 'tests/fixtures/data/extra')]);
const fixture = dataset.find((e) => e.code === '50430')!;

describe('a fifth code added as one data file', () => {
  it('is detected on a page', () => {
    const find = createCodeFinder(Object.keys(buildRules(dataset)));
    expect(find('Proc 50430-50 then 50706').map((m) => [m.code, m.modifiers])).toEqual([
      ['50430', ['50']],
      ['50706', []],
    ]);
  });

  it('gets a card', () => {
    render(
      <CodeCard entry={fixture} modifiers={[]} units={null} warnings={[]} pinned={false} checklist={{ checked: new Set(), onToggle: () => {} }} onClose={() => {}} onOpenDetail={() => {}} />,
    );
    expect(screen.getByRole('tooltip', { name: /50430/ })).toBeTruthy();
    expect(screen.getByText('How the new access was created')).toBeTruthy();
  });

  it('is found by search, by code and by words', () => {
    const search = createSearch(buildSearchIndex(dataset).toJSON(), dataset);
    expect(search('50430')[0]?.code).toBe('50430');
    expect(search('new access')[0]?.code).toBe('50430');
  });
});
