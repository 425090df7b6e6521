/**
 * The fee-schedule rules for a code with a row in the user's imported MPFS relative value file:
 * which modifiers cannot apply (PC/TC, bilateral, co-surgeon, team, assistant indicators; -51 on
 * an add-on) and which need the record to show something. The indicator table and its CMS
 * sources are in data/modifier-validity.ts, shared with the dataset's own indicators; for the
 * four dataset codes the file's row wins where the two disagree (check-claim.ts).
 */
import { indicatorCautions, indicatorProblems, type ModifierCautions, type ModifierProblems } from '../../data/modifier-validity';
import type { FeeScheduleRow } from '../cms/fee-schedule-types';

export interface FeeRules {
  problems: ModifierProblems;
  cautions: ModifierCautions;
}

/** `addOn`: the AOC file or the dataset says it is an add-on (global ZZZ says so too). */
export function feeRules(row: FeeScheduleRow, addOn: boolean): FeeRules {
  const i = {
    pcTc: row.pctc,
    bilateral: row.bilateral,
    coSurgeon: row.coSurgeon,
    team: row.team,
    assistant: row.assistant,
    addOn: addOn || row.global === 'ZZZ',
  };
  return { problems: indicatorProblems(i), cautions: indicatorCautions(i) };
}
