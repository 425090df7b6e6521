/** The toolbar popup: search box, ranked results, and the full entry for one code. */
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Dataset } from '../../data/schema';
import type { SearchCodes } from '../search/search-codes';
import { VintageNote } from '../card/VintageNote';
import { DetailView } from './DetailView';
import { optionId, ResultList } from './ResultList';
import { SiteToggle } from './SiteToggle';

interface Props {
  dataset: Dataset;
  search: SearchCodes;
  initialCode?: string | undefined;
  /** What was typed into the static search box before the app loaded. */
  initialQuery?: string;
}

export function PopupApp({ dataset, search, initialCode, initialQuery = '' }: Props) {
  const [query, setQuery] = useState(initialQuery);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState<string | undefined>(initialCode);
  const results = useMemo(() => search(query), [query, search]);
  const entry = open ? dataset.find((e) => e.code === open) : undefined;
  const box = useRef<HTMLInputElement>(null);
  // The popup opens, and comes back from a detail view, with the caret in the search box;
  // a layout effect focuses before the first paint so no early keystroke is lost.
  useLayoutEffect(() => {
    if (entry) return;
    const el = box.current;
    el?.focus();
    // Typing continues where it was in the static box.
    el?.setSelectionRange(el.value.length, el.value.length);
    // Read by `npm run bench`: navigation start → search box focused (and painted, from paint timing).
    if (!performance.getEntriesByName('cpt-lens:popup-search-focused').length) performance.mark('cpt-lens:popup-search-focused');
  }, [entry]);

  if (entry) {
    return (
      <main class="popup" onKeyDown={(e) => e.key === 'Escape' && (e.preventDefault(), setOpen(undefined))}>
        <h1 class="brand">CPT Lens</h1>
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
      <div class="top">
        <h1 class="brand">CPT Lens</h1>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          Options
        </button>
      </div>
      <SiteToggle />
      <input
        type="search"
        class="search"
        ref={box}
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
      <VintageNote />
      <p class="footnote">Reference aid, not a coding decision. No CPT descriptor text is shipped.</p>
    </main>
  );
}
