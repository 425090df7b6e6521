/**
 * Runs in the page (via addInitScript / evaluateOnNewDocument): records every DOM mutation
 * after parsing, so a test can assert that our only change is our one host element.
 */
export function recordMutationsAfterParse(): void {
  const log: string[] = [];
  (window as unknown as { __mutations: string[] }).__mutations = log;
  document.addEventListener('DOMContentLoaded', () => {
    new MutationObserver((records) => {
      for (const r of records) {
        if (r.type !== 'childList') log.push(`${r.type} on ${r.target.nodeName}${r.attributeName ? `.${r.attributeName}` : ''}`);
        r.addedNodes.forEach((n) => log.push(`add ${n.nodeName} to ${r.target.nodeName}`));
        r.removedNodes.forEach((n) => log.push(`remove ${n.nodeName} from ${r.target.nodeName}`));
      }
    }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  });
}

export const ONLY_OUR_HOST = ['add CPT-LENS-ROOT to HTML'];
