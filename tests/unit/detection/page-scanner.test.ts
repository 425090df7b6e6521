/**
 * The page walker on real DOM shapes (happy-dom): which text nodes yield which codes, across
 * inline elements, cells, lists, <pre>, links, shadow roots, and after the page changes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createCodeFinder, createPrefilter, type CodeMatch } from '../../../components/detection/find-codes';
import { PageScanner } from '../../../components/detection/page-scanner';
import { startShadowDiscovery, type ShadowDiscovery } from '../../../components/detection/shadow-sweep';

const CODES = ['50706', '50431', '74360', '76496'];
let scanner: PageScanner | undefined;
let abort = new AbortController();
afterEach(() => {
  scanner?.stop();
  abort.abort();
  abort = new AbortController();
  document.body.replaceChildren();
});

function scan(html: string, setup?: (root: HTMLElement) => void, sliceMs?: number) {
  const found = new Map<Text, CodeMatch[]>();
  let shadows: ShadowDiscovery | undefined;
  const host = document.createElement('div');
  host.innerHTML = html; // test fixture markup, not page data
  setup?.(host);
  document.body.append(host);
  scanner = new PageScanner({
    find: createCodeFinder(CODES),
    prefilter: createPrefilter(CODES),
    ...(sliceMs === undefined ? {} : { sliceMs }),
    sink: {
      update: (node, matches) => (matches.length ? found.set(node, matches) : found.delete(node)),
      prune: () => [...found.keys()].forEach((n) => !n.isConnected && found.delete(n)),
      shadowRootFound: () => {},
      elementsAdded: (els) => shadows?.added(els),
    },
  });
  scanner.addRoot(document);
  shadows = startShadowDiscovery({ doc: document, found: (root) => scanner!.addRoot(root), ignore: () => false, signal: abort.signal });
  const codes = () => [...found.values()].flat().map((m) => [m.code, ...m.modifiers].join('-'));
  const settle = async () => {
    for (let i = 0; i < 200 && !scanner!.idle; i++) await new Promise((r) => setTimeout(r, 20));
  };
  return { codes, settle, host };
}

describe('page scanner', () => {
  it.each([
    ['a table cell', '<table><tr><td>50706</td><td>2</td></tr></table>', ['50706']],
    ['cells side by side', '<table><tr><td>74360</td><td>26</td><td>50431</td></tr></table>', ['74360', '50431']],
    ['a list', '<ul><li>50706, 50431 and 74360</li></ul>', ['50706', '50431', '74360']],
    ['a definition list', '<dl><dt>CPT</dt><dd>76496</dd></dl>', ['76496']],
    ['pre text', '<pre>LINE 1  74360-26  1\nLINE 2  50706-LT 2</pre>', ['74360-26', '50706-LT']],
    ['a link', '<a href="#x">50431</a>', ['50431']],
    ['a code after a bold label', 'CPT <b>50706</b>', ['50706']],
    ['a code split across inline elements', '<span><b>507</b>06</span>', []],
    ['a longer number split across inline elements', '<span>1<i>50706</i></span>', []],
    ['a ZIP split from its state by markup', '<span>Waterloo, <b>IA</b> <i>50706</i></span>', []],
    ['script and style text', '<script>var c = "50706";</script><style>.x{}/*74360*/</style>', []],
  ])('%s', async (_name, html, expected) => {
    const { codes, settle } = scan(html);
    await settle();
    expect(codes()).toEqual(expected);
  });

  it('finds codes in open shadow roots: present at start, and in hosts the page adds later', async () => {
    const shadowHost = (text: string) => {
      const host = document.createElement('div');
      const p = document.createElement('p');
      p.textContent = text;
      host.attachShadow({ mode: 'open' }).append(p);
      return host;
    };
    const { codes, settle, host } = scan('<div id="h"></div>', (root) => root.querySelector('#h')!.append(shadowHost('Shadow 74360-26')));
    await new Promise((r) => setTimeout(r, 50));
    await settle();
    expect(codes()).toEqual(['74360-26']);
    host.append(shadowHost('Late 50706'));
    await new Promise((r) => setTimeout(r, 200));
    await settle();
    expect(codes().sort()).toEqual(['50706', '74360-26']);
  });

  it('follows added rows, edited text and removed rows', async () => {
    const { codes, settle, host } = scan('<p id="t">Proc 50431</p><table><tbody id="rows"></tbody></table>');
    await settle();
    const row = document.createElement('tr');
    row.innerHTML = '<td>76496</td>';
    host.querySelector('#rows')!.append(row);
    (host.querySelector('#t')!.firstChild as Text).data = 'Proc 50706 x2';
    await new Promise((r) => setTimeout(r, 150));
    await settle();
    expect(codes().sort()).toEqual(['50706', '76496']);
    row.remove();
    await new Promise((r) => setTimeout(r, 150));
    await settle();
    expect(codes()).toEqual(['50706']);
  });

  it('yields between slices when its budget runs out, and still finds every code', async () => {
    const rows = Array.from({ length: 1000 }, (_, i) => `<tr><td>${i}</td><td>${i % 10 ? 'x' : '50706'}</td></tr>`).join('');
    // A zero budget makes every 8-node check yield, so slicing is tested without timing.
    const { codes, settle } = scan(`<table>${rows}</table>`, undefined, 0);
    await settle();
    expect(codes()).toHaveLength(100);
    expect(scanner!.stats.slices).toBeGreaterThan(100);
  });
});

