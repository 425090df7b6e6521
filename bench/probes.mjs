/**
 * In-page probes, installed in the page's main world with context.addInitScript (they only
 * define functions; nothing runs until the bench calls them). The highlight registry is per
 * document, so the main world sees the ranges the content script registered from its
 * isolated world.
 */

/** Defines window.__benchStatus() and window.__benchSettled(). Must stay self-contained. */
export function installProbes() {
  const CODE = /(?<!\d)(?:50706|50431|74360|76496)(?!\d)/g;
  const CODE_SET = new Set(['50706', '50431', '74360', '76496']);
  const onScreen = (r) => r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
  const rectOf = (node, start, end) => {
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, end);
    return range.getBoundingClientRect();
  };

  /** Children of a [data-blocks] container that are on screen (binary search: blocks stack top to bottom). */
  function visibleBlocks(container) {
    const kids = container.children;
    let lo = 0;
    let hi = kids.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kids[mid].getBoundingClientRect().bottom <= 0) lo = mid + 1;
      else hi = mid;
    }
    const out = [];
    for (let i = lo; i < kids.length; i++) {
      if (kids[i].getBoundingClientRect().top >= innerHeight) break;
      out.push(kids[i]);
    }
    return out;
  }

  /**
   * What a user sees now: code occurrences on screen (bare regex over the visible blocks, decoys
   * excluded), how many carry a registered range, on-screen ranges that are not expected codes
   * (false positives), and stale ranges (text node gone, or its text no longer a code).
   */
  window.__benchStatus = () => {
    const expected = new Map();
    let expectedCount = 0;
    for (const container of document.querySelectorAll('[data-blocks]')) {
      for (const block of visibleBlocks(container)) {
        const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          if (n.parentElement?.closest('[data-decoy]')) continue;
          for (const m of n.data.matchAll(CODE)) {
            if (!onScreen(rectOf(n, m.index, m.index + 5))) continue;
            if (!expected.has(n)) expected.set(n, new Set());
            expected.get(n).add(m.index);
            expectedCount++;
          }
        }
      }
    }
    const highlight = CSS.highlights.get('cpt-lens');
    let registered = 0;
    let stale = 0;
    let hit = 0;
    let extra = 0;
    for (const r of highlight ?? []) {
      registered++;
      const node = r.startContainer;
      const text = node.nodeType === Node.TEXT_NODE ? node.data.slice(r.startOffset, r.endOffset) : '';
      if (!node.isConnected || !CODE_SET.has(text)) {
        stale++;
        continue;
      }
      if (!onScreen(rectOf(node, r.startOffset, r.endOffset))) continue;
      if (expected.get(node)?.has(r.startOffset)) hit++;
      else extra++;
    }
    return { expected: expectedCount, highlighted: hit, missing: expectedCount - hit, extra, stale, registered };
  };

  /** Truthy once the document is parsed and every on-screen code is highlighted. */
  window.__benchAllVisible = () => {
    if (document.readyState === 'loading') return false;
    const s = window.__benchStatus();
    return s.expected > 0 && s.missing === 0 ? { at: performance.now(), ...s } : false;
  };
}

/** Page-side: scroll so `fraction` of the [data-blocks] container is at the top; time until all on-screen codes are highlighted. */
export async function scrollAndTime(fraction) {
  const box = document.querySelector('[data-blocks]');
  const top = box.getBoundingClientRect().top + scrollY + fraction * box.offsetHeight;
  const t0 = performance.now();
  scrollTo(0, Math.min(top, document.documentElement.scrollHeight - innerHeight));
  for (;;) {
    await new Promise(requestAnimationFrame);
    const s = window.__benchStatus();
    const ms = performance.now() - t0;
    if (s.expected > 0 && s.missing === 0) return { ms, ...s };
    if (ms > 5000) return { ms: null, ...s };
  }
}

/** Page-side: resolves once the registered range count has not changed for `quietMs` (or after `maxMs`). */
export async function settleRegistry({ quietMs, maxMs }) {
  const t0 = performance.now();
  let last = -1;
  let since = t0;
  for (;;) {
    await new Promise((r) => setTimeout(r, 50));
    const size = CSS.highlights.get('cpt-lens')?.size ?? 0;
    const now = performance.now();
    if (size !== last) {
      last = size;
      since = now;
    }
    if ((size > 0 && now - since >= quietMs) || now - t0 >= maxMs) return { size, ms: now - t0 };
  }
}

/**
 * Page-side, called right after navigation commits: waits (each frame) until the top of the page
 * is highlighted, then at once scrolls `fraction` down the table and times until every on-screen
 * code there is highlighted. The first scan is usually still under way at that moment, so this is
 * what a user feels who scrolls as soon as the page shows.
 */
export async function scrollWhenTopLit(fraction) {
  const t0 = performance.now();
  for (;;) {
    const lit = window.__benchAllVisible?.();
    if (lit) break;
    if (performance.now() - t0 > 30_000) return { topLitAt: null, ms: null };
    await new Promise(requestAnimationFrame);
  }
  const topLitAt = performance.now();
  const scrolled = await scrollAndTime(fraction);
  return { topLitAt, ...scrolled };

  // Same as the exported scrollAndTime; repeated because page.evaluate ships one function's source.
  async function scrollAndTime(f) {
    const box = document.querySelector('[data-blocks]');
    const top = box.getBoundingClientRect().top + scrollY + f * box.offsetHeight;
    const s0 = performance.now();
    scrollTo(0, Math.min(top, document.documentElement.scrollHeight - innerHeight));
    for (;;) {
      await new Promise(requestAnimationFrame);
      const s = window.__benchStatus();
      const ms = performance.now() - s0;
      if (s.expected > 0 && s.missing === 0) return { ms, ...s };
      if (ms > 5000) return { ms: null, ...s };
    }
  }
}

/**
 * Page-side: the warm bare pass of issue 11 — best of 3 of a TreeWalker(SHOW_TEXT) and the four
 * codes' regex over document.body, in the page after load. The floor for "read the page once".
 */
export function warmBarePass() {
  const times = [];
  let found = 0;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const re = /\b(50706|50431|74360|76496)\b/g;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    found = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      re.lastIndex = 0;
      while (re.exec(n.data)) found++;
    }
    times.push(performance.now() - t0);
  }
  return { ms: Math.min(...times), times, found };
}

/** Page-side: scroll so `fraction` of the [data-blocks] container is at the top, then let two frames pass. */
export async function scrollToFraction(fraction) {
  const box = document.querySelector('[data-blocks]');
  const top = box.getBoundingClientRect().top + scrollY + fraction * box.offsetHeight;
  scrollTo(0, Math.min(top, document.documentElement.scrollHeight - innerHeight));
  await new Promise(requestAnimationFrame);
  await new Promise(requestAnimationFrame);
  await new Promise((r) => setTimeout(r, 300));
}
