/**
 * Popup entry: small on purpose. The search box is already painted from popup.html; this
 * focuses it (autofocus may not have run yet), then loads the app with the dataset and the
 * search index and hands it what was typed meanwhile.
 */
import '../../components/card/palette.css';
import '../../components/card/card.css';
import '../../components/popup/popup.css';

// With the marks below, the e2e test and `npm run bench` print how long the popup takes.
performance.mark('cpt-lens:popup-start');
const shellBox = document.querySelector<HTMLInputElement>('#app input[type="search"]');
shellBox?.focus();
if (shellBox && document.activeElement === shellBox) performance.mark('cpt-lens:popup-search-focused');
void import('../../components/popup/mount-popup').then((m) => m.mountPopup(document.getElementById('app')!, shellBox));
