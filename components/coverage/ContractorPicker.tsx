/**
 * The user's contractor (MAC), from the imported contractor table, or a state (then every
 * contractor serving it). Only articles of the choice are checked against.
 */
import { contractorLabel } from './coverage-lookup';
import type { ContractorChoice, CoverageSetInfo } from './coverage-types';

export function ContractorPicker({ set, choice, onChoose }: { set: CoverageSetInfo; choice: ContractorChoice | null; onChoose(choice: ContractorChoice | null): void }) {
  const states = [...new Set(set.contractors.flatMap((c) => c.states))].sort();
  const value = !choice ? '' : 'contractor' in choice ? `c:${choice.contractor}` : `s:${choice.state}`;
  return (
    <p>
      <label for="necessity-contractor">Your contractor</label>{' '}
      <select
        id="necessity-contractor"
        value={value}
        onChange={(e) => {
          const v = (e.currentTarget as HTMLSelectElement).value;
          onChoose(v.startsWith('c:') ? { contractor: v.slice(2) } : v.startsWith('s:') ? { state: v.slice(2) } : null);
        }}
      >
        <option value="">— choose —</option>
        <optgroup label="Contractor">
          {set.contractors.map((c) => (
            <option key={c.key} value={`c:${c.key}`}>
              {contractorLabel(c)} — {c.type}
              {c.states.length ? `, ${c.states.join(' ')}` : ''}
            </option>
          ))}
        </optgroup>
        {states.length ? (
          <optgroup label="Or every contractor of a state">
            {states.map((s) => (
              <option key={s} value={`s:${s}`}>
                {s}
              </option>
            ))}
          </optgroup>
        ) : null}
      </select>
    </p>
  );
}
