import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readLine } from '../../../components/claim-rows/read-line';
import { claimLines, MAX_ROWS_READ } from '../../../components/claim-rows/claim-lines';
import { headerKind } from '../../../components/claim-rows/header-kind';
import { createCodeFinder } from '../../../components/detection/find-codes';

const find = createCodeFinder(['50706', '50431', '74360', '76496']);

/** The text node holding `text` under `root`. */
function textNode(text: string, root: Node = document.body): Text {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n as Text).data.includes(text)) return n as Text;
  throw new Error(`no text ${text}`);
}

/** The page's lines as the frame would send them: every text node and field with a code. */
function linesOnPage() {
  const seen: Array<[Node, ReturnType<typeof find>]> = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const m = find((n as Text).data);
    if (m.length) seen.push([n, m]);
  }
  for (const f of document.querySelectorAll('input')) {
    const m = find(f.value);
    if (m.length) seen.push([f, m]);
  }
  return claimLines(seen, readLine);
}

beforeEach(() => {
  document.body.replaceChildren();
});

describe('header kinds', () => {
  it.each([
    ['CPT', 'code'], ['HCPCS', 'code'], ['Proc', 'code'], ['Code', 'code'], ['Procedure code', 'code'],
    ['Mod', 'modifier'], ['Modifier', 'modifier'], ['Modifiers', 'modifier'], ['Mod 1', 'modifier'],
    ['Units', 'units'], ['Qty', 'units'], ['Days', 'units'], ['Days or units', 'units'],
    ['ZIP', 'excluded'], ['Postal code', 'excluded'], ['Phone', 'excluded'], ['MRN', 'excluded'],
    ['Account', 'excluded'], ['Amount', 'excluded'], ['ID', 'excluded'], ['Claim ID', 'excluded'],
    ['DOS', 'date'], ['Line', null], ['Dx', 'excluded'], ['Dx code', 'excluded'], ['Diagnosis', 'excluded'], ['ICD-10', 'excluded'],
    ['Codes', 'code'], ['CPT codes', 'code'], ['Services', 'code'],
  ])('%s → %s', (label, kind) => {
    expect(headerKind(label)).toBe(kind);
  });
});

describe('reading the row of an HTML table', () => {
  it('takes the Modifier and Units cells of the code’s own row', () => {
    document.body.innerHTML = `<table><thead><tr><th>Line</th><th>CPT</th><th>Modifier</th><th>Units</th><th>DOS</th></tr></thead>
      <tbody><tr><td>1</td><td>50431</td><td>RT</td><td>1</td><td>05/07/2026</td></tr>
      <tr><td>2</td><td>50706</td><td>LT, 59</td><td>3</td><td>2026-05-07</td></tr></tbody></table>`;
    expect(readLine(textNode('50706'))).toEqual({ column: 'code', modifiers: ['LT', '59'], units: 3, dateOfService: '2026-05-07' });
    expect(readLine(textNode('50431'))).toMatchObject({ modifiers: ['RT'], units: 1, dateOfService: '2026-05-07' });
  });

  it('finds the header in a first row of <th> without <thead>, and counts colspan', () => {
    document.body.innerHTML = `<table><tr><th colspan="2">Proc</th><th>Qty</th><th>Mod</th></tr>
      <tr><td>A</td><td>74360</td><td>2</td><td>26</td></tr></table>`;
    expect(readLine(textNode('74360'))).toMatchObject({ modifiers: ['26'], units: 2 });
  });

  it('merges the code’s own written modifier with the column’s', () => {
    document.body.innerHTML = `<table><thead><tr><th>CPT</th><th>Mod</th><th>Units</th></tr></thead>
      <tbody><tr><td>74360-26</td><td>59</td><td>1</td></tr></tbody></table>`;
    expect(linesOnPage().lines).toEqual([{ code: '74360', modifiers: ['26', '59'], units: 1 }]);
  });

  it('drops numbers in a ZIP, MRN or Amount column, whatever their values', () => {
    document.body.innerHTML = `<table><thead><tr><th>Patient</th><th>ZIP</th><th>MRN</th><th>Amount</th><th>CPT</th></tr></thead>
      <tbody><tr><td>Lee</td><td>50706</td><td>50431</td><td>74360</td><td>76496</td></tr></tbody></table>`;
    const { lines, excluded } = linesOnPage();
    expect(lines.map((l) => l.code)).toEqual(['76496']);
    expect(excluded).toHaveLength(3);
  });

  it('reads nothing for a table without code-line headers', () => {
    document.body.innerHTML = `<table><tr><td>50706</td><td>LT</td></tr></table>`;
    expect(readLine(textNode('50706'))).toBeNull();
  });
});

