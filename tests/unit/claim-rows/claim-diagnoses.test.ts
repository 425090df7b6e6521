/**
 * The claim's diagnoses as a coder's screen shows them: a Dx column, a labelled field, a "Dx:"
 * line, a definition list. Pointer columns, account or room numbers and prose are not read, and
 * our own host is skipped.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { readClaimDiagnoses } from '../../../components/claim-rows/claim-diagnoses';
import type { CodeMatch } from '../../../components/detection/find-codes';

beforeEach(() => document.body.replaceChildren());
const read = (opts = {}) => readClaimDiagnoses(document, opts);

describe('diagnoses in tables and grids', () => {
  it('reads a Dx column in page order, each code once, written with or without the dot', () => {
    document.body.innerHTML = `<table><thead><tr><th>#</th><th>Dx code</th><th>Description</th></tr></thead><tbody>
      <tr><td>1</td><td>N1330</td><td>Hydronephrosis N13.5 mentioned</td></tr>
      <tr><td>2</td><td>N13.5</td><td>Stricture</td></tr>
      <tr><td>3</td><td>N13.30</td><td>again</td></tr></tbody></table>`;
    expect(read()).toEqual(['N13.30', 'N13.5']);
  });

  it('reads the ICD-10 column of an ARIA grid by aria-colindex', () => {
    document.body.innerHTML = `<div role="grid"><div role="row"><div role="columnheader" aria-colindex="1">CPT</div><div role="columnheader" aria-colindex="4">ICD-10</div></div>
      <div role="row"><div role="gridcell" aria-colindex="1">50431</div><div role="gridcell" aria-colindex="4">N1330</div></div></div>`;
    expect(read()).toEqual(['N13.30']);
  });

  it('does not read pointer, account or room columns', () => {
    document.body.innerHTML = `<table><thead><tr><th>CPT</th><th>Dx pointer</th><th>Account</th><th>Room</th></tr></thead>
      <tbody><tr><td>50431</td><td>A</td><td>K4012</td><td>C123</td></tr></tbody></table>`;
    expect(read()).toEqual([]);
  });

  it('reads a row label beside its value (a vertical key–value table)', () => {
    document.body.innerHTML = `<table><tr><th>Patient</th><td>Doe</td></tr><tr><th>Diagnosis</th><td>T83.192A, Z93.6</td></tr></table>`;
    expect(read()).toEqual(['T83.192A', 'Z93.6']);
  });
});

describe('where the diagnoses sit, for marking', () => {
  it('gives the Dx cells\' text nodes and offsets, never the same code in a description or a field', () => {
    document.body.innerHTML = `<table><thead><tr><th>Dx code</th><th>Description</th></tr></thead><tbody>
      <tr><td>N1330</td><td>Hydronephrosis, see N13.5</td></tr>
      <tr><td>Dx: N13.5</td><td>Stricture</td></tr></tbody></table>
      <label for="f">Other Dx</label><input id="f" value="N13.6">`;
    const places = new Map<Text, CodeMatch[]>();
    expect(read({ places })).toEqual(['N13.30', 'N13.5', 'N13.6']);
    expect([...places].map(([node, ms]) => [node.data, ms.map((m) => [m.code, node.data.slice(m.start, m.end)])])).toEqual([
      ['N1330', [['N13.30', 'N1330']]],
      ['Dx: N13.5', [['N13.5', 'N13.5']]],
    ]);
  });
});

describe('diagnoses in fields and text', () => {
  it('reads a field labelled for diagnoses from its value, so what the coder types counts', () => {
    document.body.innerHTML = `<label for="d1">Dx 1</label><input id="d1" value="N13.5"><input name="secondary_dx" placeholder="Dx 2"><input name="zip" value="N13.5">`;
    expect(read()).toEqual(['N13.5']);
    (document.querySelector('[name=secondary_dx]') as HTMLInputElement).value = 'Z936';
    expect(read()).toEqual(['N13.5', 'Z93.6']);
  });

  it('reads codes after a "Dx:" label and in a definition list, never before the label', () => {
    document.body.innerHTML = `<p>Room C12.3 — Dx: N13.5, N13.30</p><dl><dt>Diagnoses</dt><dd>T83.192A; Z93.6</dd></dl>`;
    expect(read()).toEqual(['N13.5', 'N13.30', 'T83.192A', 'Z93.6']);
  });

  it('ignores ICD-shaped words in prose and after other labels', () => {
    document.body.innerHTML = `<p>Account K4012 was opened in Room B12; version E10.3 of the form.</p><p>Vitamin B12 400 pg/mL</p>`;
    expect(read()).toEqual([]);
  });

  it('walks open shadow roots but not the element it is told to ignore (our host)', () => {
    const widget = document.createElement('div');
    widget.attachShadow({ mode: 'open' }).innerHTML = '<p>Dx: N13.5</p>';
    const ours = document.createElement('cpt-lens-root');
    ours.innerHTML = '<p>Dx: Z93.6</p>';
    document.body.append(widget, ours);
    expect(read({ ignore: (n: Node) => n === ours })).toEqual(['N13.5']);
  });

  it('stops at its node budget: a report of thousands of rows is not walked to the end', () => {
    const rows = Array.from({ length: 300 }, (_, i) => `<p>row ${i}</p>`).join('');
    document.body.innerHTML = `${rows}<p>Dx: N13.5</p>`;
    expect(read({ maxNodes: 100 })).toEqual([]);
    expect(read()).toEqual(['N13.5']);
  });
});
