/**
 * Reads a covered-code group's paragraph (HTML from the MCD editor) into a rule the check can
 * apply. Articles say it in prose, e.g. "Group 1 codes must be billed with a secondary code from
 * Group 2", "Group 2: secondary codes — use with a primary code from Group 1", "Dual diagnosis
 * requirement: … in combination with Group 3". A paragraph that names no other group, or none
 * of these phrases, is taken as "alone": the check then never claims a requirement it cannot see.
 */
import type { GroupRule } from './coverage-types';

const ENTITY: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

/** HTML → readable text, capped (the paragraph is shown, not rendered). */
export function plainText(html: string, cap = 600): string {
  const t = html
    .replace(/<\s*(br|\/p|\/li|\/div)\s*\/?>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(nbsp|amp|lt|gt|quot|#39);/g, (_, e: string) => ENTITY[e]!)
    .replace(/\s+/g, ' ')
    .trim();
  return t.length > cap ? `${t.slice(0, cap - 1).trimEnd()}…` : t;
}

const NEEDS = /\b(must|should|are to|is to|to)\s+be\s+(billed|used|reported|coded|submitted|listed)\b|\bin combination with\b|\balong with\b|\bdual diagnosis\b|\brequires?\b|\bused with\b|\bbilled with\b|\bpaired with\b|\bsecondary\b/i;
const ALONE = /\bstand[- ]?alone\b|\bmay be (billed|reported|used) alone\b/i;

export function groupRule(group: number, paragraph: string): GroupRule {
  const text = plainText(paragraph, 5000);
  const others = [...text.matchAll(/\bgroups?\s+((?:\d+(?:\s*(?:,|and|or|&)\s*)?)+)/gi)]
    .flatMap((m) => m[1]!.split(/\s*(?:,|and|or|&)\s*/).map(Number))
    .filter((n) => Number.isInteger(n) && n > 0 && n !== group);
  if (others.length === 0 || !NEEDS.test(text) || (ALONE.test(text) && !/\bnot\b[^.]*\balone\b/i.test(text))) return { kind: 'alone' };
  const lower = text.toLowerCase();
  // "with a secondary code from group 2" → this group is primary and needs a secondary from 2;
  // "secondary codes … with a primary code from group 1" → this group needs a primary from 1.
  const role = /\bprimary (code|diagnos[ie]s)\b[^.]*\bgroup/.test(lower) ? 'primary' : /\bsecondary\b/.test(lower) ? 'secondary' : 'with';
  return { kind: 'needs', groups: [...new Set(others)].sort((a, b) => a - b), role };
}
