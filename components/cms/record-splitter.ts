/**
 * Push-based splitter from bytes to delimited records (cells + the line each record starts
 * on). Streaming: it holds only the unfinished line. Quotes are honoured only at the start of
 * a cell, as CMS writes them: the MUE CSV opens with a quoted copyright cell that spans several
 * lines, and its header has a line break inside "HCPCS/\nCPT Code". Lines without a quote take
 * a plain split, which keeps 1.7 million PTP rows fast.
 */
export interface FileRecord {
  cells: string[];
  line: number;
}

const QUOTE = 34;

export class RecordSplitter {
  // CMS publishes these files in a Windows code page; codes and numbers are ASCII either way.
  private readonly decoder = new TextDecoder('windows-1252');
  private rest = '';
  private lineNo = 0;
  /** A record whose quoted cell continues on the next line. */
  private open: { cells: string[]; cell: string; line: number } | null = null;

  constructor(
    private readonly delimiter: '\t' | ',',
    private readonly emit: (record: FileRecord) => void,
  ) {}

  feedBytes(bytes: Uint8Array): void {
    this.feedText(this.decoder.decode(bytes, { stream: true }));
  }

  feedText(text: string): void {
    const chunk = this.rest + text;
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf('\n', start);
      if (nl < 0) break;
      this.line(chunk.slice(start, nl > start && chunk.charCodeAt(nl - 1) === 13 ? nl - 1 : nl));
      start = nl + 1;
    }
    this.rest = chunk.slice(start);
  }

  end(): void {
    const tail = this.rest + this.decoder.decode();
    this.rest = '';
    if (tail) this.line(tail.endsWith('\r') ? tail.slice(0, -1) : tail);
    if (this.open) {
      const { cells, cell, line } = this.open;
      this.open = null;
      this.emit({ cells: [...cells, cell], line });
    }
  }

  /** True while a quoted cell is still open: the file ended inside quotes if so at end(). */
  get inQuotes(): boolean {
    return this.open !== null;
  }

  private line(text: string): void {
    this.lineNo++;
    if (!this.open && !text.includes('"')) {
      this.emit({ cells: text.split(this.delimiter), line: this.lineNo });
      return;
    }
    this.tokenize(text);
  }

  private tokenize(text: string): void {
    const d = this.delimiter;
    let cells: string[];
    let cell: string;
    let quoted: boolean;
    let line: number;
    if (this.open) {
      ({ cells, cell, line } = this.open);
      cell += '\n';
      quoted = true;
      this.open = null;
    } else {
      cells = [];
      cell = '';
      quoted = false;
      line = this.lineNo;
    }
    let cellStart = !quoted;
    // Whole runs are sliced out between quotes and delimiters (indexOf), not appended a character
    // at a time: the MCD and MUE files quote nearly every cell, and per-character appends made
    // most of their import's garbage and time.
    const n = text.length;
    let i = 0;
    while (i < n) {
      if (quoted) {
        const q = text.indexOf('"', i);
        if (q < 0) {
          cell += text.slice(i);
          break;
        }
        cell += text.slice(i, q);
        if (text.charCodeAt(q + 1) === QUOTE) {
          cell += '"';
          i = q + 2;
        } else {
          quoted = false;
          i = q + 1;
        }
      } else if (cellStart && text.charCodeAt(i) === QUOTE) {
        quoted = true;
        cellStart = false;
        i++;
      } else {
        const next = text.indexOf(d, i);
        cell += text.slice(i, next < 0 ? n : next);
        if (next < 0) break;
        cells.push(cell);
        cell = '';
        cellStart = true;
        i = next + 1;
      }
    }
    if (quoted) {
      this.open = { cells, cell, line };
      return;
    }
    cells.push(cell);
    this.emit({ cells, line });
  }
}
