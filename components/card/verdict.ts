/**
 * The card's answer first: one line that says whether this code, as written on this line, fits
 * the claim on this page — "Add-on — primary 50431 on this page ✓", "-26 does not apply to this
 * code ✗", "2 units, MUE 2 ✓". Pure: the card and the summary panel show the same words.
 */
import type { StatusKind } from '../../data/schema';
import type { PageWarning } from '../page-checks/check-codes';

export interface VerdictPart {
  text: string;
  /** true ✓, false ✗, null: nothing to judge (an unverified limit, an unlisted code). */
  ok: boolean | null;
}

export interface VerdictInput {
  code: string;
  kind: StatusKind;
  primaries: readonly string[];
  mue: number | null;
  /** Modifier → why it cannot apply (data/modifier-validity.ts). */
  badModifiers: Readonly<Record<string, string>>;
  modifiers: readonly string[];
  units: number | null;
  /** Every code on the tab's claim lines, all frames. */
  pageCodes: ReadonlySet<string>;
  warnings: readonly PageWarning[];
}

const KIND_LEAD: Record<StatusKind, string> = {
  standard: 'Standalone',
  'add-on': 'Add-on',
  'supervision-interpretation': 'S&I only',
  unlisted: 'Unlisted',
};

function leadPart(v: VerdictInput): VerdictPart {
  if (v.kind === 'add-on' && v.primaries.length) {
    const found = v.primaries.filter((p) => v.pageCodes.has(p));
    return found.length
      ? { text: `Add-on — primary ${found.join(', ')} on this page`, ok: true }
      : { text: 'Add-on — no primary on this page', ok: false };
  }
  const others = v.warnings
    .filter((w) => w.kind === 'bundled-pair' && w.codes.includes(v.code))
    .flatMap((w) => w.codes.filter((c) => c !== v.code));
  if (others.length) return { text: `${KIND_LEAD[v.kind]} — not with ${[...new Set(others)].join(', ')} on this page`, ok: false };
  if (v.kind === 'unlisted') return { text: 'Unlisted — send a special report with the claim', ok: null };
  return { text: `${KIND_LEAD[v.kind]} — no bundled pair on this page`, ok: true };
}

export function verdictFor(v: VerdictInput): VerdictPart[] {
  const parts = [leadPart(v)];
  for (const m of v.modifiers) {
    if (v.badModifiers[m]) parts.push({ text: `-${m} does not apply to this code`, ok: false });
  }
  if (v.units !== null) {
    const units = `${v.units} ${v.units === 1 ? 'unit' : 'units'}`;
    parts.push(v.mue === null ? { text: `${units}, MUE unverified`, ok: null } : { text: `${units}, MUE ${v.mue}`, ok: v.units <= v.mue });
  }
  return parts;
}

/** The verdict as one plain line, for the summary's copied text. */
export function verdictText(parts: readonly VerdictPart[]): string {
  return parts.map((p) => `${p.text}${p.ok === true ? ' ✓' : p.ok === false ? ' ✗' : ''}`).join(' · ');
}
