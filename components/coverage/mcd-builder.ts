/**
 * Joins the MCD tables of one import into per-article records and a code → articles index.
 * Tables arrive in any order (zip order), so rows are collected first and joined at the end on
 * (article_id, article_version), keeping each article's highest version. Every row is checked
 * as it arrives; a bad one stops the import with its file and line.
 */
import { EditFileError } from '../cms/edit-types';
import { placeDot } from '../icd10/icd-code';
import { groupRule, plainText } from './group-rules';
import type { McdRow } from './mcd-csv-parser';
import type { McdTable } from './mcd-tables';
import type { ArticleRecord, ContractorInfo } from './coverage-types';

const HCPCS = /^[A-Z0-9]{5}$/;
const ICD = /^[A-Z][0-9][0-9A-Z](\.?[0-9A-Z]{1,4})?$/;

/** "2026-04-01 00:00:00" or "04/01/2026" → "2026-04-01"; "" → null; anything else → undefined. */
export function mcdDate(s: string | undefined): string | null | undefined {
  const v = (s ?? '').trim();
  if (!v) return null;
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(v);
  if (m) return `${m[3]}-${m[1]!.padStart(2, '0')}-${m[2]!.padStart(2, '0')}`;
  return undefined;
}

interface Where {
  file: string;
  line: number;
}

export class McdBuilder {
  private readonly articles = new Map<string, { id: string; v: number; t: string; display: string; eff: string | null; end: string | null }>();
  private readonly codes = new Map<string, Set<string>>();
  private readonly covered = new Map<string, Map<number, string[]>>();
  private readonly paragraphs = new Map<string, Map<number, string>>();
  private readonly noncovered = new Map<string, string[]>();
  private readonly asterisked = new Map<string, string[]>();
  private readonly artContractors = new Map<string, string[]>();
  private readonly contractors = new Map<string, { id: string; type: string; name: string; number: string }>();
  private readonly juris = new Map<string, Set<string>>();
  private readonly types = new Map<string, string>();
  private readonly states = new Map<string, string>();
  readonly counts = { codeRows: 0, coveredRows: 0, noncoveredRows: 0 };
  asOf: string | null = null;

