// `npm start`: build the extension, serve the demo charge-entry page on localhost and open
// Debian's Chromium with the extension loaded on it. Without a display, say so and take a
// headless screenshot instead of hanging.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { CHROMIUM, INSTALL_HINT, launchWithExtension } from './chromium.mjs';
import { serveDir } from './static-server.mjs';

/** @param {string} msg */
const log = (msg) => console.log(`[cpt-lens] ${msg}`);

// Before the build, and as a sentence rather than a stack trace: the usual first-run problem.
if (!existsSync(CHROMIUM)) {
  console.error(`[cpt-lens] ${INSTALL_HINT}`);
  process.exit(1);
}

log('building the Chrome extension…');
execSync('npx wxt build', { stdio: 'inherit' });

const server = await serveDir(resolve('demo'));
const url = server.url('/index.html');
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

if (!hasDisplay) {
  log('No display found (DISPLAY and WAYLAND_DISPLAY are unset), so no browser window can open here.');
  log('Opening the demo headless instead to show it works; on a desktop run "npm start" again,');
  log('or on a server try "xvfb-run npm start" after "apt-get install -y xvfb".');
  const browser = await launchWithExtension({ headless: true });
  try {
    const page = await browser.context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => (CSS.highlights.get('cpt-lens')?.size ?? 0) > 0, undefined, { timeout: 10_000 });
    const count = await page.evaluate(() => CSS.highlights.get('cpt-lens')?.size ?? 0);
    mkdirSync('.output', { recursive: true });
    await page.screenshot({ path: '.output/demo.png', fullPage: true });
    log(`Demo page ${url}: ${count} codes highlighted. Screenshot saved to .output/demo.png.`);
  } finally {
    await browser.close();
    await server.close();
  }
} else {
  const browser = await launchWithExtension({ headless: false });
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(url);
  log(`Chromium is open on ${url} with CPT Lens loaded. Hover a highlighted code; close the window or press Ctrl+C to stop.`);
  const stop = async () => {
    await browser.close().catch(() => {});
    await server.close();
    process.exit(0);
  };
  browser.context.on('close', stop);
  process.on('SIGINT', stop);
}
