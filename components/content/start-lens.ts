/**
 * Wires the content-script pipeline together for one frame. See entrypoints/content.ts for
 * the picture; this file only connects the parts and owns their lifetimes.
 */
import { KNOWN_CODES, RULES } from '../../data/rules';
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
import { checkCodes, warningsFor, type PageWarning } from '../page-checks/check-codes';
import { createPageStateReporter } from '../page-checks/report-page-state';
import { SeenCodes } from '../page-checks/seen-codes';
import { isCardShortcut } from './shortcut';

/** Codes the rules mention (primaries, bundles): tracked for page checks, never highlighted. */
function referencedCodes(): string[] {
  const refs = new Set<string>(KNOWN_CODES);
  for (const rule of Object.values(RULES)) {
    rule.primaries.forEach((c) => refs.add(c));
    rule.notWith.forEach((g) => g.codes.forEach((c) => refs.add(c)));
  }
  return [...refs];
}

export interface Lens {
  /** Shows highlights and enables cards; until then the lens only reads the page. */
  show(): void;
  stop(): void;
}

export function startLens(): Lens {
  const abort = new AbortController();
  const signal = abort.signal;
  const inDataset = new Set(KNOWN_CODES);
  const all = referencedCodes();
  const find = createCodeFinder(all);
  const ours = (m: CodeMatch) => inDataset.has(m.code);
  const host = new OverlayHost();
  const highlighter = new Highlighter();
  const seen = new SeenCodes();
  const shadowRoots: ShadowRoot[] = [];
  const badge = new WarningBadge(() => host.layer);
  const reportState = createPageStateReporter();

  let warnings: PageWarning[] = [];
  let checkedRevision = 0;
  let checkTimer: ReturnType<typeof setTimeout> | undefined;
  const runChecks = () => {
    checkTimer = undefined;
    // Nothing of ours shows until the site is known to be on.
    if (!highlighter.isShown || checkedRevision === seen.revision) return;
    checkedRevision = seen.revision;
    warnings = checkCodes(seen.list(), RULES);
    badge.update(warnings);
    reportState(seen.list(), warnings);
    cards.refresh();
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

  const hitTarget = (hit: Hit): CardTarget => ({
    key: hit,
    code: hit.match.code,
    modifiers: hit.match.modifiers,
    units: hit.match.units,
    anchor: () => boxOf(hit.node, hit.match.start, hit.match.codeEnd),
  });

  const fieldTarget = (field: HTMLElement, match: CodeMatch, anchor: () => DOMRect | null): CardTarget => ({
    key: field,
    code: match.code,
    modifiers: match.modifiers,
    units: match.units,
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
      reportState([], []);
    },
  };
}