  row(table: McdTable, r: McdRow, at: Where): void {
    const fail = (what: string) => new EditFileError(at.file, at.line, `${what}.`);
    const num = (col: string) => {
      const v = r[col] ?? '';
      if (!/^\d+$/.test(v)) throw fail(`${col} "${v}" is not a number`);
      return Number(v);
    };
    const akey = () => `${num('article_id')}|${num('article_version')}`;
    const ckey = () => `${r.contractor_id}|${r.contractor_type_id}|${r.contractor_version}`;
    const icd = () => {
      const code = (r.icd10_code_id ?? '').toUpperCase();
      if (!ICD.test(code)) throw fail(`icd10_code_id "${r.icd10_code_id}" is not an ICD-10-CM code`);
      return placeDot(code);
    };
    switch (table) {
      case 'article': {
        const eff = mcdDate(r.article_eff_date);
        const end = mcdDate(r.article_end_date);
        if (eff === undefined || end === undefined) throw fail(`article_eff_date "${r.article_eff_date}" / article_end_date "${r.article_end_date}" is not a date (YYYY-MM-DD)`);
        if (!r.title) throw fail('the article has no title');
        const id = String(num('article_id'));
        this.articles.set(akey(), { id, v: num('article_version'), t: r.title, display: r.display_id || `A${id}`, eff, end });
        return;
      }
      case 'article_x_hcpc_code': {
        const code = (r.hcpc_code_id ?? '').toUpperCase();
        if (!HCPCS.test(code)) throw fail(`hcpc_code_id "${r.hcpc_code_id}" is not a 5-character HCPCS/CPT code`);
        add(this.codes, akey(), code);
        this.counts.codeRows++;
        return;
      }
      case 'article_x_icd10_covered': {
        const k = akey();
        const code = icd();
        const g = num('icd10_covered_group');
        let groups = this.covered.get(k);
        if (!groups) this.covered.set(k, (groups = new Map()));
        push(groups, g, code);
        if (r.asterisk?.toUpperCase() === 'Y') push(this.asterisked, k, code);
        this.counts.coveredRows++;
        return;
      }
      case 'article_x_icd10_covered_group': {
        const k = akey();
        let paras = this.paragraphs.get(k);
        if (!paras) this.paragraphs.set(k, (paras = new Map()));
        paras.set(num('icd10_covered_group'), r.paragraph ?? '');
        return;
      }
      case 'article_x_icd10_noncovered':
        num('icd10_noncovered_group');
        push(this.noncovered, akey(), icd());
        this.counts.noncoveredRows++;
        return;
      case 'article_x_contractor':
        push(this.artContractors, akey(), ckey());
        return;
      case 'contractor':
        if (!r.contractor_bus_name) throw fail('the contractor has no contractor_bus_name');
        this.contractors.set(ckey(), { id: r.contractor_id!, type: r.contractor_type_id!, name: r.contractor_bus_name, number: r.contractor_number ?? '' });
        return;
      case 'contractor_jurisdiction':
        // A jurisdiction with a term date has ended: the contractor no longer serves that state.
        if (r.term_date && mcdDate(r.term_date)) return;
        add(this.juris, ckey(), r.state_id ?? '');
        return;
      case 'contractor_type_lookup':
        this.types.set(r.contractor_type_id!, r.description ?? '');
        return;
      case 'state_lookup':
        this.states.set(r.state_id!, r.state_abbrev || r.description || r.state_id!);
        return;
      case 'update_period': {
        const end = mcdDate(r.end_date || r.dis_end_date || r.begin_date);
        if (end && (!this.asOf || end > this.asOf)) this.asOf = end;
        return;
      }
      case 'article_x_icd10_noncovered_group':
        return;
    }
  }

  get articleCount(): number {
    return this.articles.size;
  }

  contractorList(): ContractorInfo[] {
    return [...this.contractors]
      .map(([key, c]) => ({
        key,
        id: c.id,
        number: c.number,
        name: c.name,
        type: this.types.get(c.type) ?? `type ${c.type}`,
        states: [...(this.juris.get(key) ?? [])].map((s) => this.states.get(s) ?? s).sort(),
      }))
      .sort((a, b) => a.name.localeCompare(b.name) || a.number.localeCompare(b.number));
  }

  /** Article records (highest version of each, only those that list codes) and the code index. */
  build(): { articles: ArticleRecord[]; index: Map<string, string[]> } {
    const latest = new Map<string, number>();
    for (const a of this.articles.values()) latest.set(a.id, Math.max(latest.get(a.id) ?? 0, a.v));
    const articles: ArticleRecord[] = [];
    const index = new Map<string, string[]>();
    for (const [k, a] of this.articles) {
      if (latest.get(a.id) !== a.v) continue;
      const codes = this.codes.get(k);
      if (!codes || codes.size === 0) continue;
      const paras = this.paragraphs.get(k) ?? new Map<number, string>();
      const cov = [...(this.covered.get(k) ?? new Map<number, string[]>())]
        .sort(([x], [y]) => x - y)
        .map(([g, c]) => {
          const html = paras.get(g) ?? '';
          return { g, c: [...new Set(c)].join(' '), p: plainText(html), r: groupRule(g, html) };
        });
      articles.push({ id: a.id, display: a.display, v: a.v, t: a.t, eff: a.eff, end: a.end, k: this.artContractors.get(k) ?? [], cov, non: [...new Set(this.noncovered.get(k) ?? [])].join(' '), ast: (this.asterisked.get(k) ?? []).join(' ') });
      for (const code of codes) push(index, code, a.id);
    }
    return { articles, index };
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function add<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}
