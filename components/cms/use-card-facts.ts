/** Asks the background for what the imported files say about a code (lookups live there, not in the page). */
import { useEffect, useState } from 'preact/hooks';
import { sendRequest } from '../messaging/send-request';
import type { CardFacts } from './card-facts';

export function useCardFacts(code: string | null): CardFacts | null {
  const [facts, setFacts] = useState<CardFacts | null>(null);
  useEffect(() => {
    let live = true;
    setFacts(null);
    if (!code) return;
    sendRequest({ type: 'cpt-lens/cms-facts', code })
      .then((f) => live && f && setFacts(f))
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [code]);
  return facts;
}
