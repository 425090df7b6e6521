/** The date of service on each claim line: its own DOS cell or field, else the claim header's. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parseServiceDate } from '../../../components/claim-rows/cell-values';
import { readLine } from '../../../components/claim-rows/read-line';

const cell = (text: string) => [...document.querySelectorAll('td')].find((td) => td.textContent === text)!.firstChild!;

beforeEach(() => {
  document.body.replaceChildren();
  // The header's DOS is kept per table for half a second; each case starts fresh.
  vi.spyOn(performance, 'now').mockReturnValue(Math.random() * 1e9);
});

describe('parseServiceDate', () => {
  it.each([
    ['2026-11-03', '2026-11-03'],
    ['11/03/2026', '2026-11-03'],
    ['11/3/26', '2026-11-03'],
    ['11-03-2026', '2026-11-03'],
    [' 11.03.2026 ', '2026-11-03'],
    ['13/05/2026', undefined],
    ['11/03-2026', undefined],
    ['Nov 3', undefined],
    ['', undefined],
  ])('%j → %j', (text, want) => expect(parseServiceDate(text)).toBe(want));
});

describe('date of service of a line', () => {
  const lines = `<table><thead><tr><th>CPT</th><th>Units</th></tr></thead><tbody><tr><td>29881</td><td>1</td></tr></tbody></table>`;

  it('takes the claim header’s "DOS: 11/03/2026" written above the table', () => {
    document.body.innerHTML = `<section><div class="hdr">Patient: Okafor · DOS: 11/03/2026 · Payer: PPO</div><h2>Lines</h2>${lines}</section>`;
    expect(readLine(cell('29881'))).toMatchObject({ column: 'code', units: 1, dateOfService: '2026-11-03' });
  });

  it('takes a header the table sits a few levels below, a caption, or "Date of service"', () => {
    document.body.innerHTML = `<dl><dt>Date of service</dt><dd>2026-11-03</dd></dl><div><div>${lines}</div></div>`;
    expect(readLine(cell('29881'))?.dateOfService).toBe('2026-11-03');
    document.body.innerHTML = lines.replace('<thead>', '<caption>Claim 88 — Service date 11/4/26</caption><thead>');
    expect(readLine(cell('29881'))?.dateOfService).toBe('2026-11-04');
  });

  it('prefers the line’s own DOS column to the header’s', () => {
    document.body.innerHTML = `<p>DOS: 11/03/2026</p><table><thead><tr><th>CPT</th><th>DOS</th></tr></thead><tbody><tr><td>29881</td><td>11/05/2026</td></tr></tbody></table>`;
    expect(readLine(cell('29881'))?.dateOfService).toBe('2026-11-05');
  });

  it('does not take a date from another claim’s table or from a long page text', () => {
    document.body.innerHTML = `<table><tbody><tr><td>DOS: 10/01/2026</td></tr></tbody></table>${lines}`;
    expect(readLine(cell('29881'))?.dateOfService).toBeUndefined();
    document.body.innerHTML = `<article>${'Lorem ipsum dolor. '.repeat(200)} DOS: 10/01/2026</article>${lines}`;
    expect(readLine(cell('29881'))?.dateOfService).toBeUndefined();
  });

  it('takes a claim form’s DOS field for every line of the form', () => {
    document.body.innerHTML = `<form><label for="d">Date of service</label><input id="d" value="11/03/2026">
      <fieldset><label for="c1">CPT</label><input id="c1" value="29881"></fieldset>
      <fieldset><label for="c2">CPT</label><input id="c2" value="20610"></fieldset></form>`;
    expect(readLine(document.getElementById('c1')!)?.dateOfService).toBe('2026-11-03');
    expect(readLine(document.getElementById('c2')!)?.dateOfService).toBe('2026-11-03');
  });
});
