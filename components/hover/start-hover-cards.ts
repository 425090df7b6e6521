/**
 * Hover and click on highlighted codes: the pointer tracker finds the code under the pointer;
 * hovering starts the card's hover intent, leaving ends it, a click pins the card.
 */
import type { Hit } from '../highlight/highlighter';
import type { CardTarget } from '../overlay/card-controller';
import { hitTarget } from '../overlay/card-targets';
import { trackPointer } from './pointer-tracker';

export interface HoverCardsDeps {
  hitAt(node: Node, offset: number): Hit | undefined;
  shadowRoots(): readonly ShadowRoot[];
  insideOurHost(target: EventTarget | null): boolean;
  cards: {
    hoverStart(target: CardTarget): void;
    hoverEnd(): void;
    open(target: CardTarget): void;
  };
}

export function startHoverCards(deps: HoverCardsDeps, signal: AbortSignal): void {
  const { cards } = deps;
  trackPointer(
    {
      hitAt: deps.hitAt,
      shadowRoots: deps.shadowRoots,
      insideOurHost: deps.insideOurHost,
      enter: (hit) => cards.hoverStart(hitTarget(hit)),
      leave: () => cards.hoverEnd(),
      click: (hit) => cards.open(hitTarget(hit)),
    },
    signal,
  );
}
