import { render } from 'preact';
import searchIndex from 'virtual:cpt-search-index';
import { DATASET } from '../../data/dataset';
import { PopupApp } from '../../components/popup/PopupApp';
import { createSearch } from '../../components/search/search-codes';
import '../../components/card/palette.css';
import '../../components/card/card.css';
import '../../components/popup/popup.css';

// With the marks below, the e2e test prints how long our own render takes.
performance.mark('cpt-lens:popup-start');
const initialCode = /code=(\d{5})/.exec(location.hash)?.[1];
render(<PopupApp dataset={DATASET} search={createSearch(searchIndex, DATASET)} initialCode={initialCode} />, document.getElementById('app')!);
// Read by the e2e test and the README's figure: time from navigation to a rendered popup.
performance.mark('cpt-lens:popup-rendered');
