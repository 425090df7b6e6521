/**
 * ICD-10-CM code spelling and fiscal years. The CDC files write codes without the dot
 * ("S72001A"); claims and articles write it after the third character ("S72.001A"). A fiscal
 * year runs 1 October to 30 September: FY 2027 is 2026-10-01 … 2027-09-30.
 */

/** "s72001a" / "S72.001A" → "S72.001A"; three characters stay as they are ("I10"). */
export function placeDot(code: string): string {
  const bare = code.replace('.', '').trim().toUpperCase();
  return bare.length > 3 ? `${bare.slice(0, 3)}.${bare.slice(3)}` : bare;
}

export const bareCode = (code: string) => code.replace('.', '').trim().toUpperCase();

/** The fiscal year an ISO date (YYYY-MM-DD) falls in, or null for anything else. */
export function fiscalYearOf(isoDate: string): number | null {
  const m = /^(\d{4})-(\d{2})-\d{2}/.exec(isoDate);
  if (!m) return null;
  return Number(m[1]) + (Number(m[2]) >= 10 ? 1 : 0);
}

/**
 * The fiscal year a CDC file name states: "icd10cm_order_2027.txt", "icd10cm-Code Descriptions-2027.zip",
 * "icd10cm_tabular_2027.xml". The April update ("April 1 2026 Code Descriptions…") belongs to FY 2026.
 */
export function fiscalYearFromName(name: string): number | null {
  const april = /april\s*1?,?\s*(20\d\d)/i.exec(name);
  if (april) return Number(april[1]);
  const m = /(?:^|[^0-9])(20\d\d)(?:[^0-9]|$)/.exec(name);
  return m ? Number(m[1]) : null;
}

/**
 * A diagnosis code as the claim's reader writes it (dotted, or three characters): never a
 * CPT/HCPCS code, which always has five characters and no dot. The card picks its kind by this.
 */
export const isDiagnosisCode = (code: string): boolean => code.includes('.') || /^[A-Z]\d[0-9A-Z]$/.test(code);
