/** The code sets the facts belong to; each changes on its own calendar (see vintage.json). */
export const CODE_SETS = ['cpt', 'icd10cm', 'ncci', 'mpfs'] as const;
export type CodeSet = (typeof CODE_SETS)[number];
