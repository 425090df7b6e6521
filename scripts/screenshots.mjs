// Store screenshots at 1280×800 from the demo charge-entry page, with the built extension in
// Debian's Chromium: `npm run screenshots` (builds first) → store/screenshots/*.png.
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension } from './chromium.mjs';
import { hoverText } from './page-text.mjs';
import { serveDir } from './static-server.mjs';

const OUT = resolve('store/screenshots');
const SIZE = { width: 1280, height: 800 };

// The demo claim with its primary code swapped for one outside the dataset and one more unit:
// the page checks then have something to say.
const demo = readFileSync(resolve('demo/index.html'), 'utf8');
const checksPage = demo
  .replaceAll('50431', '52332')
  .replace(/(<td>50706<\/td>\s*<td>LT<\/td>\s*<td class="num">)2</, '$13<');


/** @param {import('playwright-core').Page} page */
const waitForHighlights = (page) => page.waitForFunction(() => (CSS.highlights.get('cpt-lens')?.size ?? 0) >= 3, null, { timeout: 10_000 });

mkdirSync(OUT, { recursive: true });
const server = await serveDir(resolve('demo'), { pages: { '/checks.html': checksPage } });
const browser = await launchWithExtension({ viewport: SIZE });
const shot = async (/** @type {import('playwright-core').Page} */ page, /** @type {string} */ name) => {
  await page.screenshot({ path: `${OUT}/${name}`, clip: { x: 0, y: 0, ...SIZE } });
  console.log(`screenshots: store/screenshots/${name}`);
};
try {
  const page = await browser.context.newPage();
  await page.goto(server.url('/index.html'));
  await waitForHighlights(page);
  await hoverText(page, '#claim-lines', '50706');
  await page.getByRole('tooltip').waitFor({ timeout: 10_000 });
  await page.waitForTimeout(300);
  await shot(page, '1-card.png');

  await page.goto(server.url('/checks.html'));
  await waitForHighlights(page);
  await page.getByRole('button', { name: 'Show CPT Lens claim warnings' }).click();
  await hoverText(page, '#claim-lines', '50706');
  await page.getByRole('tooltip').waitFor({ timeout: 10_000 });
  await page.waitForTimeout(300);
  await shot(page, '2-checks.png');

  // The popup is 400–480 px wide: show it on a plain backdrop at the store's size.
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 460, height: 560 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await popup.keyboard.type('ballon uretral');
  await popup.getByRole('option').first().waitFor();
  const png = (await popup.screenshot()).toString('base64');
  const stage = await browser.context.newPage();
  await stage.setViewportSize(SIZE);
  await stage.setContent(
    `<body style="margin:0;height:800px;display:grid;place-items:center;background:#e9eef6;font:20px system-ui,'DejaVu Sans',sans-serif">` +
      `<figure style="margin:0;text-align:center"><img alt="" src="data:image/png;base64,${png}" style="border:1px solid #b8c2d0;border-radius:8px;box-shadow:0 8px 32px rgba(0,0,0,.18)">` +
      `<figcaption style="margin-top:18px;color:#1c1f24">Search by code, words or a misspelling — Alt+Shift+C</figcaption></figure></body>`,
  );
  await shot(stage, '3-popup.png');

  const options = await browser.context.newPage();
  await options.setViewportSize(SIZE);
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.getByRole('radio', { name: 'Run only on sites I enable' }).check();
  await options.waitForTimeout(300);
  await shot(options, '4-site-only.png');
} finally {
  await browser.close();
  await server.close();
}
