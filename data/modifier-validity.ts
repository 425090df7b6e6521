/**
 * Which modifiers cannot apply to a code, derived from its fee-schedule indicators and status.
 * One rule set for the card, the popup and the page checks, so a coder sees the same verdict
 * wherever `50706-26` appears. A modifier is only ruled out from a sourced indicator value:
 * an unverified indicator rules nothing out.
 */
import type { CodeEntry } from './schema';

/** Modifier → why it does not apply to this code (a clause; see `modifierProblemText`). */
export type ModifierProblems = Record<string, string>;

/** The sentence a coder reads: "-26 does not apply to 50706: <why>." */
export function modifierProblemText(code: string, modifier: string, why: string): string {
  return `-${modifier} does not apply to ${code}: ${why}.`;
}

/** PC/TC indicators under which 26 and TC cannot be used (MPFS relative value file definitions). */
const NO_COMPONENT_SPLIT: Record<string, string> = {
  '0': 'no professional/technical split (PC/TC indicator 0)',
  '2': 'already a professional-component-only code (PC/TC indicator 2)',
  '3': 'already a technical-component-only code (PC/TC indicator 3)',
  '4': 'a global-only test with no separate components (PC/TC indicator 4)',
};

const NO_BILATERAL: Record<string, string> = {
  '0': 'no 150% bilateral payment (bilateral indicator 0); report per the payer',
  '2': 'the code already describes both sides (bilateral indicator 2)',
  '9': 'the bilateral concept does not apply to it (bilateral indicator 9)',
};

export function modifierProblems(entry: Pick<CodeEntry, 'code' | 'status' | 'feeSchedule'>): ModifierProblems {
  const problems: ModifierProblems = {};
  const pcTc = entry.feeSchedule.pcTc.value;
  if (pcTc !== null && NO_COMPONENT_SPLIT[pcTc]) {
    const why = NO_COMPONENT_SPLIT[pcTc];
    problems['26'] = why;
    problems['TC'] = why;
  }
  const bilateral = entry.feeSchedule.bilateral.value;
  if (bilateral !== null && NO_BILATERAL[bilateral]) {
    problems['50'] = NO_BILATERAL[bilateral];
  }
  if (entry.status.kind === 'add-on' || entry.feeSchedule.multipleProcedure.value === '0') {
    problems['51'] =
      entry.status.kind === 'add-on' ? 'add-on codes are exempt from the multiple-procedure reduction' : 'no multiple-procedure reduction applies (indicator 0)';
  }
  return problems;
}
