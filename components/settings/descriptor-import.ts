/**
 * Parses a licensed CPT descriptor file the user's organisation owns (CSV or TSV with two
 * columns: code, descriptor). All or nothing: the first bad line is reported by number and
 * nothing is returned to save.
 */
import { RecordSplitter, type FileRecord } from '../cms/record-splitter';
export interface DescriptorFile {
  fileName: string;
  importedAt: string;
  entries: Record<string, string>;
}

export type ParseResult = { ok: true; file: DescriptorFile } | { ok: false; error: string };

const CODE = /^[0-9]{4}[0-9A-Z]$/;
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export function parseDescriptorFile(text: string, fileName: string, now = new Date()): ParseResult {
  if (text.length > MAX_FILE_BYTES) return { ok: false, error: `${fileName} is larger than 5 MB; split it or trim it to code and descriptor columns.` };
  const body = text.replace(/^\uFEFF/, '');
  const tab = body.split(/\r?\n/).some((l) => l.includes('\t'));
  // The same splitter as the CMS files: double quotes and "" escapes, by line number.
  const records: FileRecord[] = [];
  const splitter = new RecordSplitter(tab ? '\t' : ',', (r) => records.push(r));
  splitter.feedText(body);
  const unclosed = splitter.inQuotes;
  splitter.end();
  const entries: Record<string, string> = {};
  const firstLine = new Map<string, number>();
  for (const { cells, line: n } of records) {
    if (unclosed && n === records.at(-1)!.line) return { ok: false, error: `Line ${n}: a quoted field is not closed.` };
    if (!cells.join('').trim()) continue;
    const [rawCode = '', ...rest] = cells;
    const code = rawCode.trim().toUpperCase();
    const descriptor = rest.join(tab ? ' ' : ',').trim();
    if (firstLine.size === 0 && !CODE.test(code) && /code/i.test(rawCode)) continue; // header row
    if (!CODE.test(code)) return { ok: false, error: `Line ${n}: "${rawCode.trim().slice(0, 20)}" is not a CPT code (five characters, e.g. 50706).` };
    if (!descriptor) return { ok: false, error: `Line ${n}: code ${code} has no descriptor in the second column.` };
    const seen = firstLine.get(code);
    if (seen) return { ok: false, error: `Line ${n}: code ${code} appears again (first on line ${seen}).` };
    firstLine.set(code, n);
    entries[code] = descriptor;
  }
  if (firstLine.size === 0) return { ok: false, error: `${fileName} has no code lines.` };
  return { ok: true, file: { fileName, importedAt: now.toISOString().slice(0, 10), entries } };
}
