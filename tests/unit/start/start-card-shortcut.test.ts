/** Alt+Shift+K: the focused field's code first, else the code at the caret. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startCardShortcut } from '../../../components/content/start-card-shortcut';
import type { CardTarget } from '../../../components/overlay/card-controller';

const target = (code: string): CardTarget => ({ code, modifiers: [], units: null, key: {}, anchor: () => null });
let abort: AbortController;
let opened: string[];
let field: CardTarget | null;
let node: Text;

const press = (init: KeyboardEventInit) => document.body.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, ...init }));
const shortcut = { altKey: true, shiftKey: true, code: 'KeyK', key: 'K' };

beforeEach(() => {
  document.body.innerHTML = '<p>see 74360 here</p>';
  node = document.querySelector('p')!.firstChild as Text;
  abort = new AbortController();
  opened = [];
  field = null;
  startCardShortcut(
    {
      focusedFieldTarget: () => field,
      targetAt: (n, offset) => (n === node && offset >= 4 && offset <= 9 ? target('74360') : undefined),
      open: (t) => opened.push(t.code),
    },
    abort.signal,
  );
});
afterEach(() => abort.abort());

describe('startCardShortcut', () => {
  it('opens the card for the code at the caret', () => {
    document.getSelection()!.collapse(node, 6);
    press(shortcut);
    expect(opened).toEqual(['74360']);
  });

  it('prefers the focused field, and does nothing away from any code', () => {
    field = target('50706');
    press(shortcut);
    field = null;
    document.getSelection()!.collapse(node, 1);
    press(shortcut);
    expect(opened).toEqual(['50706']);
  });

  it('answers only Alt+Shift+K, and not after its signal ends', () => {
    document.getSelection()!.collapse(node, 6);
    press({ ...shortcut, ctrlKey: true });
    press({ ...shortcut, shiftKey: false });
    abort.abort();
    press(shortcut);
    expect(opened).toEqual([]);
  });
});
