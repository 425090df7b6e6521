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

/**
 * The host-tax round of issue 11, run by the page itself so nothing of the bench's own
 * plumbing is inside the timing: it starts inside a requestAnimationFrame callback, does 5,000
 * append/remove pairs of a <b>x</b> in one table cell, and stops in the first setTimeout(0)
 * task after that, so the page's DOM work, every mutation callback (an extension's included)
 * and the frame are all counted. window.hostTaxRound() resolves with the round's ms.
 */
const HOST_TAX_SCRIPT = `
window.hostTaxRound = () => new Promise((done) => requestAnimationFrame(() => {
  const t0 = performance.now();
  const cell = document.querySelector('tbody td:nth-child(4)');
  for (let i = 0; i < 5000; i++) {
    const b = document.createElement('b');
    b.textContent = 'x';
    cell.appendChild(b);
    cell.removeChild(b);
  }
  setTimeout(() => done(performance.now() - t0), 0);
}));`;

/** (i) A 20,000-row claims table (5 columns, a dataset code in every fifth row, ZIP-like and amount decoys). */
export function claimsPage(rows = 20_000) {
  return shell('Claims', `<h1>Claim batch</h1>${claimTable(rows, 1)}`, HOST_TAX_SCRIPT);
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
 * (iv) Storm: a 400×5 table; window.startStorm() rewrites 200 cells' textContent each animation
 * frame for 3 s, a mix of dataset codes, other codes and words. Resolves with the frame rate the
 * page achieved.
 */
export function stormPage() {
  const rand = rng(4);
  const rows = [];
  for (let i = 1; i <= 400; i++) {
    rows.push(`<tr><td>${i}</td><td>${rand() < 0.3 ? pick(rand, CODES) : pick(rand, OTHER_CODES)}</td><td>${pick(rand, MODIFIERS)}</td><td>1</td><td>$${(50 + rand() * 900).toFixed(2)}</td></tr>`);
  }
  const script = `${PAGE_LIB}
const WORDS = ['pending', 'paid', 'denied', 'review', '$120.00', 'RT', '26'];
const cells = [...document.querySelectorAll('tbody td')];
window.startStorm = () => new Promise((done) => {
  performance.mark('bench:start');
  const t0 = performance.now();
  let frames = 0;
  const frame = (now) => {
    frames++;
    for (let i = 0; i < 200; i++) {
      const r = i % 3;
      pick(cells).textContent = r === 0 ? pick(CODES) : r === 1 ? pick(OTHER) : pick(WORDS);
    }
    if (now - t0 < 3000) requestAnimationFrame(frame);
    else { performance.mark('bench:end'); done({ frames, ms: now - t0, fps: (frames * 1000) / (now - t0) }); }
  };
  requestAnimationFrame(frame);
});`;
  // A fixed-layout grid, as live boards use: rewriting a cell then costs no whole-table layout,
  // so without an extension the page holds close to the display's frame rate and a drop is ours.
  const grid = `<table style="table-layout:fixed;width:760px"><colgroup><col style="width:80px"><col style="width:200px"><col style="width:80px"><col style="width:80px"><col style="width:120px"></colgroup><tbody data-blocks>${rows.join('')}</tbody></table>`;
  return shell('Storm', `<h1>Live board</h1>${grid}`, script);
}

/** All pages by path, for serveDir({ pages }). */
export function allPages() {
  return {
    '/claims.html': claimsPage(),
    '/spa.html': spaPage(),
    '/storm.html': stormPage(),
  };
}
