/** Asks the background what the imported ICD-10-CM file says about a code (the import lives there, not in the page). */
import { useEffect, useState } from 'preact/hooks';
import { sendRequest } from '../messaging/send-request';
import type { IcdCardFacts } from './icd-card-facts';

export function useIcdFacts(code: string): IcdCardFacts | null {
  const [facts, setFacts] = useState<IcdCardFacts | null>(null);
  useEffect(() => {
    let live = true;
    setFacts(null);
    sendRequest({ type: 'cpt-lens/icd-facts', code })
      .then((f) => live && f && setFacts(f))
      .catch(() => live && setFacts({ code, file: null, fact: null }));
    return () => {
      live = false;
    };
  }, [code]);
  return facts;
}
