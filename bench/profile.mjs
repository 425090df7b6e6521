/**
 * `node bench/profile.mjs [load|tax|storm]` — a CDP CPU profile of one bench scenario with our
 * build, printed as the top functions by self time (ours marked with *), to find where time
 * goes before changing a design. Uses the existing .output/chrome-mv3 build.
 */
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchWithExtension } from '../scripts/chromium.mjs';
import { serveDir } from '../scripts/static-server.mjs';
import { allPages } from './pages.mjs';
import { installProbes, scrollAndTime, scrollToFraction } from './probes.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const what = process.argv[2] ?? 'tax';
const server = await serveDir(ROOT, { pages: allPages() });
const b = await launchWithExtension({ extensionDir: join(ROOT, '.output/chrome-mv3'), headless: true });
try {
  await b.context.addInitScript(installProbes);
  const page = b.context.pages()[0] ?? (await b.context.newPage());
  const cdp = await b.context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  const lit = () => page.waitForFunction(() => /** @type {any} */ (window).__benchAllVisible?.(), null, { polling: 'raf', timeout: 60_000 });
  if (what === 'load') {
    await page.goto('about:blank');
    await cdp.send('Profiler.start');
    await page.goto(server.url('/claims.html'), { waitUntil: 'load' });
    await lit();
    await page.evaluate(scrollAndTime, 0.5);
    await page.evaluate(scrollAndTime, 1);
    await page.waitForTimeout(4000);
  } else if (what === 'tax') {
    await page.goto(server.url('/claims.html'), { waitUntil: 'load' });
    await lit();
    await page.waitForTimeout(4000);
    for (const f of [0.5, 1, 0]) await page.evaluate(scrollToFraction, f);
    await cdp.send('Profiler.start');
    for (let i = 0; i < 5; i++) console.log('round', (await page.evaluate(() => /** @type {any} */ (window).hostTaxRound())).toFixed(1));
  } else {
    await page.goto(server.url('/storm.html'), { waitUntil: 'load' });
    await page.waitForTimeout(1500);
    await cdp.send('Profiler.start');
    console.log(await page.evaluate(() => /** @type {any} */ (window).startStorm()));
  }
  const { profile } = await cdp.send('Profiler.stop');
  const self = new Map();
  const dt = new Map();
  profile.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  for (const n of profile.nodes) {
    const f = n.callFrame;
    const key = `${f.url.startsWith('chrome-extension') ? '*' : ' '} ${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`;
    self.set(key, (self.get(key) ?? 0) + (dt.get(n.id) ?? 0));
  }
  const total = [...self.values()].reduce((a, c) => a + c, 0);
  const ours = [...self].filter(([k]) => k.startsWith('*')).reduce((a, [, c]) => a + c, 0);
  console.log(`profile ${(total / 1000).toFixed(0)} ms sampled, ours (self, JS only) ${(ours / 1000).toFixed(0)} ms`);
  for (const [k, us] of [...self].sort((a, c) => c[1] - a[1]).slice(0, 25)) console.log(`${(us / 1000).toFixed(1).padStart(8)} ms  ${k}`);
} finally {
  await b.close();
  await server.close();
}
