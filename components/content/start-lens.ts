/**
 * Connects the content-script pipeline for one frame. See entrypoints/content.ts for the
 * picture. Each feature is a start function that owns its listeners, timers and state and
 * ends with the signal; this file creates the shared parts (host, scanner, highlighter, the
 * codes seen, the card controller) and hands each feature what it needs.
 */
import { DATASET_CODES, TRACKED_CODES } from '../../data/code-lists';
import { startClaimReading } from '../claim-rows/start-claim-reading';
import { hasOtherCode } from '../detection/code-shapes';
import { createCodeFinder, createPrefilter, type CodeMatch } from '../detection/find-codes';
import { PageScanner } from '../detection/page-scanner';
import { startShadowDiscovery } from '../detection/shadow-sweep';
import { startFieldCards } from '../fields/start-field-cards';
import { adoptHighlightStyle } from '../highlight/highlight-style';
import { Highlighter } from '../highlight/highlighter';
import { KnownShadowRoots } from '../hover/known-shadow-roots';
import { startHoverCards } from '../hover/start-hover-cards';
import { CardController } from '../overlay/card-controller';
import { loadCardUi } from '../overlay/card-loader';
import { hitTarget } from '../overlay/card-targets';
import { sendRequest } from '../messaging/send-request';
import { OverlayHost } from '../overlay/host';
import { SeenCodes } from '../page-checks/seen-codes';
import { startPageChecks } from '../page-checks/start-page-checks';
import { startCardShortcut } from './start-card-shortcut';
import { startCodeNavigation } from './start-code-navigation';

export interface LensLifetime {
  /** Ends the lens: the site was turned off, or the extension was reloaded (orphaned script). */
  signal: AbortSignal;
  /** False once the extension was reloaded; asking is how an orphaned script finds out. */
  readonly isValid: boolean;
}

export interface Lens {
  /** Shows highlights and enables cards; until then the lens only reads the page. */
  show(): void;
}

const WATCHDOG_MS = 1000;

