/**
 * Wires the content-script pipeline together for one frame. See entrypoints/content.ts for
 * the picture; this file only connects the parts and owns their lifetimes.
 */
import { DATASET_CODES, TRACKED_CODES } from '../../data/code-lists';
import { createCodeFinder, createPrefilter, type CodeMatch } from '../detection/find-codes';
import { PageScanner } from '../detection/page-scanner';
import { startShadowDiscovery } from '../detection/shadow-sweep';
import { watchFields } from '../fields/field-watcher';
import { adoptHighlightStyle } from '../highlight/highlight-style';
import { Highlighter, type Hit } from '../highlight/highlighter';
import { boxOf } from '../hover/point-to-text';
import { trackPointer } from '../hover/pointer-tracker';
import { CardController, type CardTarget } from '../overlay/card-controller';
import { loadCardUi } from '../overlay/card-loader';
import { FieldIndicator } from '../overlay/field-indicator';
import { OverlayHost } from '../overlay/host';
import { WarningBadge } from '../overlay/warning-badge';
import { warningsFor, type PageWarning } from '../page-checks/check-codes';
import { SeenCodes } from '../page-checks/seen-codes';
import { claimLines, lineOf } from '../claim-rows/claim-lines';
import { readLine } from '../claim-rows/read-line';
import { linkFrame } from '../tab-checks/frame-link';
import { isCardShortcut } from './shortcut';
import { startCodeNavigation } from './start-code-navigation';

export interface Lens {
  /** Shows highlights and enables cards; until then the lens only reads the page. */
  show(): void;
  stop(): void;
}

export function startLens(): Lens {
  const abort = new AbortController();
  const signal = abort.signal;
  const inDataset = new Set(DATASET_CODES);
  const all = TRACKED_CODES;
  const find = createCodeFinder(all);
  const ours = (m: CodeMatch) => inDataset.has(m.code);
  const host = new OverlayHost();
  const highlighter = new Highlighter();
  const seen = new SeenCodes();
  const shadowRoots: ShadowRoot[] = [];
  // One status for the tab, in its top frame; cards in every frame show the tab's warnings.
  const isTop = window === window.top;
  const badge = isTop ? new WarningBadge(() => host.layer) : null;

  let warnings: PageWarning[] = [];
  let checkedRevision = 0;
  let checkTimer: ReturnType<typeof setTimeout> | undefined;
  let link: ReturnType<typeof linkFrame> | null = null;
  const runChecks = () => {
    checkTimer = undefined;
    // Nothing of ours shows until the site is known to be on.
    if (!highlighter.isShown || checkedRevision === seen.revision) return;
    checkedRevision = seen.revision;
    // Rows are read here, after the scan settles, not per scanned node.
    const { lines, excluded } = claimLines(seen.entries(), readLine);
    for (const owner of excluded) if (owner instanceof Text) highlighter.update(owner, []);
    link ??= linkFrame(
      {
        alwaysConnect: isTop,
        onChecked(state) {
          warnings = state.warnings;
          badge?.update(warnings);
          cards.refresh();
        },
      },
      signal,
    );
    link.send(lines);
  };
  const scheduleChecks = () => {
    checkTimer ??= setTimeout(runChecks, 250);
  };

  const cards = new CardController({ host, loadUi: loadCardUi, warningsFor: (code) => warningsFor(code, warnings) });

  const scanner = new PageScanner({
    find,
    prefilter: createPrefilter(all),
    ignore: (el) => host.owns(el),
    sink: {
      update(node: Text, matches: CodeMatch[]) {
        seen.update(node, matches);
        highlighter.update(node, matches.filter(ours));
        scheduleChecks();
      },
      prune() {
        seen.prune();
        highlighter.prune();
        scheduleChecks();
      },
      shadowRootFound(root) {
        shadowRoots.push(root);
        adoptHighlightStyle(root);
      },
      elementsAdded: (elements) => shadows.added(elements),
    },
  });
  const shadows = startShadowDiscovery({ doc: document, found: (root) => scanner.addRoot(root), ignore: (el) => host.owns(el), signal });

  // The card shows the line as the claim has it: the code's own tail plus its row's or form's cells.
  const hitTarget = (hit: Hit): CardTarget => ({
    key: hit,
    ...lineOf(hit.match, readLine(hit.node)),
    anchor: () => boxOf(hit.node, hit.match.start, hit.match.codeEnd),
  });

  const fieldTarget = (field: HTMLElement, match: CodeMatch, anchor: () => DOMRect | null): CardTarget => ({
    key: field,
    ...lineOf(match, readLine(field)),
    anchor: () => (field.isConnected ? anchor() : null),
  });

  const indicator = new FieldIndicator(
    () => host.layer,
    (field, match, anchor) => void cards.open(fieldTarget(field, match, anchor), true),
  );
  let focusedField: { field: HTMLElement; matches: CodeMatch[] } | null = null;

  watchFields(
    {
      find,
      update(field, matches) {
        seen.update(field, matches);
        // A modifier or units field has no code but changes its line.
        seen.touch();
        scheduleChecks();
      },
      focus(field, matches) {
        const mine = matches.filter(ours);
        focusedField = field && mine.length ? { field, matches: mine } : null;
        if (focusedField) indicator.show(focusedField.field, mine);
        else indicator.hide();
      },
    },
    signal,
  );

  trackPointer(
    {
      hitAt: (node, offset) => highlighter.hitAt(node, offset),
      shadowRoots: () => shadowRoots,
      isOurs: (t) => t instanceof Node && host.owns(t),
      enter: (hit) => cards.hoverStart(hitTarget(hit)),
      leave: () => cards.hoverEnd(),
      click: (hit) => void cards.open(hitTarget(hit), true),
    },
    signal,
  );

  // Keyboard: open the card for the code at the caret or selection, or in the focused field.
  document.addEventListener(
    'keydown',
    (e) => {
      if (!isCardShortcut(e)) return;
      if (focusedField) {
        const { field, matches } = focusedField;
        void cards.open(fieldTarget(field, matches.at(-1)!, () => indicator.element?.getBoundingClientRect() ?? field.getBoundingClientRect()), true);
        return;
      }
      const sel = document.getSelection();
      const hit = sel?.focusNode ? highlighter.hitAt(sel.focusNode, sel.focusOffset) : undefined;
      if (hit) void cards.open(hitTarget(hit), true);
    },
    { capture: true, signal },
  );
  startCodeNavigation(
    {
      seen: () => seen.entries(),
      hitAt: (node, offset) => highlighter.hitAt(node, offset),
      open: (hit) => void cards.open(hitTarget(hit), true),
      isOurs: (t) => t instanceof Node && host.owns(t),
    },
    signal,
  );
  const reposition = () => indicator.position();
  window.addEventListener('scroll', reposition, { capture: true, passive: true, signal });
  window.addEventListener('resize', reposition, { passive: true, signal });

  scanner.addRoot(document);
  // A page may clear the highlight registry; a swapped <body> arrives through the observer.
  const watchdog = setInterval(() => highlighter.ensureRegistered(), 1000);

  return {
    show() {
      highlighter.show();
      // Checks held back while hidden run now.
      scheduleChecks();
    },
    stop() {
      clearInterval(watchdog);
      clearTimeout(checkTimer);
      abort.abort();
      scanner.stop();
      highlighter.detach();
      cards.destroy();
      host.remove();
    },
  };
}
