/**
 * What `npm run bench:cms` measures around each import on the Options page, one method for every
 * file kind: the wall time until the page shows the result, the peak extra memory of the
 * browser's processes (sum of RSS over the process tree, sampled every 200 ms from ps), the peak
 * RSS of the extension renderer (the renderer Chromium starts with --extension-process: it runs
 * the Options page, its import worker and the service worker; its kernel high-water mark, reset
 * before each import through /proc/PID/clear_refs, plus a 50 ms sample of /proc/PID/status), the
 * page's longest main-thread task (Long Tasks entries, which only report tasks over 50 ms) and
 * the longest gap of a 10 ms heartbeat (which also counts waiting for a CPU), reset per import.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

/** @returns {Map<number, {ppid: number, rss: number, args: string}>} */
function processes() {
  const out = execFileSync('ps', ['-eo', 'pid=,ppid=,rss=,args='], { maxBuffer: 1 << 24 }).toString();
  const map = new Map();
  for (const line of out.split('\n')) {
    const m = /^\s*(\d+)\s+(\d+)\s+(\d+)\s+(.*)$/.exec(line);
    if (m) map.set(Number(m[1]), { ppid: Number(m[2]), rss: Number(m[3]), args: m[4] });
  }
  return map;
}

/** RSS (KiB) of the Chromium started with this profile and all its descendants. */
export function treeRss(/** @type {string} */ profileHint) {
  const ps = processes();
  const roots = [...ps].filter(([, p]) => p.args.includes(profileHint) && !p.args.includes('--type=')).map(([pid]) => pid);
  const inTree = new Set(roots);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, p] of ps) if (!inTree.has(pid) && inTree.has(p.ppid)) (inTree.add(pid), (grew = true));
  }
  let sum = 0;
  for (const pid of inTree) sum += ps.get(pid)?.rss ?? 0;
  const procs = [...inTree].map((pid) => {
    const args = ps.get(pid)?.args ?? '';
    const type = /--type=([\w-]+)/.exec(args)?.[1] ?? 'browser';
    const sub = /--utility-sub-type=([\w.]+)/.exec(args)?.[1];
    return { rss: ps.get(pid)?.rss ?? 0, type: sub ? `${type}:${sub.split('.').pop()}` : type };
  });
  // The extension's renderer: the largest one with --extension-process (there is one per extension).
  const extension = [...inTree]
    .map((pid) => ({ pid, rss: ps.get(pid)?.rss ?? 0, args: ps.get(pid)?.args ?? '' }))
    .filter((p) => p.args.includes('--type=renderer') && p.args.includes('--extension-process'))
    .sort((a, b) => b.rss - a.rss)
    .map(({ pid, rss }) => ({ pid, rss }))[0];
  const biggest = procs.sort((a, b) => b.rss - a.rss)[0];
  /** @type {Record<string, number>} */
  const byType = {};
  for (const p of procs) byType[p.type] = (byType[p.type] ?? 0) + p.rss;
  return { sum, biggest, byType, extension };
}

/** A field of /proc/PID/status in KiB (VmRSS, VmHWM), NaN when the process is gone. @param {number} pid @param {string} field */
function procStatus(pid, field) {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : NaN;
  } catch {
    return NaN;
  }
}

/** Resets the process's peak RSS (VmHWM) to its current RSS; false when the kernel refuses. @param {number} pid */
function resetPeak(pid) {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/** Installs the heartbeat and the Long Tasks observer in every page load (call before goto). @param {import('playwright-core').Page} page */
export function installHeartbeat(page) {
  return page.addInitScript(() => {
    const w = /** @type {any} */ (window);
    w.__stall = 0;
    w.__longTasks = [];
    w.__longTaskApi = PerformanceObserver.supportedEntryTypes.includes('longtask');
    let last = performance.now();
    setInterval(() => {
      const now = performance.now();
      w.__stall = Math.max(w.__stall, now - last - 10);
      last = now;
    }, 10);
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__longTasks.push([e.startTime, e.duration]))).observe({ type: 'longtask', buffered: true });
  });
}

/**
 * Runs one import (`start` chooses the files and resolves once the page shows the result) and
 * returns its figures. Memory is counted from the tree's RSS just before the files are chosen.
 * @param {import('playwright-core').Page} page @param {string} profileHint @param {() => Promise<void>} start
 */
