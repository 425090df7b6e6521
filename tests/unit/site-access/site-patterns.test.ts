import { describe, expect, it } from 'vitest';
import { originPattern, scriptMatches } from '../../../components/site-access/site-patterns';

describe('where the content script is registered', () => {
  it('registers everywhere in all-sites mode, whatever the site lists say', () => {
    expect(scriptMatches({ mode: 'all-sites', disabledSites: ['a.example.org'], enabledSites: ['b.example.org'] })).toEqual(['<all_urls>']);
  });

  it('registers only the enabled sites in chosen-sites mode, and nowhere when none is enabled', () => {
    expect(scriptMatches({ mode: 'chosen-sites', disabledSites: [], enabledSites: ['billing.example.org', '127.0.0.1:8080', '127.0.0.1:9090'] })).toEqual([
      '*://127.0.0.1/*',
      '*://billing.example.org/*',
    ]);
    expect(scriptMatches({ mode: 'chosen-sites', disabledSites: [], enabledSites: [] })).toEqual([]);
  });

  it('turns a saved site into a match pattern without its port (patterns have none)', () => {
    expect(originPattern('localhost:5173')).toBe('*://localhost/*');
  });
});
