/**
 * Wires the content-script pipeline together for one frame. See entrypoints/content.ts for
 * the picture; this file only connects the parts and owns their lifetimes.
 */
import { KNOWN_CODES, RULES } from '../../data/rules';
import { createCodeFinder, createPrefilter, type CodeMatch } from '../detection/find-codes';
import { PageScanner } from '../detection/page-scanner';
import { Highlighter, type Hit } from '../highlight/highlighter';
import { boxOf } from '../hover/point-to-text';
import { trackPointer } from '../hover/pointer-tracker';
import { CardController, type CardTarget } from '../overlay/card-controller';
import { loadCardUi } from '../overlay/card-loader';
import { OverlayHost } from '../overlay/host';
import { checkCodes, warningsFor, type PageWarning } from '../page-checks/check-codes';
import { SeenCodes } from '../page-checks/seen-codes';
import { adoptHighlightStyle } from '../highlight/highlight-style';

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
  highlighter: Highlighter;
  scanner: PageScanner;
  seen: SeenCodes;
  cards: CardController;
  warnings(): PageWarning[];
  stop(): void;
}

export function startLens(): Lens {
  const abort = new AbortController();
  const inDataset = new Set(KNOWN_CODES);
  const all = referencedCodes();
  const find = createCodeFinder(all);
  const host = new OverlayHost();
  const highlighter = new Highlighter();
  const seen = new SeenCodes();
  const shadowRoots: ShadowRoot[] = [];

  let checked = -1;
  let warnings: PageWarning[] = [];
  const currentWarnings = (): PageWarning[] => {
    if (checked !== seen.revision) {
      checked = seen.revision;
      warnings = checkCodes(seen.list(), RULES);
    }
    return warnings;
  };

  const cards = new CardController({
    host,
    loadUi: loadCardUi,
    warningsFor: (code) => warningsFor(code, currentWarnings()),
  });

  const scanner = new PageScanner({
    find,
    prefilter: createPrefilter(all),
    ignore: (el) => host.owns(el),
    sink: {
      update(node: Text, matches: CodeMatch[]) {
        seen.update(node, matches);
        highlighter.update(node, matches.filter((m) => inDataset.has(m.code)));
      },
      prune() {
        seen.prune();
        highlighter.prune();
      },
      shadowRootFound(root) {
        shadowRoots.push(root);
        adoptHighlightStyle(root);
      },
    },
  });

  const targetOf = (hit: Hit): CardTarget => ({
    key: hit,
    code: hit.match.code,
    modifiers: hit.match.modifiers,
    units: hit.match.units,
    anchor: () => boxOf(hit.node, hit.match.start, hit.match.codeEnd),
  });

  trackPointer(
    {
      hitAt: (node, offset) => highlighter.hitAt(node, offset),
      shadowRoots: () => shadowRoots,
      isOurs: (t) => t instanceof Node && host.owns(t),
      enter: (hit) => cards.hoverStart(targetOf(hit)),
      leave: () => cards.hoverEnd(),
      click: (hit) => void cards.open(targetOf(hit), true),
    },
    abort.signal,
  );

  scanner.addRoot(document);
  // A page may clear the highlight registry; a swapped <body> arrives through the observer.
  const watchdog = setInterval(() => highlighter.ensureRegistered(), 1000);

  return {
    highlighter,
    scanner,
    seen,
    cards,
    warnings: currentWarnings,
    stop() {
      clearInterval(watchdog);
      abort.abort();
      scanner.stop();
      highlighter.detach();
      cards.destroy();
      host.remove();
    },
  };
}
