/** Loads the popup app (dataset, search index, Preact UI) in place of the static search box. */
import { render } from 'preact';
import searchIndex from 'virtual:cpt-search-index';
import { DATASET } from '../../data/dataset';
import { createSearch } from '../search/search-codes';
import { PopupApp } from './PopupApp';

export function mountPopup(app: HTMLElement, shellBox: HTMLInputElement | null): void {
  const initialCode = /code=(\d{5})/.exec(location.hash)?.[1];
  // Read and replace in one task: no keystroke can land in between.
  const initialQuery = shellBox?.value ?? '';
  app.replaceChildren();
  render(<PopupApp dataset={DATASET} search={createSearch(searchIndex, DATASET)} initialCode={initialCode} initialQuery={initialQuery} />, app);
  performance.mark('cpt-lens:popup-rendered');
}
