#!/usr/bin/env node
/**
 * Soak: an SPA re-renders a 200-row worklist every 100 ms (fresh nodes, codes moving between
 * rows, a page of rows added and dropped, an open shadow root swapped) for 10 minutes, and
 * we read the content script's memory at the start and the end, each time after a forced GC:
 *   - heap used by the renderer's V8 isolate (Runtime.getHeapUsage; isolated worlds share the
 *     page's isolate, so this includes the page's own heap, which this page keeps flat);
 *   - objects the content script's world holds: StaticRange (our highlight ranges) and
 *     WeakRef (the shadow roots we know) by their prototypes in our isolated world
 *     (Runtime.queryObjects), which only our script creates there.
 * Each reading pauses the SPA for a second first, so what is counted is what we keep, not
 * what the last renders left for the next prune. Flat means: isolate heap within a few MB and
 * our object counts back to what the current rows need. Standalone: builds if needed, prints a table and a summary line.
 *   npm run bench:soak                 (10 minutes)
 *   SOAK_SECONDS=60 npm run bench:soak (shorter)
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { EXTENSION_DIR, launchWithExtension } from '../scripts/chromium.mjs';
import { serveDir } from '../scripts/static-server.mjs';

const SECONDS = Number(process.env.SOAK_SECONDS ?? 600);
const SAMPLES = Math.max(2, Math.min(11, Math.round(SECONDS / 60) + 1));

function spaPage() {
  const script = `
    const codes = ['50706', '50431', '74360', '76496', '50432', '12345'];
    let tick = 0;
    const row = (i) => '<tr><td>' + (i + tick) + '</td><td>' + codes[(i + tick) % codes.length] + (i % 7 ? '' : '-26') +
      '</td><td>Line ' + i + ' of worklist, rendered at tick ' + tick + '</td></tr>';
    function render() {
      tick++;
      const rows = 200 + (tick % 50);
      document.querySelector('tbody').innerHTML = Array.from({ length: rows }, (_, i) => row(i)).join('');
      // A widget re-mounted with a fresh open shadow root every second.
      if (tick % 10 === 0) {
        const old = document.querySelector('x-widget');
        old?.remove();
        const w = document.createElement('x-widget');
        w.attachShadow({ mode: 'open' }).innerHTML = '<p>Widget ' + tick + ': 74360-26 and 50431</p>';
        document.body.append(w);
      }
    }
    window.soakPause = () => clearInterval(window.soak);
    window.soakResume = () => (window.soak = setInterval(render, 100));
    window.soakResume();
    render();`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>soak</title><link rel="icon" href="data:,"></head>
<body><h1>Worklist</h1><table><tbody></tbody></table><script>${script}</script></body></html>`;
}

async function contentWorld(cdp) {
  const worlds = [];
  cdp.on('Runtime.executionContextCreated', (e) => worlds.push(e.context));
  await cdp.send('Runtime.enable');
  for (let i = 0; i < 50; i++) {
    const world = worlds.find((c) => c.auxData?.type === 'isolated' && /CPT Lens/.test(c.name));
    if (world) return world.id;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('no CPT Lens isolated world in the page');
}

async function countByPrototype(cdp, contextId, ctor) {
  const proto = await cdp.send('Runtime.evaluate', { expression: `${ctor}.prototype`, contextId });
  const found = await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.result.objectId, objectGroup: 'soak' });
  const len = await cdp.send('Runtime.callFunctionOn', { functionDeclaration: 'function () { return this.length; }', objectId: found.objects.objectId, returnByValue: true });
  await cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'soak' });
  return len.result.value;
}

/** Pauses the SPA for a second (our pruning runs at most every 200 ms), then measures. */
async function sample(page, cdp, contextId, at) {
  await page.evaluate(() => window.soakPause());
  await page.waitForTimeout(1000);
  const row = await measure(cdp, contextId, at);
  await page.evaluate(() => window.soakResume());
  return row;
}

async function measure(cdp, contextId, at) {
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  return {
    at,
    heapMB: heap.usedSize / 1048576,
    ranges: await countByPrototype(cdp, contextId, 'StaticRange'),
    weakRefs: await countByPrototype(cdp, contextId, 'WeakRef'),
  };
}

async function main() {
  if (!existsSync(resolve(EXTENSION_DIR, 'manifest.json'))) execSync('npx wxt build', { stdio: 'inherit' });
  const server = await serveDir(resolve('demo'), { pages: { '/soak.html': spaPage() } });
  const browser = await launchWithExtension();
  try {
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    const worlds = contentWorld(cdp);
    await page.goto(server.url('/soak.html'));
    const contextId = await worlds;
    await cdp.send('HeapProfiler.enable');
    await page.waitForTimeout(3000);
    const rows = [await sample(page, cdp, contextId, 0)];
    const started = Date.now();
    for (let i = 1; i < SAMPLES; i++) {
      const next = started + (SECONDS * 1000 * i) / (SAMPLES - 1);
      await page.waitForTimeout(Math.max(0, next - Date.now()));
      rows.push(await sample(page, cdp, contextId, Math.round((Date.now() - started) / 1000)));
      process.stderr.write(`soak: ${rows.at(-1).at} s\n`);
    }
    const renders = await page.evaluate(() => document.querySelector('tbody td')?.textContent);
    console.log(`CPT Lens soak — ${new Date().toISOString()}, ${SECONDS} s of SPA re-renders every 100 ms (last tick row ${renders})\n`);
    console.log('| after (s) | isolate heap after GC (MB) | our StaticRanges | our WeakRefs |');
    console.log('| --------- | -------------------------- | ---------------- | ------------ |');
    for (const r of rows) console.log(`| ${r.at} | ${r.heapMB.toFixed(2)} | ${r.ranges} | ${r.weakRefs} |`);
    const first = rows[0];
    const last = rows.at(-1);
    console.log(
      `\n| soak ${Math.round(SECONDS / 60)} min SPA: heap after GC, start → end (MB) | ${first.heapMB.toFixed(2)} → ${last.heapMB.toFixed(2)} (${(last.heapMB - first.heapMB >= 0 ? '+' : '')}${(last.heapMB - first.heapMB).toFixed(2)}) | our ranges ${first.ranges} → ${last.ranges} | our WeakRefs ${first.weakRefs} → ${last.weakRefs} |`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
