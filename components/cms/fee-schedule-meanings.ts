/**
 * What each MPFS payment-policy indicator value means for the coder, in plain words (from the
 * definitions CMS publishes with the relative value file, RVUPUF). A value not listed is shown
 * as the file writes it with "see the file's documentation", never guessed.
 */
import type { FeeScheduleRow } from './fee-schedule-types';

export type IndicatorKey = Exclude<keyof FeeScheduleRow, 'code' | 'modifier' | 'workRvu'>;

export const INDICATOR_LABEL: Record<IndicatorKey, string> = {
  status: 'Medicare status',
  pctc: 'PC/TC indicator',
  global: 'Global period',
  multipleProcedure: 'Multiple procedure (51)',
  bilateral: 'Bilateral (50)',
  assistant: 'Assistant at surgery (80/82/AS)',
  coSurgeon: 'Co-surgeons (62)',
  team: 'Team surgery (66)',
};

const MEANINGS: Record<IndicatorKey, Record<string, string>> = {
  status: {
    A: 'active: paid separately under the fee schedule',
    B: 'bundled: paid as part of another service, never separately',
    C: 'carrier-priced: your contractor (MAC) sets the payment',
    D: 'deleted code',
    E: 'excluded from the fee schedule by regulation',
    I: 'not valid for Medicare: report the code Medicare uses instead',
    J: 'anesthesia service: no RVUs in this file',
    M: 'measurement code: reported for quality data, not paid',
    N: 'not covered by Medicare',
    P: 'bundled or excluded: no separate payment',
    R: 'restricted coverage: paid only in special cases',
    T: 'paid only when no other fee-schedule service is billed that day',
    X: 'excluded by statute: not paid under the fee schedule',
  },
  pctc: {
    '0': 'physician service: modifiers 26 and TC do not apply',
    '1': 'diagnostic test with a professional and a technical part: bill global, or -26 / -TC',
    '2': 'professional-component-only code: 26 and TC do not apply',
    '3': 'technical-component-only code: 26 and TC do not apply',
    '4': 'global test only: its parts have their own codes, so 26 and TC do not apply',
    '5': 'incident-to service: 26 and TC do not apply',
    '6': 'laboratory physician interpretation: TC does not apply',
    '7': 'physical therapy service: 26 and TC do not apply',
    '8': 'physician interpretation code: TC does not apply',
    '9': 'PC/TC concept does not apply',
  },
  global: {
    '000': 'same day only (minor procedure, no days after)',
    '010': 'minor procedure: the day of and 10 days after',
    '090': 'major surgery: the day before, the day of and 90 days after',
    MMM: 'maternity care: the usual global obstetric rules apply',
    XXX: 'the global period does not apply',
    YYY: 'your contractor sets the global period',
    ZZZ: 'add-on: part of the primary procedure’s global period',
  },
  multipleProcedure: {
    '0': 'no multiple-procedure reduction: modifier 51 does not apply',
    '1': 'standard reduction under the pre-1995 rules',
    '2': 'standard reduction: modifier 51 applies (100% for the highest, 50% for the others)',
    '3': 'endoscopy family rules apply',
    '4': 'diagnostic imaging reduction applies',
    '5': 'therapy reduction applies',
    '6': 'diagnostic cardiovascular reduction applies',
    '7': 'diagnostic ophthalmology reduction applies',
    '9': 'the multiple-procedure concept does not apply',
  },
  bilateral: {
    '0': 'no 150% bilateral payment: modifier 50 does not raise the payment',
    '1': 'modifier 50 applies: one line, 1 unit, 150%',
    '2': 'already bilateral: one line without 50, paid once',
    '3': 'each side paid in full: report each side (RT/LT or 50), 100% each',
    '9': 'the bilateral concept does not apply',
  },
  assistant: {
    '0': 'assistant paid only with documented medical necessity',
    '1': 'no payment for an assistant: do not bill 80/82/AS',
    '2': 'assistant at surgery may be paid (80, 82 or AS)',
    '9': 'the assistant concept does not apply',
  },
  coSurgeon: {
    '0': 'co-surgeons not permitted: modifier 62 is not paid',
    '1': 'co-surgeons paid with documentation of medical necessity (62)',
    '2': 'co-surgeons permitted (62)',
    '9': 'the co-surgeon concept does not apply',
  },
  team: {
    '0': 'team surgery not permitted: modifier 66 is not paid',
    '1': 'team surgery paid with documentation of medical necessity (66)',
    '2': 'team surgery permitted (66)',
    '9': 'the team concept does not apply',
  },
};

/** The plain meaning of one indicator value; blank in the file means the file gives none. */
export function indicatorMeaning(key: IndicatorKey, value: string): string {
  if (value === '') return 'blank in the file';
  return MEANINGS[key][value] ?? 'see the file’s documentation (RVUPUF)';
}
