/**
 * The modifiers that may bypass a PTP edit with indicator 1 when the clinical circumstances
 * justify them, as listed in CMS's NCCI Policy Manual for Medicare Services, chapter I,
 * section E "Modifiers and Modifier Indicators" (reproduced at findacode.com/tools/ncci-edit-modifiers.php):
 * anatomic modifiers, global surgery modifiers, and 27, 59, 91, XE, XS, XP, XU. What the chart
 * must show is written in our own words.
 */
export const ANATOMIC = new Set([
  'E1', 'E2', 'E3', 'E4', 'FA', 'F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'F7', 'F8', 'F9',
  'TA', 'T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'LT', 'RT', 'LC', 'LD', 'RC', 'LM', 'RI',
]);

/** Non-anatomic NCCI-associated modifiers and what the record must show for each. */
export const BYPASS: Record<string, string> = {
  '59': 'a distinct service: a different session, a different procedure or surgery, a different site or organ system, a separate incision or excision, a separate lesion, or a separate injury',
  XE: 'a separate encounter on the same day',
  XS: 'a separate organ or structure',
  XP: 'a different practitioner performing the service',
  XU: 'a service that does not overlap the usual parts of the main service',
  '24': 'an evaluation and management service unrelated to the surgery, in its postoperative period',
  '25': 'a significant evaluation and management service separately identifiable from the procedure',
  '57': 'an evaluation and management service that led to the decision for major surgery',
  '58': 'a staged or related procedure planned at the time of the first one, in its postoperative period',
  '78': 'an unplanned return to the operating room for a related procedure in the postoperative period',
  '79': 'an unrelated procedure in the postoperative period',
  '27': 'a separate outpatient hospital evaluation and management encounter on the same day',
  '91': 'a repeat clinical laboratory test needed for a new result, not a rerun to confirm the first',
};

/** Which modifiers on the pair bypass an indicator-1 edit: any listed one, or anatomic modifiers that differ between the two lines. */
export function bypassingModifiers(a: readonly string[], b: readonly string[]): string[] {
  const found = [...new Set([...a, ...b].map((m) => m.toUpperCase()).filter((m) => m in BYPASS))];
  const sideA = a.map((m) => m.toUpperCase()).filter((m) => ANATOMIC.has(m));
  const sideB = b.map((m) => m.toUpperCase()).filter((m) => ANATOMIC.has(m));
  if (sideA.length && sideB.length && !sideA.some((m) => sideB.includes(m))) found.push(...sideA, ...sideB);
  return found;
}

export function chartMustShow(modifier: string): string {
  return BYPASS[modifier] ?? 'a different anatomic site for each code (the modifiers must match the record)';
}
