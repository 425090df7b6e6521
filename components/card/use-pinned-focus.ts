/** A card's own element, focused when the card is pinned (opened by keyboard or click) so keys reach it. */
import { useEffect, useRef } from 'preact/hooks';

export function usePinnedFocus(pinned: boolean) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (pinned) ref.current?.focus();
  }, [pinned]);
  return ref;
}
