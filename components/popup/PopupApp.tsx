/** The toolbar popup: search box, ranked results, and the full entry for one code. */
import { useMemo, useState } from 'preact/hooks';
import type { Dataset } from '../../data/schema';
import type { SearchCodes } from '../search/search-codes';
import { DetailView } from './DetailView';
import { optionId, ResultList } from './ResultList';

interface Props {
  dataset: Dataset;
  search: SearchCodes;
  initialCode?: string | undefined;
}

export function PopupApp({ dataset, search, initialCode }: Props) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState<string | undefined>(initialCode);
  const results = useMemo(() => search(query), [query, search]);
  const entry = open ? dataset.find((e) => e.code === open) : undefined;

  if (entry) {
    return (
      <main class="popup" onKeyDown={(e) => e.key === 'Escape' && (e.preventDefault(), setOpen(undefined))}>
        <DetailView entry={entry} onBack={() => setOpen(undefined)} />
      </main>
    );
  }

  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((i) => Math.min(i + 1, results.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (e.key === 'Enter' && results[active]) {
      e.preventDefault();
      setOpen(results[active]!.code);
    }
  };
  const activeEntry = results[active];
  return (
    <main class="popup">
      <h1 class="brand">CPT Lens</h1>
      <input
        type="search"
        class="search"
        autoFocus
        placeholder="Code, words or a typo: 507, ureter, ballon…"
        aria-label="Search CPT codes"
        aria-controls="results"
        aria-activedescendant={activeEntry ? optionId(activeEntry.code) : undefined}
        value={query}
        onInput={(e) => {
          setQuery((e.currentTarget as HTMLInputElement).value);
          setActive(0);
        }}
        onKeyDown={onKey}
      />
      <ResultList results={results} active={active} onOpen={setOpen} />
      <p class="footnote">Reference aid, not a coding decision. No CPT descriptor text is shipped.</p>
    </main>
  );
}
