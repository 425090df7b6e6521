/** Hover intent, pinning, Escape and a failed load, on fake timers: what the user sees when. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CardController, type CardTarget } from '../../../components/overlay/card-controller';
import type { CardUiApi, CardView } from '../../../components/overlay/card-ui-api';
import { OverlayHost } from '../../../components/overlay/host';
import { EMPTY_TAB } from '../../../components/tab-checks/tab-state-message';

function fakeUi() {
  const views: CardView[] = [];
  const api: CardUiApi = {
    styles: '.card { color: red }',
    renderPanel() {},
    render(slot, view) {
      views.push(view);
      slot.replaceChildren(Object.assign(document.createElement('div'), { className: 'card', textContent: `card ${view.code}` }));
    },
    unmount(slot) {
      slot.replaceChildren();
    },
  };
  return { api, views };
}

const target = (code: string, key: object = {}): CardTarget => ({
  code,
  modifiers: [],
  units: null,
  key,
  anchor: () => new DOMRect(10, 10, 40, 14),
});

let abort: AbortController;
let host: OverlayHost;
const shownCard = () => {
  const slot = host.cardSlot;
  return slot.hidden ? null : slot.textContent;
};

function controller(loadUi: () => Promise<CardUiApi>) {
  return new CardController({ host, loadUi, claim: () => EMPTY_TAB, signal: abort.signal });
}

beforeEach(() => {
  vi.useFakeTimers();
  abort = new AbortController();
  host = new OverlayHost(abort.signal);
});
afterEach(() => {
  abort.abort();
  vi.useRealTimers();
});

describe('CardController', () => {
  it('shows the card only after the pointer rests on a code', async () => {
    const { api } = fakeUi();
    const cards = controller(async () => api);
    cards.hoverStart(target('50706'));
    await vi.advanceTimersByTimeAsync(100);
    expect(shownCard()).toBeNull();
    await vi.advanceTimersByTimeAsync(100);
    expect(shownCard()).toBe('card 50706');
    expect(host.shadow.querySelector('style[data-style="card"]')?.textContent).toBe(api.styles);
  });

  it('shows nothing when the pointer passes over a code without resting', async () => {
    const { api, views } = fakeUi();
    const cards = controller(async () => api);
    cards.hoverStart(target('50706'));
    await vi.advanceTimersByTimeAsync(100);
    cards.hoverEnd();
    await vi.advanceTimersByTimeAsync(1000);
    expect(views).toEqual([]);
    expect(shownCard()).toBeNull();
  });

  it('hides a hover card after the pointer leaves, unless it moved into the card', async () => {
    const { api } = fakeUi();
    const cards = controller(async () => api);
    cards.hoverStart(target('50706'));
    await vi.advanceTimersByTimeAsync(200);
    cards.hoverEnd();
    host.cardSlot.dispatchEvent(new Event('pointerenter'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(shownCard()).toBe('card 50706');
    // A late "left the code" while the pointer is already in the card does not close it.
    cards.hoverEnd();
    await vi.advanceTimersByTimeAsync(1000);
    expect(shownCard()).toBe('card 50706');
    host.cardSlot.dispatchEvent(new Event('pointerleave'));
    await vi.advanceTimersByTimeAsync(250);
    expect(shownCard()).toBe('card 50706');
    await vi.advanceTimersByTimeAsync(100);
    expect(shownCard()).toBeNull();
  });

  it('keeps a pinned card through hovers elsewhere; Escape closes it and returns focus', async () => {
    const { api, views } = fakeUi();
    const cards = controller(async () => api);
    const button = document.body.appendChild(document.createElement('button'));
    button.focus();
    await cards.open(target('74360'), true);
    expect(views.at(-1)?.pinned).toBe(true);
    cards.hoverStart(target('50706'));
    cards.hoverEnd();
    await vi.advanceTimersByTimeAsync(1000);
    expect(shownCard()).toBe('card 74360');
    document.body.focus();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(shownCard()).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('says so where the card would be when the card cannot load', async () => {
    const cards = controller(() => Promise.reject(new Error('Extension context invalidated.')));
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    cards.hoverStart(target('50431'));
    await vi.advanceTimersByTimeAsync(200);
    const alert = host.cardSlot.querySelector('[role="alert"]');
    expect(host.cardSlot.hidden).toBe(false);
    expect(alert?.textContent).toMatch(/could not open the card for 50431/);
    cards.hoverEnd();
    await vi.advanceTimersByTimeAsync(400);
    expect(shownCard()).toBeNull();
  });

  it('shows nothing when its signal ends while the card is still loading', async () => {
    const { api, views } = fakeUi();
    let loaded!: (ui: CardUiApi) => void;
    const cards = controller(() => new Promise((resolve) => (loaded = resolve)));
    const opening = cards.open(target('50706'), true);
    abort.abort();
    loaded(api);
    await opening;
    expect(views).toEqual([]);
    expect(document.querySelector('cpt-lens-root')).toBeNull();
  });

  it('closes and stays closed once its signal ends', async () => {
    const { api } = fakeUi();
    const cards = controller(async () => api);
    await cards.open(target('50706'), true);
    abort.abort();
    expect(document.querySelector('cpt-lens-root')).toBeNull();
    cards.hoverStart(target('74360'));
    await cards.open(target('74360'), true);
    await vi.advanceTimersByTimeAsync(1000);
    expect(document.querySelector('cpt-lens-root')).toBeNull();
    expect(shownCard()).toBeNull();
  });
});
