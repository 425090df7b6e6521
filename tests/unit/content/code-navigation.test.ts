import { afterEach, describe, expect, it } from 'vitest';
import { startCodeNavigation } from '../../../components/content/start-code-navigation';
import { createCodeFinder, type CodeMatch } from '../../../components/detection/find-codes';
import type { Hit } from '../../../components/highlight/highlighter';

const find = createCodeFinder(['50706', '50431', '74360']);
let abort = new AbortController();
afterEach(() => abort.abort());

/** A page of paragraphs; every code in it is "marked". Returns the codes opened, in order. */
function setUp(body: string) {
  document.body.innerHTML = body;
  const seen = new Map<Node, CodeMatch[]>();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  // Registered out of document order, as a scanner's batches may be.
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  for (const n of nodes.reverse()) if (find(n.data).length) seen.set(n, find(n.data));
  const opened: string[] = [];
  abort = new AbortController();
  startCodeNavigation(
    {
      seen: () => seen.entries(),
      hitAt: (node, offset) => {
        const match = seen.get(node)?.find((m) => m.start === offset);
        return match && ({ node: node as Text, match, range: null as unknown as StaticRange } satisfies Hit);
      },
      open: (hit) => opened.push(`${hit.match.code}@${(hit.node.parentElement as HTMLElement).id}`),
      isOurs: () => false,
    },
    abort.signal,
  );
  return opened;
}

const press = (code: 'KeyN' | 'KeyP', target: EventTarget = document.body) => {
  const e = new KeyboardEvent('keydown', { code, altKey: true, shiftKey: true, bubbles: true, cancelable: true });
  target.dispatchEvent(e);
  return e;
};

describe('next / previous code by keyboard', () => {
  const page = '<p id="a">CPT 50431 first</p><p id="b">then 50706 and 74360</p><p id="c">last 50431</p>';

  it('visits codes in document order and wraps around', () => {
    const opened = setUp(page);
    for (let i = 0; i < 5; i++) press('KeyN');
    expect(opened).toEqual(['50431@a', '50706@b', '74360@b', '50431@c', '50431@a']);
  });

  it('goes back with Alt+Shift+P, starting from the last code', () => {
    const opened = setUp(page);
    press('KeyP');
    press('KeyP');
    press('KeyN');
    expect(opened).toEqual(['50431@c', '74360@b', '50431@c']);
  });

  it('consumes only its own keys, and leaves keys typed in the page’s fields alone', () => {
    const opened = setUp(page + '<input id="f">');
    const other = new KeyboardEvent('keydown', { code: 'KeyK', altKey: true, shiftKey: true, bubbles: true, cancelable: true });
    document.body.dispatchEvent(other);
    expect(other.defaultPrevented).toBe(false);
    expect(press('KeyN', document.getElementById('f')!).defaultPrevented).toBe(false);
    expect(press('KeyN').defaultPrevented).toBe(true);
    expect(opened).toEqual(['50431@a']);
  });
});
