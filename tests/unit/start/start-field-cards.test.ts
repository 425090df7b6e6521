/** Codes typed into fields: counted for checks, an indicator beside the field, its card on demand. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCodeFinder, type CodeMatch } from '../../../components/detection/find-codes';
import { startFieldCards } from '../../../components/fields/start-field-cards';
import type { CardTarget } from '../../../components/overlay/card-controller';

const find = createCodeFinder(['50706', '74360', '50432']);
const DATASET = new Set(['50706', '74360']);
let layer: HTMLElement;
let abort: AbortController;
let counted: Array<[HTMLElement, string[]]>;
let opened: CardTarget[];

function start() {
  return startFieldCards(
    {
      find,
      marked: (_field, matches: CodeMatch[]) => matches.filter((m) => DATASET.has(m.code)),
      codesChanged: (field, matches) => counted.push([field, matches.map((m) => m.code)]),
      layer: () => layer,
      open: (t) => opened.push(t),
    },
    abort.signal,
  );
}
const indicator = () => layer.querySelector<HTMLButtonElement>('.field-ind');

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = '<input id="pre" value="50432"><input id="f"><input id="tel" type="tel">';
  layer = document.body.appendChild(document.createElement('div'));
  abort = new AbortController();
  counted = [];
  opened = [];
});
afterEach(() => {
  abort.abort();
  vi.useRealTimers();
});

function type(field: HTMLInputElement, value: string) {
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('startFieldCards', () => {
  it('counts codes already in fields when it starts', () => {
    start();
    expect(counted.map(([f, codes]) => [f.id, codes])).toEqual([['pre', ['50432']]]);
  });

  it('shows "CPT code-modifier" beside the focused field once typing pauses, and opens its card', async () => {
    const fields = start();
    const field = document.getElementById('f') as HTMLInputElement;
    field.focus();
    type(field, '74360-26');
    expect(indicator()).toBeNull();
    await vi.advanceTimersByTimeAsync(150);
    expect(indicator()?.hidden).toBe(false);
    expect(indicator()?.textContent).toBe('CPT 74360-26');
    expect(fields.focusedTarget()?.code).toBe('74360');
    indicator()!.click();
    expect(opened.map((t) => [t.code, t.modifiers])).toEqual([['74360', ['26']]]);
  });

  it('counts a code outside the dataset but shows no indicator for it', async () => {
    const fields = start();
    const field = document.getElementById('f') as HTMLInputElement;
    field.focus();
    type(field, '50432');
    await vi.advanceTimersByTimeAsync(150);
    expect(counted.at(-1)?.[1]).toEqual(['50432']);
    expect(indicator()?.hidden ?? true).toBe(true);
    expect(fields.focusedTarget()).toBeNull();
  });

  it('hides the indicator when focus leaves, and ignores phone fields', async () => {
    const fields = start();
    const field = document.getElementById('f') as HTMLInputElement;
    field.value = '50706';
    field.focus();
    expect(indicator()?.hidden).toBe(false);
    field.blur();
    expect(indicator()?.hidden).toBe(true);
    const tel = document.getElementById('tel') as HTMLInputElement;
    tel.value = '50706';
    tel.focus();
    expect(indicator()?.hidden).toBe(true);
    expect(fields.focusedTarget()).toBeNull();
  });

  it('stops reading fields when its signal ends', async () => {
    start();
    abort.abort();
    const field = document.getElementById('f') as HTMLInputElement;
    field.focus();
    type(field, '50706');
    await vi.advanceTimersByTimeAsync(150);
    expect(counted.map(([f]) => f.id)).toEqual(['pre']);
    expect(indicator()?.hidden ?? true).toBe(true);
  });
});
