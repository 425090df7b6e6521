/**
 * Which modifiers cannot apply to a code, derived from its fee-schedule indicators and status.
 * One table for the card, the popup, the page checks and the imported MPFS file's rows
 * (components/claim/fee-rules.ts), so a coder sees the same verdict wherever `50706-26` appears.
 * A modifier is only ruled out from a sourced indicator value: an unverified indicator rules
 * nothing out.
 *
 * Indicator meanings are CMS's: the MPFS relative value file read-me (RVUPUF) and the MPFSDB
 * record layout in the Medicare Claims Processing Manual, Pub. 100-04, chapter 23, addendum
 * (as reproduced in CMS's CY 2026 PFS payment amount file documentation and in 8 CCR 9789.12.9):
 *   PC/TC 0, 2, 3, 4, 5: "Modifiers 26 and TC cannot be used with these codes"; 9: "concept of
 *     a professional/technical component does not apply"; 6: "Modifier TC cannot be used"
 *     (26 is how the interpretation is billed). 7 and 8 say nothing about the modifiers: no rule.
 *   Bilateral 0: no 150% adjustment, bilateral adjustment "inappropriate" for the code; 2: the
 *     RVUs are already bilateral; 9: concept does not apply. 3: "the usual payment adjustment
 *     does not apply" but -50 or RT/LT are accepted and each side is paid in full (mostly
 *     radiology): not a problem, a note.
 *   Co-surgeons (-62): 0 not permitted, 1 paid with documentation, 2 permitted, 9 n/a.
 *   Team surgery (-66): 0 not permitted, 1 paid with documentation, 2 permitted, 9 n/a.
 *   Assistant at surgery (-80/-81/-82/-AS): 0 paid only with documentation of medical necessity,
 *     1 statutory restriction (never paid), 2 may be paid, 9 n/a.
 * The multiple-procedure indicator 0 ("no payment adjustment rules apply") does not say -51
 * cannot be written, so it rules nothing out; add-ons (global ZZZ) are exempt from -51.
 */
import type { CodeEntry } from './schema';

/** Modifier → why it does not apply to this code (a clause; see `modifierProblemText`). */
export type ModifierProblems = Record<string, string>;

/** The sentence a coder reads: "-26 does not apply to 50706: <why>." */
export function modifierProblemText(code: string, modifier: string, why: string): string {
  return `-${modifier} does not apply to ${code}: ${why}.`;
}

const NO_COMPONENT_SPLIT: Record<string, string> = {
  '0': 'no professional/technical split (PC/TC indicator 0)',
  '2': 'already a professional-component-only code (PC/TC indicator 2)',
  '3': 'already a technical-component-only code (PC/TC indicator 3)',
  '4': 'a global-only test with no separate components (PC/TC indicator 4)',
  '5': 'an incident-to service with no components (PC/TC indicator 5)',
  '9': 'the professional/technical concept does not apply to it (PC/TC indicator 9)',
};
const NO_TC: Record<string, string> = { '6': 'a laboratory physician interpretation code: only its interpretation is billed here (PC/TC indicator 6)' };

const NO_BILATERAL: Record<string, string> = {
  '0': 'no 150% bilateral payment and the bilateral adjustment is inappropriate for it (bilateral indicator 0); report per the payer',
  '2': 'the code already describes both sides (bilateral indicator 2)',
  '9': 'the bilateral concept does not apply to it (bilateral indicator 9)',
};
const NO_CO_SURGEON: Record<string, string> = {
  '0': 'co-surgeons are not permitted for it (co-surgeon indicator 0)',
  '9': 'the co-surgeon concept does not apply to it (co-surgeon indicator 9)',
};
const NO_TEAM: Record<string, string> = {
  '0': 'team surgeons are not permitted for it (team surgery indicator 0)',
  '9': 'the team surgery concept does not apply to it (team surgery indicator 9)',
};
const NO_ASSISTANT: Record<string, string> = {
  '1': 'an assistant at surgery is never paid for it (assistant indicator 1, a statutory restriction)',
  '9': 'the assistant-at-surgery concept does not apply to it (assistant indicator 9)',
};
const ASSISTANT_MODIFIERS = ['80', '81', '82', 'AS'];

/** Modifier → what the record must show for it to be paid (not a problem: a note). */
export type ModifierCautions = Record<string, string>;

/** Indicator values as the fee schedule writes them; null or '' where unknown (rules out nothing). */
export interface FeeIndicators {
  pcTc?: string | null;
  bilateral?: string | null;
  coSurgeon?: string | null;
  team?: string | null;
  assistant?: string | null;
  addOn?: boolean;
}

export function indicatorProblems(i: FeeIndicators): ModifierProblems {
  const problems: ModifierProblems = {};
  const split = i.pcTc ? NO_COMPONENT_SPLIT[i.pcTc] : undefined;
  if (split) problems['26'] = problems['TC'] = split;
  const tc = i.pcTc ? NO_TC[i.pcTc] : undefined;
  if (tc) problems['TC'] = tc;
  const bilateral = i.bilateral ? NO_BILATERAL[i.bilateral] : undefined;
  if (bilateral) problems['50'] = bilateral;
  const co = i.coSurgeon ? NO_CO_SURGEON[i.coSurgeon] : undefined;
  if (co) problems['62'] = co;
  const team = i.team ? NO_TEAM[i.team] : undefined;
  if (team) problems['66'] = team;
  const assistant = i.assistant ? NO_ASSISTANT[i.assistant] : undefined;
  if (assistant) for (const m of ASSISTANT_MODIFIERS) problems[m] = assistant;
  if (i.addOn) problems['51'] = 'add-on codes are exempt from the multiple-procedure reduction';
  return problems;
}

export function indicatorCautions(i: FeeIndicators): ModifierCautions {
  const notes: ModifierCautions = {};
  if (i.bilateral === '3') notes['50'] = 'bilateral indicator 3: no 150% rule, each side is paid in full; some payers want RT/LT lines instead of -50';
  if (i.coSurgeon === '1') notes['62'] = 'co-surgeon indicator 1: paid only if the record shows why two surgeons were needed';
  if (i.team === '1') notes['66'] = 'team surgery indicator 1: paid only if the record shows why a team was needed';
  if (i.assistant === '0') for (const m of ASSISTANT_MODIFIERS) notes[m] = 'assistant indicator 0: paid only with documentation of medical necessity';
  return notes;
}

export function modifierProblems(entry: Pick<CodeEntry, 'code' | 'status' | 'feeSchedule'>): ModifierProblems {
  return indicatorProblems({
    pcTc: entry.feeSchedule.pcTc.value,
    bilateral: entry.feeSchedule.bilateral.value,
    addOn: entry.status.kind === 'add-on' || entry.feeSchedule.globalPeriod.value === 'ZZZ',
  });
}