describe('reading an ARIA data grid', () => {
  const grid = (rows: string) => `<div role="grid"><div role="row">
      <div role="columnheader" aria-colindex="1">Code</div><div role="columnheader" aria-colindex="2">Modifiers</div>
      <div role="columnheader" aria-colindex="3">Units</div></div>${rows}</div>`;

  it('links gridcells to the column headers by aria-colindex', () => {
    document.body.innerHTML = grid(`<div role="row"><div role="gridcell" aria-colindex="3">2</div>
      <div role="gridcell" aria-colindex="1"><span>50706</span></div><div role="gridcell" aria-colindex="2">RT</div></div>`);
    expect(readLine(textNode('50706'))).toMatchObject({ column: 'code', modifiers: ['RT'], units: 2 });
  });

  it('re-reads a recycled row: the same cells now showing another line', () => {
    document.body.innerHTML = grid(`<div role="row" id="r"><div role="gridcell">50706</div><div role="gridcell">LT</div><div role="gridcell">1</div></div>`);
    const node = textNode('50706');
    expect(readLine(node)).toMatchObject({ modifiers: ['LT'], units: 1 });
    // The grid scrolls: the row element is reused for another claim line.
    const cells = document.querySelectorAll('#r [role=gridcell]');
    cells[1]!.textContent = 'RT';
    cells[2]!.textContent = '2';
    expect(readLine(node)).toMatchObject({ modifiers: ['RT'], units: 2 });
  });

  it('re-reads the header kinds when the header text changes (compared at most twice a second)', () => {
    let now = 1000;
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => now);
    document.body.innerHTML = grid(`<div role="row"><div role="gridcell">50706</div><div role="gridcell">LT</div><div role="gridcell">1</div></div>`);
    expect(readLine(textNode('50706'))?.column).toBe('code');
    document.querySelector('[role=columnheader]')!.textContent = 'ZIP';
    now += 600;
    expect(readLine(textNode('50706'))?.column).toBe('excluded');
    clock.mockRestore();
  });
});

describe('reading a line form', () => {
  it('links code, modifier and units fields by label in one form', () => {
    document.body.innerHTML = `<form><label for="c">CPT</label><input id="c" value="50706">
      <label for="m">Modifiers</label><input id="m" value="LT"><label for="u">Units</label><input id="u" value="2"></form>`;
    expect(readLine(document.getElementById('c')!)).toEqual({ column: 'code', modifiers: ['LT'], units: 2 });
  });

  it('keeps lines apart by their shared name index', () => {
    document.body.innerHTML = `<form>
      <input name="line[1].cpt" value="50431"><input name="line[1].mod" value="RT"><input name="line[1].units" value="1">
      <input name="line[2].cpt" value="50706"><input name="line[2].mod" value="LT"><input name="line[2].units" value="2"></form>`;
    expect(linesOnPage().lines).toEqual([
      { code: '50431', modifiers: ['RT'], units: 1 },
      { code: '50706', modifiers: ['LT'], units: 2 },
    ]);
  });

  it('keeps lines apart by fieldset when names carry no index', () => {
    document.body.innerHTML = `<form>
      <fieldset><input name="code" aria-label="Code" value="50431"><input name="modifier" aria-label="Modifier" value="RT"></fieldset>
      <fieldset><input name="code" aria-label="Code" value="50706"><input name="modifier" aria-label="Modifier" value="LT"></fieldset></form>`;
    expect(linesOnPage().lines.map((l) => `${l.code}-${l.modifiers.join('-')}`)).toEqual(['50431-RT', '50706-LT']);
  });
});

