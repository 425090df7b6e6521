/**
 * Reads data/codes/*.json, validates each file against the schema and checks the
 * cross-references between entries. Runs in Node only: at build time (vite plugin) and in
 * tests. Errors name the file and the field so a broken entry is fixed in seconds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as v from 'valibot';
import { CodeEntrySchema, VintageSchema, type CodeEntry, type CodeRef, type Dataset, type Vintage } from './schema';

export class DatasetError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid CPT dataset:\n  ${problems.join('\n  ')}`);
    this.name = 'DatasetError';
  }
}

/** Commands run from the project root (npm scripts, vitest, wxt). */
export const DEFAULT_DATA_DIR = join(process.cwd(), 'data', 'codes');

function parseFile(path: string, problems: string[]): CodeEntry | undefined {
  const name = relative(process.cwd(), path);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    problems.push(`${name}: not valid JSON (${(error as Error).message})`);
    return undefined;
  }
  const result = v.safeParse(CodeEntrySchema, json);
  if (!result.success) {
    for (const issue of result.issues) {
      problems.push(`${name}: ${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`);
    }
    return undefined;
  }
  const expected = path.replace(/^.*[\\/]/, '').replace(/\.json$/, '');
  if (result.output.code !== expected) {
    problems.push(`${name}: code: "${result.output.code}" does not match the file name "${expected}.json"`);
  }
  return result.output;
}

function refsOf(entry: CodeEntry): Array<{ ref: CodeRef; field: string }> {
  return [
    ...(entry.status.primaries ?? []).map((ref, i) => ({ ref, field: `status.primaries.${i}` })),
    ...entry.notWith.flatMap((b, i) => b.codes.map((ref, j) => ({ ref, field: `notWith.${i}.codes.${j}` }))),
    ...entry.related.map((r, i) => ({ ref: r.code, field: `related.${i}.code` })),
  ];
}

/** Cross-reference rules that a per-file schema cannot express. */
export function crossCheck(entries: Array<{ file: string; entry: CodeEntry }>): string[] {
  const problems: string[] = [];
  const known = new Set<string>();
  const checklistIds = new Map<string, string>();
  for (const { file, entry } of entries) {
    if (known.has(entry.code)) problems.push(`${file}: code: ${entry.code} is defined twice`);
    known.add(entry.code);
  }
  for (const { file, entry } of entries) {
    if (entry.status.kind === 'add-on' && !entry.status.primaries?.length) {
      problems.push(`${file}: status.primaries: an add-on code must list its primary codes`);
    }
    for (const { ref, field } of refsOf(entry)) {
      if (ref.code === entry.code) problems.push(`${file}: ${field}: refers to itself`);
      else if (!known.has(ref.code) && !ref.label) {
        problems.push(`${file}: ${field}.label: ${ref.code} is not in the dataset, so it needs a label`);
      }
    }
    entry.checklist.items.forEach((item, i) => {
      const other = checklistIds.get(item.id);
      if (other) problems.push(`${file}: checklist.items.${i}.id: "${item.id}" is already used in ${other}`);
      checklistIds.set(item.id, file);
    });
    const mods = entry.modifiers.map((m) => m.modifier);
    mods.forEach((m, i) => {
      if (mods.indexOf(m) !== i) problems.push(`${file}: modifiers.${i}.modifier: ${m} is listed twice`);
    });
  }
  return problems;
}

/** Loads every *.json in the given folders (later folders may add codes, as a test fixture does). */
export function loadDataset(dirs: readonly string[] = [DEFAULT_DATA_DIR]): Dataset {
  const problems: string[] = [];
  const entries: Array<{ file: string; entry: CodeEntry }> = [];
  for (const dir of dirs) {
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
      const entry = parseFile(join(dir, name), problems);
      if (entry) entries.push({ file: relative(process.cwd(), join(dir, name)), entry });
    }
  }
  problems.push(...crossCheck(entries));
  if (entries.length === 0 && problems.length === 0) problems.push(`${dirs.join(', ')}: no code files found`);
  if (problems.length) throw new DatasetError(problems);
  return entries.map((e) => e.entry).sort((a, b) => a.code.localeCompare(b.code));
}

/** The dataset's edition and review-by date (data/vintage.json), validated like a code file. */
export function loadVintage(path = join(process.cwd(), 'data', 'vintage.json')): Vintage {
  const name = relative(process.cwd(), path);
  const result = v.safeParse(VintageSchema, JSON.parse(readFileSync(path, 'utf8')));
  if (!result.success) {
    throw new DatasetError(result.issues.map((issue) => `${name}: ${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`));
  }
  return result.output;
}
