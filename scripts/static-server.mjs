// Serves a folder on 127.0.0.1. Content scripts don't run on file:// or extension pages, so the
// demo and the tests use a real local origin. Used by `npm start`, the e2e tests and the bench.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

/** @type {Record<string, string>} */
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png' };

/**
 * @param {string} dir folder to serve
 * @param {{ port?: number, pages?: Record<string, string> }} [opts] fixed port; extra in-memory pages by path
 * @returns {Promise<{ url(path: string): string, setPage(path: string, html: string): void, close(): Promise<void> }>}
 */
export async function serveDir(dir, opts = {}) {
  const pages = { ...(opts.pages ?? {}) };
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path in pages) {
      res.writeHead(200, { 'content-type': TYPES['.html'] }).end(pages[path]);
      return;
    }
    const file = normalize(join(dir, path === '/' ? 'index.html' : path));
    if (!file.startsWith(dir)) return void res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve(undefined));
  });
  const { port } = /** @type {{ port: number }} */ (server.address());
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    setPage: (path, html) => void (pages[path] = html),
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}
