// Starts Debian's Chromium with the built extension loaded (playwright-core, no downloaded browser).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const EXTENSION_DIR = resolve('.output/chrome-mv3');
export const INSTALL_HINT = `Chromium not found at ${CHROMIUM}: install it with "sudo apt-get install -y chromium" (or set CHROMIUM_PATH).`;

/** Runs in the extension's service worker. */
async function waitForRegisteredScript() {
  // @ts-ignore chrome is the extension API global there
  const scripting = globalThis.chrome?.scripting;
  for (let i = 0; scripting && i < 400; i++) {
    if ((await scripting.getRegisteredContentScripts()).length) return;
    await new Promise((r) => setTimeout(r, 25));
  }
}

/**
 * @param {{ executablePath?: string, headless?: boolean, colorScheme?: 'light' | 'dark', extensionDir?: string | null, viewport?: { width: number, height: number }, profile?: string, args?: string[], waitForScript?: boolean }} [opts]
 *   extensionDir null launches without any extension (a baseline for measurements). `profile`
 *   reuses a user-data dir (kept on close) to restart the browser on it; `waitForScript` false
 *   returns before the content script is registered, to see what a start-up does without help.
 */
export async function launchWithExtension(opts = {}) {
  if (!existsSync(CHROMIUM)) throw new Error(INSTALL_HINT);
  const executablePath = opts.executablePath ?? CHROMIUM;
  const ext = opts.extensionDir === undefined ? EXTENSION_DIR : opts.extensionDir;
  if (ext && !existsSync(join(ext, 'manifest.json'))) throw new Error(`No build at ${ext}: run "npm run build" first.`);
  const profile = opts.profile ?? mkdtempSync(join(tmpdir(), 'cpt-lens-profile-'));
  const headless = opts.headless ?? true;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: false,
    colorScheme: opts.colorScheme ?? 'light',
    viewport: opts.viewport ?? { width: 1280, height: 900 },
    args: [
      ...(headless ? ['--headless=new'] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(ext ? [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`] : []),
      ...(opts.args ?? []),
    ],
  });
  let extensionId = '';
  if (ext) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(worker.url()).host;
    // CPT Lens registers its content script at run time (components/site-access/): pages opened
    // before that would run without it, so wait for the registration.
    const manifest = JSON.parse(readFileSync(join(ext, 'manifest.json'), 'utf8'));
    if (!manifest.content_scripts && opts.waitForScript !== false) await worker.evaluate(waitForRegisteredScript);
  }
  return {
    context,
    extensionId,
    async close() {
      await context.close();
      if (!opts.profile) rmSync(profile, { recursive: true, force: true });
    },
  };
}
