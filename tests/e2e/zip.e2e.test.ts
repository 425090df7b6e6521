/**
 * The store archives, as a reviewer gets them: `npm run zip` and `npm run zip:firefox` build and
 * pack; each archive, unpacked into a fresh folder, loads in its browser and highlights the demo.
 * The Firefox run also yields the sources archive AMO asks for.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension } from '../../scripts/chromium.mjs';
import { launchFirefoxWithExtension } from '../../scripts/firefox.mjs';
import { serveDir } from '../../scripts/static-server.mjs';
import { waitForHighlights } from './support/page-helpers';

const version = JSON.parse(readFileSync('package.json', 'utf8')).version as string;

async function unpack(zipPath: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'cpt-lens-zip-'));
  const zip = await JSZip.loadAsync(readFileSync(zipPath));
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir) continue;
    const out = join(dir, name);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, await entry.async('nodebuffer'));
  }
  return dir;
}

let server: Awaited<ReturnType<typeof serveDir>>;
beforeAll(async () => {
  server = await serveDir(resolve('demo'));
});
afterAll(() => server?.close());

describe('store archives', () => {
  it('npm run zip: the Chrome archive loads in Chromium, highlights the demo and opens its popup', async () => {
    execFileSync('npm', ['run', 'zip'], { stdio: 'pipe', timeout: 120_000 });
    const dir = await unpack(`.output/cpt-lens-${version}-chrome.zip`);
    expect(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'))).toMatchObject({ manifest_version: 3, minimum_chrome_version: '116' });
    const b = await launchWithExtension({ extensionDir: dir });
    try {
      const page = await b.context.newPage();
      await page.goto(server.url('/index.html'));
      expect(await waitForHighlights(page, 4)).toEqual(expect.arrayContaining(['50706', '50431', '74360', '76496']));
      const popup = await b.context.newPage();
      await popup.goto(`chrome-extension://${b.extensionId}/popup.html`);
      await expect.poll(() => popup.getByRole('searchbox', { name: 'Search CPT codes' }).isVisible()).toBe(true);
    } finally {
      await b.close();
    }
  }, 180_000);

  it('npm run zip:firefox: the Firefox archive loads in Firefox ESR and highlights the demo; a sources archive is made', async () => {
    execFileSync('npm', ['run', 'zip:firefox'], { stdio: 'pipe', timeout: 120_000 });
    expect(existsSync(`.output/cpt-lens-${version}-sources.zip`)).toBe(true);
    const dir = await unpack(`.output/cpt-lens-${version}-firefox.zip`);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.browser_specific_settings.gecko).toMatchObject({ strict_min_version: '140.0' });
    // Both the add-on and its toolbar button name a PNG for each size, and each is in the archive.
    expect(Object.keys(manifest.icons)).toEqual(['16', '32', '48', '128']);
    expect(manifest.browser_action.default_icon).toEqual(manifest.icons);
    for (const file of Object.values(manifest.icons) as string[]) expect(existsSync(join(dir, file))).toBe(true);
    const ff = await launchFirefoxWithExtension(dir);
    try {
      const page = await ff.browser.newPage();
      await page.goto(server.url('/index.html'));
      await page.waitForFunction(() => (CSS.highlights.get('cpt-lens')?.size ?? 0) >= 4, { timeout: 10_000 });
    } finally {
      await ff.close();
    }
  }, 180_000);
});
