/**
 * Streams the CDC's tabular XML (icd10cm_tabular_2027.xml) for the one thing CPT Lens takes from
 * it: each <diag>'s <excludes1> notes ("Excludes1: … (M16.-)"). A small tag scanner, not a DOM:
 * the file is tens of megabytes and a Worker has no DOMParser. Diags nest (A00 holds A00.0), so a
 * stack tracks whose note is being read. Chapter- and section-level notes are not kept.
 */
import { EditFileError } from '../cms/edit-types';
import type { Excludes1Note } from './icd-types';

// Declarations and comments first (skipped), then end tag, start tag, self-closing tag.
const TAG = /<(?:[?!][^>]*|(\/?)([A-Za-z0-9_.]+)[^>]*?(\/?))>/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const REF = /([A-Z]\d[0-9A-Z](?:\.[0-9A-Z]{1,4})?)(?:\.?-(?:\s*([A-Z]\d[0-9A-Z](?:\.[0-9A-Z]{1,4})?))?)?/g;

const unescape = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e]!).replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)));

/** Codes and ranges a note names inside its parentheses: "(Q00-Q99)" → ["Q00-Q99"], "(M16.-)" → ["M16"]. */
export function excludesRefs(text: string): string[] {
  const refs: string[] = [];
  for (const group of text.match(/\(([^)]*)\)/g) ?? []) {
    for (const m of group.matchAll(REF)) refs.push(m[2] ? `${m[1]}-${m[2]}` : m[1]!);
  }
  return refs;
}

interface OpenDiag {
  code: string | null;
  notes: Excludes1Note[];
}

export class TabularXmlParser {
  /** Codes that carry Excludes1 notes. */
  diags = 0;
  private readonly decoder = new TextDecoder('utf-8');
  private buf = '';
  private line = 1;
  private readonly stack: string[] = [];
  private readonly diagStack: OpenDiag[] = [];
  private text = '';
  private sawRoot = false;

  constructor(
    readonly name: string,
    private readonly sink: (code: string, notes: Excludes1Note[]) => void,
  ) {}

  bytes(chunk: Uint8Array): void {
    this.feed(this.decoder.decode(chunk, { stream: true }));
  }

  end(): void {
    this.feed(this.decoder.decode());
    if (!this.sawRoot) throw new EditFileError(this.name, null, 'not the ICD-10-CM tabular XML: no <ICD10CM.tabular> root element.');
    if (this.stack.length > 0) throw new EditFileError(this.name, this.line, `ends inside <${this.stack[this.stack.length - 1]}>: the file is cut short.`);
  }

  private feed(text: string): void {
    this.buf += text;
    let last = 0;
    TAG.lastIndex = 0;
    for (let m = TAG.exec(this.buf); m; m = TAG.exec(this.buf)) {
      this.characters(this.buf.slice(last, m.index));
      this.countLines(m[0]);
      last = TAG.lastIndex;
      if (!m[2]) continue;
      if (m[1]) this.close(m[2]!);
      else {
        this.open(m[2]!);
        if (m[3]) this.close(m[2]!);
      }
    }
    // Keep an unfinished tag (or text) for the next chunk.
    const rest = this.buf.slice(last);
    const lt = rest.lastIndexOf('<');
    if (lt >= 0) {
      this.characters(rest.slice(0, lt));
      this.buf = rest.slice(lt);
    } else {
      this.characters(rest);
      this.buf = '';
    }
    if (!this.sawRoot && this.buf.length > 4096) throw new EditFileError(this.name, this.line, 'not XML the way the CDC writes its tabular file.');
  }

  private countLines(s: string): void {
    for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) this.line++;
  }

  private characters(s: string): void {
    if (!s) return;
    this.countLines(s);
    if (this.stack.length === 0 && s.trim() && !this.sawRoot) throw new EditFileError(this.name, this.line, 'not XML: text before the first element.');
    this.text += s;
  }

  private open(tag: string): void {
    if (this.stack.length === 0) {
      if (tag !== 'ICD10CM.tabular') throw new EditFileError(this.name, this.line, `the root element is <${tag}>, not <ICD10CM.tabular>: not the ICD-10-CM tabular XML.`);
      this.sawRoot = true;
    }
    this.stack.push(tag);
    this.text = '';
    if (tag === 'diag') this.diagStack.push({ code: null, notes: [] });
  }

  private close(tag: string): void {
    const top = this.stack.pop();
    if (top !== tag) throw new EditFileError(this.name, this.line, `</${tag}> closes <${top ?? 'nothing'}>: the XML is damaged.`);
    const parent = this.stack[this.stack.length - 1];
    const diag = this.diagStack[this.diagStack.length - 1];
    if (tag === 'name' && parent === 'diag' && diag) diag.code = unescape(this.text).trim();
    else if (tag === 'note' && parent === 'excludes1' && this.stack[this.stack.length - 2] === 'diag' && diag) {
      const text = unescape(this.text).replace(/\s+/g, ' ').trim();
      diag.notes.push({ text, refs: excludesRefs(text) });
    } else if (tag === 'diag') {
      const done = this.diagStack.pop()!;
      if (done.code && done.notes.length > 0) {
        this.diags++;
        this.sink(done.code, done.notes);
      }
    }
    this.text = '';
  }
}
