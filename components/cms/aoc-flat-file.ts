/**
 * The add-on code file's flat text copy with space-aligned columns instead of tabs. Its
 * column names are single words (AOC_Edit_Type, Add-On_Code, …, Special_Instruction_Notes),
 * so where each name starts in the header line is where that column starts on every data line;
 * the notes column runs to the end of the line and may hold spaces. The positions come from
 * the file's own header, so a release that widens a column still reads.
 */
import { aocColumns } from './parse-rows';

/** Start offsets of the columns when this single-cell line is a space-aligned AOC header. */
export function aocFlatHeader(line: string): number[] | null {
  if (line.includes('\t')) return null;
  const starts: number[] = [];
  const names: string[] = [];
  for (const m of line.matchAll(/\S+/g)) {
    starts.push(m.index);
    names.push(m[0]);
  }
  return names.length >= 4 && aocColumns(names) ? starts : null;
}

/** Cuts a data line at the header's column starts. */
export function sliceFlat(line: string, starts: readonly number[]): string[] {
  return starts.map((s, i) => line.slice(s, starts[i + 1] ?? line.length));
}