export async function measureImport(page, profileHint, start) {
  await page.evaluate(() => {
    const w = /** @type {any} */ (window);
    w.__stall = 0;
    w.__longTasks = [];
    w.__t0 = performance.now();
  });
  const base = treeRss(profileHint);
  let peak = base.sum;
  // The extension renderer: its kernel peak (reset now) and a fast sample, in case the reset is refused.
  const extPid = base.extension?.pid;
  const hwm = extPid !== undefined && resetPeak(extPid);
  let extPeak = base.extension?.rss ?? 0;
  const fast = setInterval(() => {
    if (extPid !== undefined) extPeak = Math.max(extPeak, procStatus(extPid, 'VmRSS') || 0);
  }, 50);
  /** @type {Record<string, number>} */
  const peakByType = {};
  let peakProcess = { rss: 0, type: '' };
  const sampler = setInterval(() => {
    const now = treeRss(profileHint);
    if (now.sum > peak) peak = now.sum;
    if (now.biggest && now.biggest.rss > peakProcess.rss) peakProcess = now.biggest;
    if (now.extension) extPeak = Math.max(extPeak, now.extension.rss);
    for (const [t, v] of Object.entries(now.byType)) peakByType[t] = Math.max(peakByType[t] ?? 0, v - (base.byType[t] ?? 0));
  }, 200);
  const t0 = Date.now();
  try {
    await start();
  } finally {
    clearInterval(sampler);
    clearInterval(fast);
  }
  const wall = Date.now() - t0;
  if (hwm && extPid !== undefined) extPeak = Math.max(extPeak, procStatus(extPid, 'VmHWM') || 0);
  const stalls = await page.evaluate(() => {
    const w = /** @type {any} */ (window);
    /** @type {number[][]} */
    const tasks = w.__longTasks.filter((/** @type {number[]} */ t) => (t[0] ?? 0) >= w.__t0);
    return {
      stall: w.__stall,
      longTasks: tasks.length,
      longestTask: Math.max(0, ...tasks.map((t) => t[1] ?? 0)),
      longTaskApi: Boolean(w.__longTaskApi),
      at: tasks.map((t) => `${t[1]?.toFixed(0)} ms at ${((t[0] ?? 0) - w.__t0).toFixed(0)} ms`).join(', '),
    };
  });
  const extension = { rss: extPeak, before: base.extension?.rss ?? 0, found: extPid !== undefined, how: hwm ? 'kernel peak' : 'sampled every 50 ms' };
  return { wall, extra: peak - base.sum, peakProcess, peakByType, extension, ...stalls };
}

/**
 * The longest main-thread task as a row: the longest Long Tasks entry, or "none ≥ 50" when there
 * was none (the API reports only tasks over 50 ms; without the API the heartbeat gap stands in).
 * @param {string} what @param {Awaited<ReturnType<typeof measureImport>>} m
 */
export function longestTaskRow(what, m) {
  const ms = m.longTaskApi ? m.longestTask : m.stall;
  const ours = !m.longTaskApi ? `${m.stall.toFixed(1)} (no Long Tasks API: heartbeat gap)` : m.longTasks ? m.longestTask.toFixed(0) : 'none over 50';
  return [what, ours, '≤ 50', ms <= 50 ? 'PASS' : 'MISS'];
}

/** The extension renderer's peak RSS as a row. @param {string} what @param {Awaited<ReturnType<typeof measureImport>>} m @param {number | null} mustMb null: info */
export function extensionMemoryRow(what, m, mustMb) {
  const ours = m.extension.found ? `${mb(m.extension.rss)} (${m.extension.how}; ${mb(m.extension.before)} before the files were chosen)` : 'renderer not found';
  if (mustMb === null) return [what, ours, 'info', 'info'];
  return [what, ours, `≤ ${mustMb}`, m.extension.found && m.extension.rss <= mustMb * 1024 ? 'PASS' : 'MISS'];
}

export const mb = (/** @type {number} */ kib) => (kib / 1024).toFixed(0);

/**
 * The rows every import prints, with the musts the edit files set: result shown within 90 s,
 * no main-thread stall of 50 ms or more on the Options page, no long task.
 * @param {string} what e.g. "ICD-10-CM import" @param {Awaited<ReturnType<typeof measureImport>>} m @param {string} own the importer's own seconds
 */
export function importRows(what, m, own) {
  return [
    [`${what}: file chosen → result shown (s)`, (m.wall / 1000).toFixed(1), '≤ 90', m.wall <= 90_000 ? 'PASS' : 'MISS'],
    [`${what}: importer's own clock (s)`, own, 'info', 'info'],
    [`${what}: peak extra memory, browser process tree (MB)`, mb(m.extra), 'info', 'info'],
    [`${what}: largest single process at its peak (${m.peakProcess.type}) (MB)`, mb(m.peakProcess.rss), 'info', 'info'],
    [`${what}: peak growth by process type (MB)`, Object.entries(m.peakByType).filter(([, v]) => v > 10 * 1024).map(([t, v]) => `${t} ${mb(v)}`).join(', '), 'info', 'info'],
    extensionMemoryRow(`${what}: extension renderer (Options page + import worker), peak RSS (MB)`, m, null),
    longestTaskRow(`${what}: options page, longest main-thread task (ms)`, m),
    [`${what}: options page, longest main-thread stall (ms)`, m.stall.toFixed(1), '< 50 (no long task)', m.stall < 50 ? 'PASS' : 'MISS'],
    [`${what}: options page, long tasks ≥ 50 ms (count)`, `${m.longTasks}${m.at ? ` (${m.at} after the files were chosen)` : ''}`, '0', m.longTasks === 0 ? 'PASS' : 'MISS'],
  ];
}
