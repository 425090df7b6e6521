/**
 * Page generators for the bench. Every page is deterministic (seeded PRNG, also inside the page
 * scripts) so two runs measure the same DOM.
 *
 * Ground truth for "every on-screen code highlighted": the bench's probe (probes.mjs) counts
 * bare regex hits, so look-alikes the product is meant to reject (ZIP codes, amounts, IDs) sit
 * inside an element marked `data-decoy` and are left out of the count. The product never reads
 * that attribute. Containers whose children are laid out top to bottom carry `data-blocks`, so
 * the probe can binary-search the rows on screen instead of walking 20,000 of them per frame.
 */

export const CODES = ['50706', '50431', '74360', '76496'];
/** Real CPT codes outside the dataset; 50432 is one the rules mention (tracked, not marked). */
const OTHER_CODES = ['99213', '36415', '85025', '80053', '71046', '50432'];
const MODIFIERS = ['', '', '26', 'TC', 'RT', 'LT', '59', 'XS'];

/** mulberry32: small, fast, seedable. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = (rand, list) => list[Math.floor(rand() * list.length)];

/** Look-alikes carrying a dataset code's digits that the detector must reject. */
function decoy(rand) {
  const code = pick(rand, CODES);
  return pick(rand, [`Waterloo, IA ${code}`, `Amount due: ${code}`, `MRN: ${code}`, `${code}-4410`, `Invoice ${code}`, `$${code.slice(0, 2)},${code.slice(2)}.00`]);
}

