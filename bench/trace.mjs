/**
 * Main-thread attribution from a Chromium trace (CDP Tracing, devtools.timeline categories).
 *
 * How attribution works: on each renderer main thread (CrRendererMain) the complete ('X')
 * events are nested by time into trees whose roots are the top-level tasks (RunTask). Every
 * time the browser enters script it emits an event naming the script's URL: EvaluateScript
 * (the content script's first run) and FunctionCall (timer, rAF, MutationObserver,
 * IntersectionObserver and event-listener callbacks, also inside RunMicrotasks). An event
 * whose URL is the extension's chrome-extension:// origin, with no such ancestor, is one
 * stretch of extension work; its duration includes anything it forced synchronously (style,
 * layout, GC). Per task we sum those stretches.
 *
 * Why not whole-task durations: our rAF flush shares the frame task with the page's own
 * rendering (seen: a 0.2 ms callback inside a 50 ms layout task), so summing whole tasks
 * would charge the page's layout to the extension. The wrapper overhead this leaves out
 * (RunTask/TimerFire around a FunctionCall) is ~0.05 ms per task.
 *
 * Limits: (1) work the extension causes later, outside its own script, is not attributed:
 * style/layout/paint after mark.js inserts <mark> elements, highlight painting, and the
 * MutationObserver records Blink builds inside the page's own DOM calls (the host-tax page
 * measures that one separately). (2) IntersectionObserver geometry runs in the rendering
 * step with no script URL; the bench pages use no IntersectionObserver of their own, so
 * that time is reported apart as `ioMs` (Blink's own observers, e.g. lazy loading, would
 * land there too; the `none` baseline shows that floor). (3) Promise continuations run by
 * V8 without a FunctionCall event (after an `await` of an extension API) are not seen; the
 * content script's heavy work runs in timers and observer callbacks, which are.
 */

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'];

/**
 * Records a trace around `run()` through a CDP session on `page`.
 * @param {import('playwright-core').BrowserContext} context
 * @param {import('playwright-core').Page} page
 * @param {() => Promise<unknown>} run
 * @returns {Promise<{ events: any[], result: unknown }>}
 */
export async function recordTrace(context, page, run) {
  const cdp = await context.newCDPSession(page);
  /** @type {any[]} */
  const events = [];
  // Keep only what the analysis reads: thread names, complete events, user-timing marks.
  cdp.on('Tracing.dataCollected', (e) => {
    for (const ev of e.value) if (ev.ph === 'X' || ev.ph === 'M' || ev.cat === 'blink.user_timing') events.push(ev);
  });
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: CATEGORIES, excludedCategories: ['*'] } });
  let result;
  try {
    result = await run();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach().catch(() => {});
  }
  return { events, result };
}

/** Timestamp (µs, trace clock) of the first user-timing mark with this name, or undefined. */
export function markTs(events, name) {
  return events.find((e) => e.name === name && e.cat === 'blink.user_timing')?.ts;
}

/**
 * Main-thread tasks with what each spent in extension script, page script and IntersectionObserver geometry.
 * @param {any[]} events
 * @param {{ extOrigin?: string, pageOrigin: string }} opts extOrigin "chrome-extension://<id>/" (omit for no extension)
 * @returns {Task[]}
 * @typedef {{ ts: number, dur: number, extUs: number, extCpuUs: number, pageUs: number, ioUs: number, evaluateUs: number }} Task
 */
export function tasksOf(events, opts) {
  const mainThreads = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  /** @type {Map<string, any[]>} */
  const byThread = new Map();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph !== 'X' || !mainThreads.has(key)) continue;
    if (!byThread.has(key)) byThread.set(key, []);
    byThread.get(key).push(e);
  }
  const urlOf = (e) => e.args?.data?.url ?? '';
  const isExt = (e) => !!opts.extOrigin && urlOf(e).startsWith(opts.extOrigin);
  const isPage = (e) => urlOf(e).startsWith(opts.pageOrigin) && (e.name === 'FunctionCall' || e.name === 'EvaluateScript');
  /** @type {Task[]} */
  const tasks = [];
  for (const list of byThread.values()) {
    list.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    // Nest by time: an event's ancestors are the open events that still cover its start.
    /** @type {any[]} */
    const stack = [];
    /** @type {Task | null} */
    let task = null;
    for (const e of list) {
      while (stack.length && stack[stack.length - 1].ts + stack[stack.length - 1].dur <= e.ts) stack.pop();
      if (!stack.length) {
        task = { ts: e.ts, dur: e.dur, extUs: 0, extCpuUs: 0, pageUs: 0, ioUs: 0, evaluateUs: 0 };
        tasks.push(task);
      }
      const t = /** @type {Task} */ (task);
      // Outermost script event only: nested ones are already inside its duration.
      const inScript = stack.some((p) => p.script);
      if (!inScript && isExt(e)) {
        e.script = true;
        t.extUs += e.dur;
        t.extCpuUs += e.tdur ?? e.dur;
        if (e.name === 'EvaluateScript') t.evaluateUs += e.dur;
      } else if (!inScript && isPage(e)) {
        e.script = true;
        t.pageUs += e.dur;
      }
      if (e.name === 'IntersectionObserverController::computeIntersections' && !stack.some((p) => p.name === e.name)) t.ioUs += e.dur;
      stack.push(e);
    }
  }
  return tasks.sort((a, b) => a.ts - b.ts);
}

/**
 * Sums over the tasks starting inside [fromUs, toUs] (trace clock; either may be omitted).
 * `busyMs` counts every main-thread task, ours or not: with a `none` run of the same window as
 * the baseline it shows what the extension made the browser do outside its own script.
 * @param {Task[]} tasks
 * @param {number} [fromUs]
 * @param {number} [toUs]
 */
export function summarize(tasks, fromUs, toUs) {
  const inside = tasks.filter((t) => (fromUs === undefined || t.ts >= fromUs) && (toUs === undefined || t.ts <= toUs));
  const ms = (f) => inside.reduce((sum, t) => sum + f(t), 0) / 1000;
  const ours = inside.filter((t) => t.extUs > 0);
  return {
    extMs: ms((t) => t.extUs),
    extCpuMs: ms((t) => t.extCpuUs),
    extTasks: ours.length,
    longestExtInTaskMs: Math.max(0, ...ours.map((t) => t.extUs / 1000)),
    /** The same task's thread time: on a shared machine, wall time also counts time the thread waited for a core. */
    longestExtCpuInTaskMs: Math.max(0, ...ours.map((t) => t.extCpuUs / 1000)),
    extTasksOver10ms: ours.filter((t) => t.extUs > 10_000).length,
    extTasksOver16ms: ours.filter((t) => t.extUs > 16_000).length,
    longestTaskWithExtMs: Math.max(0, ...ours.map((t) => t.dur / 1000)),
    evaluateMs: ms((t) => t.evaluateUs),
    ioMs: ms((t) => t.ioUs),
    pageScriptMs: ms((t) => t.pageUs),
    busyMs: ms((t) => t.dur),
  };
}

/** Trace timestamp of the first extension script event, or undefined. */
export function firstExtTs(tasks) {
  return tasks.find((t) => t.extUs > 0)?.ts;
}

/** navigationStart and loadEventEnd (trace µs) of the document loaded from `url`. */
export function navigationOf(events, url) {
  const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === url);
  const frame = nav?.args?.frame;
  const load = events.find((e) => e.name === 'loadEventEnd' && e.args?.frame === frame && e.ts >= nav.ts);
  return { navigationStartUs: nav?.ts, loadEndUs: load?.ts };
}
