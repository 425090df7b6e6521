/** One Chromium with the extension and one local server per test file. */
import { resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension } from '../../../scripts/chromium.mjs';
import { serveDir } from '../../../scripts/static-server.mjs';

export type ExtensionBrowser = Awaited<ReturnType<typeof launchWithExtension>>;
export type Server = Awaited<ReturnType<typeof serveDir>>;

export function useLensBrowser(opts: { colorScheme?: 'light' | 'dark' } = {}): { browser: () => ExtensionBrowser; server: () => Server } {
  let browser: ExtensionBrowser | undefined;
  let server: Server | undefined;
  beforeAll(async () => {
    server = await serveDir(resolve('demo'));
    browser = await launchWithExtension(opts);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return { browser: () => browser!, server: () => server! };
}

/** A minimal page around some body HTML, for cases the demo does not cover. */
export function page(body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>test</title><link rel="icon" href="data:,">${head}</head><body>${body}</body></html>`;
}
