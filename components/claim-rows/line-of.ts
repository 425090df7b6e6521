/** One claim line: the code's own tail (modifiers, units) plus what its row or line form adds. */
import type { CodeMatch } from '../detection/find-codes';
import type { ClaimLine } from '../claim/line';
import type { RowReading } from './row-reading';

export function lineOf(match: Pick<CodeMatch, 'code' | 'modifiers' | 'units'>, row: RowReading | null): ClaimLine {
  const modifiers = [...match.modifiers];
  for (const m of row?.modifiers ?? []) if (!modifiers.includes(m)) modifiers.push(m);
  const line: ClaimLine = { code: match.code, modifiers, units: match.units ?? row?.units ?? null };
  if (row?.dateOfService) line.dateOfService = row.dateOfService;
  return line;
}