describe('a scroll during the first walk', () => {
  it('reads the table rows on screen in the next frame, ahead of the walk, and each once', async () => {
    const rows = Array.from({ length: 1000 }, (_, i) => `<tr id="r${i}"><td>${i}</td><td>${i === 900 ? '74360' : i % 10 ? 'x' : '50706'}</td></tr>`).join('');
    // A zero budget: the walk yields every 8 nodes, so it is far from row 900 when the scroll comes.
    const { codes, settle, host } = scan(`<table>${rows}</table>`, undefined, 0);
    // happy-dom has no layout: rows are 20 px tall and row 890 is at the top of the screen.
    const proto = HTMLTableRowElement.prototype;
    const box = proto.getBoundingClientRect;
    const hit = document.elementFromPoint;
    proto.getBoundingClientRect = function (this: HTMLElement) {
      const top = (Number(this.id.slice(1)) - 890) * 20;
      return { top, bottom: top + 20 } as DOMRect;
    };
    document.elementFromPoint = () => host.querySelector('#r900 td');
    try {
      await new Promise((r) => setTimeout(r, 0));
      document.dispatchEvent(new Event('scroll'));
      await new Promise((r) => requestAnimationFrame(() => r(null)));
      expect(codes()).toContain('74360');
      expect(codes().length).toBeLessThan(100);
    } finally {
      proto.getBoundingClientRect = box;
      document.elementFromPoint = hit;
    }
    await settle();
    // The walk skips what was read ahead: every code once.
    expect(codes().filter((c) => c === '74360')).toHaveLength(1);
    expect(codes()).toHaveLength(100);
  });
});

describe('huge text nodes', () => {
  it('reads a text node of several windows in pieces and finds codes on window edges', async () => {
    const pad = (n: number) => 'lorem ipsum '.repeat(n);
    // Codes at the start, straddling the 32 KB window edge (74360 starts 2 chars before it), and at the end; a decoy ZIP too.
    const text = `50431 ${pad(2730)}74360-26 ${pad(3000)}IA 50706 ${pad(500)}end 76496`;
    const { codes, settle } = scan('<p id="big"></p>', (root) => (root.querySelector('#big')!.textContent = text), 0);
    await settle();
    expect(codes()).toEqual(['50431', '74360-26', '76496']);
    expect(scanner!.stats.slices).toBeGreaterThan(3);
  });
});
