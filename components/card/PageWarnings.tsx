/** The page checks that concern this card's code, at the top of any card. */
import type { PageWarning } from '../page-checks/check-codes';

export function PageWarnings({ warnings }: { warnings: readonly PageWarning[] }) {
  if (!warnings.length) return null;
  return (
    <ul class="warnings" aria-label="Page checks">
      {warnings.map((w) => (
        <li key={w.message} class={`warning warning-${w.kind}`}>
          {w.message}
        </li>
      ))}
    </ul>
  );
}