const shell = (title, body, script = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><link rel="icon" href="data:,">` +
  `<style>body{font:14px/1.4 system-ui,sans-serif;margin:8px}td{padding:1px 6px;border-bottom:1px solid #ddd}</style></head>` +
  `<body>${body}${script ? `<script>${script}</script>` : ''}</body></html>`;

/** One claim line: ~20% a dataset code, ~30% a decoy with code digits, the rest other CPT codes. */
function claimRow(rand, line) {
  const r = rand();
  const cpt =
    r < 0.2 ? `<td class="cpt">${pick(rand, CODES)}</td>` : r < 0.5 ? `<td class="cpt" data-decoy>${decoy(rand)}</td>` : `<td class="cpt">${pick(rand, OTHER_CODES)}</td>`;
  const charge = (50 + rand() * 4000).toFixed(2);
  return `<tr><td>${line}</td>${cpt}<td>${pick(rand, MODIFIERS)}</td><td>${1 + Math.floor(rand() * 3)}</td><td>$${charge}</td></tr>`;
}

const claimTable = (rows, seed) => {
  const rand = rng(seed);
  const out = [];
  for (let i = 1; i <= rows; i++) out.push(claimRow(rand, i));
  return `<table><thead><tr><th>Line</th><th>CPT</th><th>Mod</th><th>Units</th><th>Charge</th></tr></thead><tbody data-blocks>${out.join('')}</tbody></table>`;
};

/** (i) A 20,000-row claims table. */
export function claimsPage(rows = 20_000) {
  return shell('Claims', `<h1>Claim batch</h1>${claimTable(rows, 1)}`);
}

/** (ii) ~2 MB of coder notes, codes and decoys sprinkled through the prose. */
export function prosePage(bytes = 2_000_000) {
  const rand = rng(2);
  const words =
    'patient chart reviewed ureteral stent placed left side prior imaging documented radiologist report attached payer policy requires operative note signed fluoroscopy time recorded contrast injected nephrostomy tube exchanged catheter position confirmed follow up scheduled coder query sent physician clarified laterality bundling edit applies units billed once per session medical necessity supported diagnosis linked'.split(' ');
  const sentence = () => {
    const n = 8 + Math.floor(rand() * 12);
    const w = Array.from({ length: n }, () => pick(rand, words));
    const r = rand();
    if (r < 0.12) w.splice(Math.floor(rand() * n), 0, `CPT ${pick(rand, CODES)}${rand() < 0.4 ? `-${pick(rand, ['26', 'RT', 'LT', '59'])}` : ''}`);
    else if (r < 0.2) w.splice(Math.floor(rand() * n), 0, `<span data-decoy>${decoy(rand)}</span>`);
    else if (r < 0.3) w.splice(Math.floor(rand() * n), 0, pick(rand, OTHER_CODES));
    const s = w.join(' ');
    return s[0].toUpperCase() + s.slice(1) + '.';
  };
  const paras = [];
  let size = 0;
  while (size < bytes) {
    const p = `<p>${Array.from({ length: 3 + Math.floor(rand() * 4) }, sentence).join(' ')}</p>`;
    paras.push(p);
    size += p.length;
  }
  return shell('Coder notes', `<h1>Coder notes</h1><div id="content" data-blocks>${paras.join('')}</div>`);
}

/**
 * The page scripts below share this: a seeded PRNG and a row maker, so the content they
 * write is the same every run. Kept as source text because it runs in the page.
 */
const PAGE_LIB = `
const CODES = ${JSON.stringify(CODES)}, OTHER = ${JSON.stringify(OTHER_CODES)};
${rng.toString()}
const rand = rng(3);
const pick = (l) => l[Math.floor(rand() * l.length)];
`;

/** (iii) SPA: window.startSpa() re-renders a 200-row table every 100 ms for 3 s (innerHTML, fresh nodes). */
export function spaPage() {
  const script = `${PAGE_LIB}
const tbody = document.querySelector('tbody');
const render = (n) => {
  let html = '';
  for (let i = 0; i < 200; i++) {
    const r = rand();
    const cpt = r < 0.2 ? '<td>' + pick(CODES) + '</td>' : r < 0.35 ? '<td data-decoy>Amount due: ' + pick(CODES) + '</td>' : '<td>' + pick(OTHER) + '</td>';
    html += '<tr><td>' + (n * 200 + i) + '</td>' + cpt + '<td>' + (1 + (i % 3)) + '</td><td>$' + (100 + i).toFixed(2) + '</td></tr>';
  }
  tbody.innerHTML = html;
};
render(0);
window.startSpa = () => new Promise((done) => {
  performance.mark('bench:start');
  let n = 1;
  const t0 = performance.now();
  const id = setInterval(() => {
    render(n++);
    if (performance.now() - t0 >= 3000) { clearInterval(id); performance.mark('bench:end'); done({ renders: n }); }
  }, 100);
});`;
  return shell('SPA', '<h1>Worklist</h1><table><tbody data-blocks></tbody></table>', script);
}

/**
 * (iv) Storm: window.startStorm() rewrites 200 random CPT cells per animation frame for 3 s,
 * half with codes; half the writes replace the text node (childList), half edit it in place
 * (characterData). Resolves with the frame rate the page achieved.
 */
export function stormPage() {
  const rand = rng(4);
  const rows = [];
  for (let i = 1; i <= 2000; i++) rows.push(`<tr><td>${i}</td><td>${rand() < 0.3 ? pick(rand, CODES) : pick(rand, OTHER_CODES)}</td><td>${pick(rand, MODIFIERS)}</td><td>1</td></tr>`);
  const script = `${PAGE_LIB}
const cells = [...document.querySelectorAll('tbody tr td:nth-child(2)')];
window.startStorm = () => new Promise((done) => {
  performance.mark('bench:start');
  const t0 = performance.now();
  let frames = 0, last = t0, maxGap = 0;
  const frame = (now) => {
    frames++;
    maxGap = Math.max(maxGap, now - last);
    last = now;
    for (let i = 0; i < 200; i++) {
      const cell = pick(cells);
      const text = i % 2 ? pick(CODES) : pick(OTHER);
      if (i % 4 < 2 || !cell.firstChild) cell.textContent = text;
      else cell.firstChild.data = text;
    }
    if (now - t0 < 3000) requestAnimationFrame(frame);
    else { performance.mark('bench:end'); done({ frames, ms: now - t0, fps: (frames * 1000) / (now - t0), maxGapMs: maxGap }); }
  };
  requestAnimationFrame(frame);
});`;
  // A fixed-layout grid, as live boards use: rewriting a cell then costs no whole-table layout,
  // so without an extension the page holds close to the display's frame rate and a drop is ours.
  const grid = `<table style="table-layout:fixed;width:600px"><colgroup><col style="width:80px"><col style="width:200px"><col style="width:80px"><col style="width:80px"></colgroup><tbody data-blocks>${rows.join('')}</tbody></table>`;
  return shell('Storm', `<h1>Live board</h1>${grid}`, script);
}

/**
 * (v) Host tax: window.runHostTax() does 30 rounds (after 5 warm-up rounds) of 5,000 insert/remove pairs of a <div> with
 * text in a container beside a 4,000-row table whose rows hold `codes` dataset codes, awaiting
 * a frame between rounds (so an observer's batched work runs there, not inside the synchronous
 * timing; it shows in the whole round, which ends at the next frame). Sets window.__hostTax.
 */
export function hostTaxPage(codes) {
  const rand = rng(5);
  const every = Math.round(4000 / codes);
  const rows = [];
  for (let i = 0; i < 4000; i++) rows.push(`<tr><td>${i + 1}</td><td>${i % every === 0 ? pick(rand, CODES) : pick(rand, OTHER_CODES)}</td><td>1</td></tr>`);
  const script = `
window.runHostTax = async () => {
  const box = document.getElementById('box');
  const sync = [], whole = [];
  // 5 warm-up rounds (JIT tiers, first wrappers) are not counted.
  for (let round = 0; round < 35; round++) {
    const t0 = performance.now();
    for (let i = 0; i < 5000; i++) {
      const d = document.createElement('div');
      d.textContent = 'note ' + i;
      box.appendChild(d);
      box.removeChild(d);
    }
    const t1 = performance.now();
    await new Promise(requestAnimationFrame);
    if (round < 5) continue;
    sync.push(t1 - t0);
    whole.push(performance.now() - t0);
  }
  const median = (l) => [...l].sort((a, b) => a - b)[l.length >> 1];
  window.__hostTax = { medianMs: median(sync), medianRoundMs: median(whole), sync, whole };
  return window.__hostTax;
};`;
  return shell('Host tax', `<div id="box"></div><table><tbody data-blocks>${rows.join('')}</tbody></table>`, script);
}

/** All pages by path, for serveDir({ pages }). */
export function allPages() {
  return {
    '/claims.html': claimsPage(),
    '/prose.html': prosePage(),
    '/spa.html': spaPage(),
    '/storm.html': stormPage(),
    '/host-tax-40.html': hostTaxPage(40),
    '/host-tax-4000.html': hostTaxPage(4000),
  };
}
