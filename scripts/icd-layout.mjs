// Writes ICD-10-CM files in the CDC's layouts (what components/icd10/icd-text-parser.ts and
// tabular-xml-parser.ts read) for the benchmark's realistic-size generator
// (scripts/generate-necessity-set.mjs). Codes and titles come from the caller; nothing here is CDC text.

/** @typedef {{ code: string, billable: boolean, title: string, x1?: string[] }} IcdCode  code without the dot */

const CRLF = '\r\n';
const dotted = (/** @type {string} */ c) => (c.length > 3 ? `${c.slice(0, 3)}.${c.slice(3)}` : c);
const esc = (/** @type {string} */ s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Order file: order number (5), code (7), 0/1, short title (60), long title; every code, tabular order. @param {IcdCode[]} codes */
export function orderText(codes) {
  return codes.map((c, i) => `${String(i + 1).padStart(5, '0')} ${c.code.padEnd(7)} ${c.billable ? 1 : 0} ${c.title.slice(0, 60).padEnd(60)} ${c.title}`).join(CRLF) + CRLF;
}

/** Code-description file: billable codes only, code padded to 7, then the long title. @param {IcdCode[]} codes */
export function codesText(codes) {
  return codes.filter((c) => c.billable).map((c) => `${c.code.padEnd(7)} ${c.title}`).join(CRLF) + CRLF;
}

/**
 * The tabular XML: a chapter per first letter, a section per letter + digit, diags nested by
 * prefix. 7-character codes are not diags (the CDC defines them with <sevenChrDef> on the
 * category), so `seventh` categories get that element instead. Excludes1 notes come from `x1`.
 * @param {IcdCode[]} codes in tabular order @param {string} year @param {Set<string>} seventh categories
 */
export function tabularXml(codes, year, seventh) {
  const out = [`<?xml version="1.0" encoding="utf-8"?>`, `<ICD10CM.tabular>`, `<version>${year}</version>`];
  out.push('<introduction><introSection type="title"><title>ICD-10-CM TABULAR LIST (benchmark, invented titles)</title></introSection></introduction>');
  /** @type {string[]} */
  const open = [];
  let chapter = '';
  let section = '';
  const closeTo = (/** @type {number} */ depth) => {
    while (open.length > depth) (open.pop(), out.push('</diag>'));
  };
  for (const [i, c] of codes.entries()) {
    if (c.code.length === 7 && seventh.has(c.code.slice(0, 3))) continue;
    const sec = c.code.slice(0, 2);
    if (sec !== section) {
      closeTo(0);
      if (section) out.push('</section>');
      if (c.code[0] !== chapter) {
        if (chapter) out.push('</chapter>');
        chapter = c.code[0] ?? '';
        out.push(`<chapter><name>${chapter}</name><desc>Invented chapter ${chapter} (${chapter}00-${chapter}99)</desc>`);
      }
      section = sec;
      out.push(`<section id="${sec}0-${sec}9"><desc>Invented section (${sec}0-${sec}9)</desc>`);
    }
    while (open.length && !c.code.startsWith(/** @type {string} */ (open[open.length - 1]))) (open.pop(), out.push('</diag>'));
    out.push(`<diag><name>${dotted(c.code)}</name><desc>${esc(c.title)}</desc>`);
    if (c.code.length === 3 && seventh.has(c.code)) {
      out.push('<sevenChrNote><note>The appropriate 7th character is to be added to each code from this category</note></sevenChrNote>');
      out.push('<sevenChrDef><extension char="A">initial encounter</extension><extension char="D">subsequent encounter</extension><extension char="S">sequela</extension></sevenChrDef>');
    }
    if (c.x1?.length) out.push(`<excludes1>${c.x1.map((n) => `<note>${esc(n)}</note>`).join('')}</excludes1>`);
    // The CDC's diags carry other notes too (inclusion terms, Excludes2): the parser reads past them.
    if (i % 3 === 0) out.push(`<inclusionTerm><note>${esc(c.title)} NOS</note><note>Other ${esc(c.title.toLowerCase())}</note></inclusionTerm>`);
    if (i % 7 === 0) out.push(`<excludes2><note>${esc(c.title.toLowerCase())}, sequela (${dotted(c.code.slice(0, 3))}.-)</note></excludes2>`);
    open.push(c.code);
  }
  closeTo(0);
  if (section) out.push('</section>');
  if (chapter) out.push('</chapter>');
  out.push('</ICD10CM.tabular>');
  return out.join('\n') + '\n';
}

/** An alphabetic index the importer skips by name: in the zip for its size, as the CDC ships it. @param {IcdCode[]} codes @param {string} year */
export function indexXml(codes, year) {
  const terms = codes.filter((c, i) => c.billable && i % 3 === 0).map((c) => `<mainTerm><title>${esc(c.title)}</title><code>${dotted(c.code)}</code></mainTerm>`);
  return `<?xml version="1.0" encoding="utf-8"?>\n<ICD10CM.index><version>${year}</version><letter><title>A</title>\n${terms.join('\n')}\n</letter></ICD10CM.index>\n`;
}