describe('claim lines', () => {
  it('drops a bare mention of a code that also has a detailed line', () => {
    document.body.innerHTML = `<p>See 50706 below.</p><table><thead><tr><th>CPT</th><th>Mod</th></tr></thead>
      <tbody><tr><td>50706</td><td>LT</td></tr></tbody></table>`;
    expect(linesOnPage().lines).toEqual([{ code: '50706', modifiers: ['LT'], units: null }]);
  });
});

describe('reading rows on a big table', () => {
  it('reads a text node’s row once per scan of it, and a field’s line every time', () => {
    document.body.innerHTML = `<p>50706</p><input value="50431">`;
    const text = textNode('50706');
    const field = document.querySelector('input')!;
    const reads: Node[] = [];
    const read = (owner: Node) => (reads.push(owner), readLine(owner));
    const seen: Array<[Node, ReturnType<typeof find>]> = [[text, find('50706')], [field, find('50431')]];
    claimLines(seen, read);
    claimLines(seen, read);
    expect(reads).toEqual([text, field, field]);
    // The scanner read the node again (its text changed): a new match list, read again.
    seen[0] = [text, find('50706')];
    claimLines(seen, read);
    expect(reads).toEqual([text, field, field, text, field]);
  });
});

describe('reading a report of thousands of codes', () => {
  it('reads the rows of the first codes only; the rest keep the modifiers written beside them', () => {
    const rows = Array.from({ length: MAX_ROWS_READ + 200 }, (_, i) => `<tr><td>${i % 2 ? '50431-LT' : '50706'}</td><td>${i % 2 ? '' : 'RT'}</td></tr>`).join('');
    document.body.innerHTML = `<table><thead><tr><th>CPT</th><th>Mod</th></tr></thead><tbody>${rows}</tbody></table>`;
    const seen: Array<[Node, ReturnType<typeof find>]> = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const m = find((n as Text).data);
      if (m.length) seen.push([n, m]);
    }
    let reads = 0;
    const { lines } = claimLines(seen, (owner) => (reads++, readLine(owner)));
    expect(reads).toBe(MAX_ROWS_READ);
    // Every code is still a line: 50706 with its row's RT (read), 50431 with its own -LT.
    expect(lines).toEqual(expect.arrayContaining([{ code: '50706', modifiers: ['RT'], units: null }, { code: '50431', modifiers: ['LT'], units: null }]));
  });
});

describe('reading a big table in slices', () => {
  it('stops when the budget runs out, keeps what it read, and finishes over later calls', () => {
    const rows = Array.from({ length: 30 }, (_, i) => `<tr><td>50706</td><td>${i % 2 ? 'LT' : 'RT'}</td></tr>`).join('');
    document.body.innerHTML = `<table><thead><tr><th>CPT</th><th>Mod</th></tr></thead><tbody>${rows}</tbody></table>`;
    const seen = [...document.querySelectorAll('td:first-child')].map((td) => [td.firstChild!, find('50706')] as [Node, ReturnType<typeof find>]);
    let calls = 0;
    let result = claimLines(seen, readLine, 0);
    for (; result.more && calls < 100; calls++) result = claimLines(seen, readLine, 0);
    // Each call reads at least one more row, so 30 rows take at most 30 calls.
    expect(calls).toBeGreaterThan(0);
    expect(calls).toBeLessThanOrEqual(30);
    expect(result.lines.map((l) => l.modifiers.join())).toEqual(['RT', 'LT']);
  });
});
