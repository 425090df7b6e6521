/** The slim rule set for the content script: codes to detect and how they combine. */
import rules from 'virtual:cpt-rules';
import type { RuleSet } from './derive';

export const RULES: RuleSet = rules;
export const KNOWN_CODES: readonly string[] = Object.keys(rules);