export function startLens(lifetime: LensLifetime): Lens {
  const { signal } = lifetime;
  const datasetCodes = new Set(DATASET_CODES);
  const isDataset = (code: string) => datasetCodes.has(code);
  const find = createCodeFinder(TRACKED_CODES);
  /** The lens's one "shown" flag: set once the settings say this site is on. */
  let shown = false;
  const isShown = () => shown;

  const host = new OverlayHost(signal);
  const layer = () => host.layer;
  const insideOurHost = (t: EventTarget | null) => t instanceof Node && host.owns(t);
  const highlighter = new Highlighter(isShown);
  const seen = new SeenCodes();
  const shadowRoots = new KnownShadowRoots();
  // Codes outside the dataset, where a claim line holds them; marked only once an import knows them.
  const claims = startClaimReading({ seen, isDataset, mark: (node, matches) => highlighter.update(node, matches), ignore: (n) => host.owns(n) }, signal);
  const shows = claims.shows;

  // The claim summary (top frame), rendered by the lazy card bundle into our layer.
  let panelFrom: HTMLElement | null = null;
  const showPanel = () =>
    panelFrom &&
    void loadCardUi().then((ui) => {
      host.addStyle('card', ui.styles);
      ui.renderPanel(
        host.layer,
        panelFrom && {
          ...checks.state(),
          openLine: (code) => void sendRequest({ type: 'cpt-lens/open-line', code }).catch(() => {}),
          onClose() {
            ui.renderPanel(host.layer, null);
            panelFrom?.focus();
            panelFrom = null;
          },
        },
      );
    });
  const checks = startPageChecks(
    {
      seen,
      isShown,
      layer,
      isTop: window === window.top,
      changed: (state) => {
        // Until the background sends `known` (the claim branch), nothing outside the dataset is marked.
        claims.setKnown((state as { known?: string[] }).known);
        cards.refresh();
        showPanel();
      },
      notCodes: (owner) => owner instanceof Text && highlighter.update(owner, []),
      readLines: (budgetMs, dx) => claims.readLines(budgetMs, dx),
      openSummary(from) {
        panelFrom = from;
        showPanel();
      },
      openCode(code) {
        if (nav.goTo(code)) return;
        // A code typed in a field has no highlight: focus the field (its indicator opens the card).
        for (const [owner, m] of seen.entries()) if (owner instanceof HTMLElement && m.some((x) => x.code === code)) return owner.focus();
      },
    },
    signal,
  );
  const cards = new CardController({
    host,
    // The card shows the row's modifiers and units, which the claim reader reads.
    loadUi: () => Promise.all([loadCardUi(), claims.reader()]).then(([ui]) => ui),
    claim: () => checks.state(),
    signal,
  });
  const open = (target: Parameters<typeof cards.open>[0]) => void cards.open(target, true);

  const scanner = new PageScanner({
    find,
    prefilter: createPrefilter(TRACKED_CODES),
    otherCodes: (text) => hasOtherCode(text, isDataset),
    ignore: (el) => host.owns(el),
    sink: {
      update(node: Text, found: CodeMatch[]) {
        const matches = claims.scanned(node, found);
        seen.update(node, matches);
        highlighter.update(node, matches.filter(shows));
        checks.schedule();
      },
      otherCodes(node, has) {
        // Placed at check time; the check runs only when the seen codes' revision moved.
        if (!claims.otherCodes(node, has)) return;
        seen.touch();
        checks.schedule();
      },
      prune() {
        seen.prune();
        claims.prune();
        highlighter.prune();
        checks.schedule();
      },
      shadowRootFound(root) {
        shadowRoots.add(root);
        adoptHighlightStyle(root);
      },
      elementsAdded: (elements) => shadows.added(elements),
    },
  });
  const shadows = startShadowDiscovery({ doc: document, found: (root) => scanner.addRoot(root), ignore: (el) => host.owns(el), signal });

  const fields = startFieldCards(
    {
      find,
      marked: (field, matches) => [...matches.filter(shows), ...claims.markedIn(field)],
      codesChanged(field, found) {
        claims.fieldRead(field as HTMLInputElement);
        const matches = claims.scanned(field, found);
        seen.update(field, matches);
        // A modifier or units field holds no code but changes its line.
        seen.touch();
        checks.schedule();
      },
      layer,
      open,
    },
    signal,
  );
  startHoverCards(
    {
      hitAt: (node, offset) => highlighter.hitAt(node, offset),
      shadowRoots: () => shadowRoots.connected(),
      insideOurHost,
      cards: { hoverStart: (t) => cards.hoverStart(t), hoverEnd: () => cards.hoverEnd(), open },
    },
    signal,
  );
  startCardShortcut(
    {
      focusedFieldTarget: () => fields.focusedTarget(),
      targetAt(node, offset) {
        const hit = highlighter.hitAt(node, offset);
        return hit && hitTarget(hit);
      },
      open,
    },
    signal,
  );

  const nav = startCodeNavigation(
    {
      seen: () => seen.entries(),
      hitAt: (node, offset) => highlighter.hitAt(node, offset),
      open: (hit) => open(hitTarget(hit)),
      isOurs: insideOurHost,
    },
    signal,
  );

  scanner.addRoot(document);
  // A page may clear the highlight registry; a swapped <body> arrives through the observer.
  // The same tick is how an orphaned script notices the extension was reloaded and stops.
  const watchdog = setInterval(() => {
    if (lifetime.isValid) highlighter.ensureRegistered();
  }, WATCHDOG_MS);
  signal.addEventListener(
    'abort',
    () => {
      clearInterval(watchdog);
      scanner.stop();
      highlighter.detach();
    },
    { once: true },
  );

  return {
    show() {
      if (signal.aborted) return;
      shown = true;
      highlighter.ensureRegistered();
      // Checks held back while hidden run now.
      checks.schedule();
    },
  };
}
