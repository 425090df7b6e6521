/** The MUE adjudication indicator in a few words, for cards (the warnings say what it means in full). */
export const MAI_SHORT = {
  1: 'MAI 1: line edit, each claim line on its own',
  2: 'MAI 2: per date of service, set by policy',
  3: 'MAI 3: per date of service, clinical; appeal possible with records',
} as const;
