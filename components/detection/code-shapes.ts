/**
 * The shapes of every procedure code a claim line may hold: CPT Category I (5 digits),
 * Category II (4 digits + F), Category III (4 digits + T) and HCPCS Level II (A–V + 4 digits).
 * A shape alone proves nothing (ZIPs, IDs and counts share it): the scan only notes text that
 * may hold one we do not track, with one regex and no context, and the lazily loaded claim
 * reader decides by the text's place (components/claim-rows/claim-codes.ts).
 */
export const CODE_SHAPE = /(?<![0-9A-Za-z])(?:\d{4}[0-9FT]|[A-V]\d{4})(?!\d)/g;
/** Every shape has four digits in a row: most text fails this far cheaper test. */
const FOUR_DIGITS = /\d{4}/;

/** True when `text` has a code shape that is not a dataset code (those the scan finds itself). */
export function hasOtherCode(text: string, isDataset: (code: string) => boolean): boolean {
  if (!FOUR_DIGITS.test(text)) return false;
  CODE_SHAPE.lastIndex = 0;
  for (let m = CODE_SHAPE.exec(text); m; m = CODE_SHAPE.exec(text)) if (!isDataset(m[0])) return true;
  return false;
}
