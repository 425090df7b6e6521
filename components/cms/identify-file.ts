/**
 * What a CMS file name says: kind, setting, version and quarter. The names follow CMS's
 * published pattern (seen in its download links and in open-source loaders of these files):
 *   PTP  ccipra-v321r0-f1.txt / ccioph-v321r0-f1.txt — practitioner / hospital outpatient,
 *        version 32.1 revision 0, part 1. Version 32.1 is 2026 Q2: the major number counts years
 *        from 1994 and the minor digit is the quarter − 1 (v30.1 = 2024 Q2, v31.3 = 2025 Q4).
 *   MUE  MCR_MUE_PractitionerServices_Eff_07-01-2026.csv (also OutpatientHospital, DMESupplier).
 *   AOC  AOC_V2026Q2-MCR.txt (sometimes AOC_V2025Q4_01-MCR.txt).
 *   MPFS the relative value file PPRRVU2026_Jan_nonQPP.csv (2026 on: a QPP and a non-QPP copy
 *        that differ in the conversion factor only), earlier PPRRVU25_JAN.csv; in the quarterly
 *        zip RVU26A.zip (A = January, B = April, C = July, D = October release), sometimes
 *        renamed on download (rvu26a-updated-01-12-2026.zip).
 * A renamed file still imports: its header decides the kind, and the version reads "unknown".
 */
import type { FileIdentity } from './edit-types';

const PTP = /cci(pra|oph)-v(\d{2})(\d)r(\d+)-f(\d+)/i;
const MUE = /MUE_(Practitioner|OutpatientHospital|DMESupplier)Services_Eff_(\d{2})-(\d{2})-(\d{4})/i;
const MUE_ZIP = /(\d{4})-?q([1-4])-(practitioner|outpatient-hospital|hospital|dme)[a-z-]*-mue/i;
const AOC = /AOC_V(\d{4})Q([1-4])/i;
const PPRRVU = /PPRRVU(\d{4}|\d{2})_?(JAN|APR|JUL|OCT)/i;
const RVU_ZIP = /(?:^|[^A-Z])RVU(\d{2})([A-D])(?![A-Z])/i;
const MONTHS = ['JAN', 'APR', 'JUL', 'OCT'];
const MONTH_NAMES = ['January', 'April', 'July', 'October'];

/** Year + release letter (A–D) → what the MPFS file's name tells. */
function mpfsIdentity(year: number, release: number): FileIdentity {
  const letter = 'ABCD'[release]!;
  return { kind: 'mpfs', setting: null, version: `${year} ${letter} (${MONTH_NAMES[release]} release)`, quarter: `${year}Q${release + 1}`, part: null };
}

export function identifyFile(name: string): FileIdentity {
  const base = name.split(/[\\/]/).pop() ?? name;
  let m = PTP.exec(base);
  if (m) {
    const major = Number(m[2]);
    const minor = Number(m[3]);
    return {
      kind: 'ptp',
      setting: m[1]!.toLowerCase() === 'pra' ? 'practitioner' : 'outpatient',
      version: `v${major}.${minor}r${Number(m[4])}`,
      quarter: minor <= 3 ? `${1994 + major}Q${minor + 1}` : null,
      part: Number(m[5]),
    };
  }
  m = MUE.exec(base);
  if (m) {
    const kind = m[1]!.toLowerCase();
    const month = Number(m[2]);
    return {
      kind: 'mue',
      setting: kind === 'practitioner' ? 'practitioner' : kind === 'dmesupplier' ? 'dme' : 'outpatient',
      version: `effective ${m[4]}-${m[2]}-${m[3]}`,
      quarter: `${m[4]}Q${Math.floor((month - 1) / 3) + 1}`,
      part: null,
    };
  }
  m = MUE_ZIP.exec(base);
  if (m) {
    const s = m[3]!.toLowerCase();
    return { kind: 'mue', setting: s === 'practitioner' ? 'practitioner' : s === 'dme' ? 'dme' : 'outpatient', version: null, quarter: `${m[1]}Q${m[2]}`, part: null };
  }
  m = AOC.exec(base);
  if (m) return { kind: 'aoc', setting: null, version: `${m[1]}Q${m[2]}`, quarter: `${m[1]}Q${m[2]}`, part: null };
  m = PPRRVU.exec(base);
  if (m) return mpfsIdentity(m[1]!.length === 2 ? 2000 + Number(m[1]) : Number(m[1]), MONTHS.indexOf(m[2]!.toUpperCase()));
  m = RVU_ZIP.exec(base);
  if (m) return mpfsIdentity(2000 + Number(m[1]), 'ABCD'.indexOf(m[2]!.toUpperCase()));
  return { kind: null, setting: null, version: null, quarter: null, part: null };
}
