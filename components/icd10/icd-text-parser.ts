/**
 * Reads the CDC's two plain-text ICD-10-CM files line by line:
 *   order file  icd10cm_order_2027.txt — fixed width, as the CDC's order-file description gives it:
 *               columns 1–5 order number (zero-padded), 7–13 code without the dot (left-aligned,
 *               space-padded), 15 "0" header / "1" billable, 17–76 short title, 78– long title.
 *   codes file  icd10cm_codes_2027.txt — billable codes only: code, spaces, long title.
 * The first data line decides the layout; a file whose name says one layout but whose lines have
 * the other, or a line off the layout, is refused with its line number and what was expected.
 */
import type { FileRecord } from '../cms/record-splitter';
import { EditFileError } from '../cms/edit-types';
import type { IcdFileKind } from './icd-types';

export interface IcdRow {
  /** Without the dot, as the file writes it. */
  code: string;
  billable: boolean;
  title: string;
}

const CODE = /^[A-Z][0-9][0-9A-Z][0-9A-Z]{0,4}$/;
const ORDER_LINE = /^\d{5} /;
const CODES_LINE = /^([A-Z][0-9][0-9A-Z][0-9A-Z]{0,4})\s+(\S.*)$/;

/** What a CDC file name says it is: 'other' for files CPT Lens does not read (PDFs, addenda, index), null for a renamed .txt. */
export function icdKindFromName(name: string): IcdFileKind | 'other' | null {
  const n = name.toLowerCase();
  if (/addenda|index|drug|neoplasm|eindex/.test(n)) return 'other';
  if (/tabular.*\.xml$/.test(n)) return 'tabular';
  if (!n.endsWith('.txt')) return 'other';
  if (/icd10cm[ _-]?order/.test(n)) return 'order';
  if (/icd10cm[ _-]?codes/.test(n)) return 'codes';
  return null;
}

export class IcdTextParser {
  rows = 0;
  private layout: 'order' | 'codes' | null;

  constructor(
    readonly name: string,
    expected: 'order' | 'codes' | null,
    private readonly sink: (row: IcdRow) => void,
  ) {
    this.layout = expected;
  }

  get kind(): 'order' | 'codes' | null {
    return this.layout;
  }

  record({ cells, line }: FileRecord): void {
    const text = cells.join('\t').replace(/\s+$/, '');
    if (text === '') return;
    if (this.rows === 0) this.checkLayout(text, line);
    this.sink(this.layout === 'order' ? this.orderRow(text, line) : this.codesRow(text, line));
    this.rows++;
  }

  finish(): void {
    if (this.rows === 0) throw new EditFileError(this.name, null, 'has no code lines: not an ICD-10-CM order or code-description file.');
  }

  private checkLayout(text: string, line: number): void {
    const order = ORDER_LINE.test(text);
    const codes = CODES_LINE.test(text);
    if (this.layout === 'order' && !order) {
      throw new EditFileError(this.name, line, 'the name says ICD-10-CM order file, but the line does not start with a 5-digit order number and a space (columns 1–6).');
    }
    if (this.layout === 'codes' && !codes) {
      throw new EditFileError(this.name, line, 'the name says ICD-10-CM code-description file, but the line is not a code, spaces and a title.');
    }
    if (!this.layout) {
      if (order) this.layout = 'order';
      else if (codes) this.layout = 'codes';
      else throw new EditFileError(this.name, line, 'not an ICD-10-CM order file (5-digit order number, code, 0/1, titles) or code-description file (code, title).');
    }
  }

  private orderRow(text: string, line: number): IcdRow {
    const bad = (what: string) => new EditFileError(this.name, line, `${what} (order file layout: order number in columns 1–5, code in 7–13, 0/1 in 15, short title in 17–76, long title from 78).`);
    if (!/^\d{5}$/.test(text.slice(0, 5)) || text[5] !== ' ') throw bad('no 5-digit order number in columns 1–5');
    const code = text.slice(6, 13).trim();
    if (!CODE.test(code) || text[13] !== ' ') throw bad(`"${text.slice(6, 14).trim()}" in columns 7–13 is not an ICD-10-CM code`);
    const flag = text[14];
    if ((flag !== '0' && flag !== '1') || text[15] !== ' ') throw bad(`"${text.slice(14, 16).trim()}" in column 15 is not the header/billable flag 0 or 1`);
    const long = text.slice(77).trim();
    const short = text.slice(16, 76).trim();
    if (!long && !short) throw bad('no title');
    return { code, billable: flag === '1', title: long || short };
  }

  private codesRow(text: string, line: number): IcdRow {
    const m = CODES_LINE.exec(text);
    if (!m) throw new EditFileError(this.name, line, `"${text.slice(0, 20)}" is not a code followed by spaces and a title (code-description file layout).`);
    return { code: m[1]!, billable: true, title: m[2]!.trim() };
  }
}
