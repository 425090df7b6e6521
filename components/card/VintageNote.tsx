/**
 * The edition of each code set the facts are for, on every card and in the popup. A code set
 * whose next edition has taken effect is said to be possibly out of date, on its own: a new
 * ICD-10-CM year in October does not make the CPT facts stale.
 */
import { isSuperseded, VINTAGE } from '../../data/vintage';
import { CODE_SETS, type CodeSet } from '../../data/code-sets';

const SET_NAME: Record<CodeSet, string> = {
  cpt: 'Codes and rules',
  icd10cm: 'Diagnoses',
  ncci: 'NCCI edits (MUE)',
  mpfs: 'Fee-schedule indicators',
};

export function VintageNote({ now, sets = CODE_SETS }: { now?: Date | undefined; sets?: readonly CodeSet[] }) {
  return (
    <ul class="vintage" aria-label="Editions">
      {sets.map((set) => {
        const e = VINTAGE[set];
        return isSuperseded(e, now) ? (
          <li key={set} class="stale">
            <span role="note">
              {SET_NAME[set]}: {e.label}. A newer edition took effect on {e.nextEditionFrom}: may be out of date. {e.why}
            </span>
          </li>
        ) : (
          <li key={set}>
            {SET_NAME[set]}: {e.label} (next edition {e.nextEditionFrom}).
          </li>
        );
      })}
    </ul>
  );
}
