/**
 * Collects the codes of one ICD-10-CM import and derives what the files say only implicitly:
 * - headers the code-description file leaves out: every proper prefix of a billable code is a
 *   header (in ICD-10-CM only leaves are billable), title unknown;
 * - "7th character required": a header whose billable codes all have 7 characters (S72.001 →
 *   S72.001A/D/G…); a header with any shorter billable code does not require one.
 * About 98,000 codes fit in a Worker's memory; they are written once, at the end.
 */
import { placeDot } from './icd-code';
import type { Excludes1Note, IcdRecord } from './icd-types';
import type { IcdRow } from './icd-text-parser';

export class IcdBuilder {
  private readonly codes = new Map<string, IcdRecord>();
  private readonly excludes = new Map<string, Excludes1Note[]>();

  row(row: IcdRow): void {
    const code = placeDot(row.code);
    const had = this.codes.get(code);
    // The order file's titles and flags win over the code-description file's (same codes).
    if (had && had.t && !row.billable) return;
    this.codes.set(code, { t: row.title, b: row.billable ? 1 : 0 });
  }

  excludes1(code: string, notes: Excludes1Note[]): void {
    this.excludes.set(placeDot(code), notes);
  }

  get hasExcludes1(): boolean {
    return this.excludes.size > 0;
  }

  /** Final records, headers derived and flagged; call once. */
  records(): Map<string, IcdRecord> {
    const all7 = new Map<string, boolean>();
    for (const [code, rec] of this.codes) {
      if (!rec.b) continue;
      const bare = code.replace('.', '');
      for (let n = 3; n < bare.length; n++) {
        const prefix = placeDot(bare.slice(0, n));
        all7.set(prefix, (all7.get(prefix) ?? true) && bare.length === 7);
      }
    }
    for (const [prefix, seven] of all7) {
      let rec = this.codes.get(prefix);
      if (!rec) this.codes.set(prefix, (rec = { t: null, b: 0 }));
      if (!rec.b) rec.s7 = seven ? 1 : 0;
    }
    for (const [code, notes] of this.excludes) {
      const rec = this.codes.get(code);
      if (rec) rec.x1 = notes;
    }
    return this.codes;
  }
}
