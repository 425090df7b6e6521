/**
 * The claim's warnings that concern this card's code, at the top of any card, and under them
 * its notes (an edit bypassed by a modifier, a file older than the date of service): shown, not
 * counted. Text nodes only: the messages carry codes and CMS phrases from imported files.
 */
import type { ClaimFinding } from '../claim/finding';

export function PageWarnings({ warnings, notes = [] }: { warnings: readonly ClaimFinding[]; notes?: readonly ClaimFinding[] | undefined }) {
  return (
    <>
      {warnings.length ? (
        <ul class="warnings" aria-label="Claim warnings">
          {warnings.map((w) => (
            <li key={w.message} class={`warning warning-${w.kind}`}>
              {w.message}
            </li>
          ))}
        </ul>
      ) : null}
      {notes.length ? (
        <ul class="notes" aria-label="Notes">
          {notes.map((n) => (
            <li key={n.message} class={`note note-${n.kind}`}>
              {n.message}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
