/** The slim rule set for the content script: codes to detect and how they combine. */
import rules from 'virtual:cpt-rules';
import type { RuleSet } from './derive';
import { trackedCodes } from './tracked-codes';

export const RULES: RuleSet = rules;
/** Codes with a dataset entry: highlighted, with a card. */
export const KNOWN_CODES: readonly string[] = Object.keys(rules);
/** Codes the detector looks for: the known ones plus those their rules name. */
export const TRACKED_CODES: readonly string[] = trackedCodes(rules);
