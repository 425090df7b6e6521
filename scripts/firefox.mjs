// Starts Debian's Firefox ESR over WebDriver BiDi (puppeteer-core, no downloaded browser) and
// installs the built Firefox extension as a temporary add-on.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv2');

/**
 * @param {string} [extensionDir] an unpacked Firefox build; the default is .output/firefox-mv2
 * @param {{ executablePath?: string }} [opts] another Firefox start command (a policy wrapper in tests)
 */
export async function launchFirefoxWithExtension(extensionDir = FIREFOX_EXTENSION_DIR, opts = {}) {
  if (!existsSync(FIREFOX)) throw new Error(`Firefox not found at ${FIREFOX}: install it with "sudo apt-get install -y firefox-esr" (or set FIREFOX_PATH).`);
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`No build at ${extensionDir}: run "npm run build:firefox" first.`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: opts.executablePath ?? FIREFOX,
    headless: true,
    protocol: 'webDriverBiDi',
    defaultViewport: { width: 1280, height: 900 },
  });
  const extensionId = await browser.installExtension(extensionDir);
  return { browser, extensionId, close: () => browser.close() };
}
