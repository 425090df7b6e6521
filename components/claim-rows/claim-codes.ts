/**
 * Which code shapes outside the dataset are codes, decided by their place (issue 19): in a
 * table or grid column whose header names CPT/HCPCS/Proc/Code/Service, in a line form's code
 * field, or right after a "CPT", "HCPCS" or "Proc" label. Anywhere else a five-digit number is
 * far more often a ZIP, an ID or a count, so free text keeps to the tracked codes. Runs in the
 * lazily loaded claim reader, at check time, only for text the scan noted (code-shapes.ts).
 */
import { CODE_SHAPE } from '../detection/code-shapes';
import { matchesOf, type CodeMatch } from '../detection/find-codes';
import { matchesInNode } from '../detection/node-matches';
import { textBefore } from '../detection/text-context';
import { fieldKind } from './field-kind';
import { columnKindOf } from './table-row';

const SHAPE = new RegExp(CODE_SHAPE.source, 'g');
const findShapes = (text: string) => matchesOf(SHAPE, text);

/** "CPT 29881", "CPT®: J1100", "HCPCS/CPT code #0042T", "Proc: 20610", "Procedure code 11042". */
const LABEL_BEFORE = /\b(?:cpt|hcpcs|proc(?:edure)?)\.?®?(?:\s*\/\s*(?:cpt|hcpcs)®?)?(?:\s+codes?)?\s*(?:#|no\.)?\s*[:=]?\s*$/i;
const ANY_LABEL = /\b(?:cpt|hcpcs|proc)/i;
/** What may join the codes of one labelled list: "CPT 29881, 20610 and 12002". */
const LIST_JOIN = /^(?:\s*[,;/&]\s*|\s+and\s+|\s+)$/i;

const asClaim = (m: CodeMatch): CodeMatch => ({ ...m, claim: true });

/** Matches right after a code label, or in a list that starts there. */
function labelled(text: string, offset: number, matches: CodeMatch[]): CodeMatch[] {
  const out: CodeMatch[] = [];
  let listEnd = -1;
  for (const m of matches) {
    const at = m.start + offset;
    const inList = listEnd >= 0 && LIST_JOIN.test(text.slice(listEnd, at));
    if (inList || LABEL_BEFORE.test(text.slice(Math.max(0, at - 40), at))) {
      out.push(m);
      listEnd = m.end + offset;
    } else listEnd = -1;
  }
  return out;
}

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
const isField = (n: Node): n is Field => n instanceof HTMLInputElement || n instanceof HTMLTextAreaElement || n instanceof HTMLSelectElement;

/**
 * The codes outside `isDataset` that `owner` (a text node or a field) holds by its place,
 * flagged `claim`; [] when its place is not a claim's code (or its column is a ZIP, MRN…).
 */
export function claimCodes(owner: Node, isDataset: (code: string) => boolean): CodeMatch[] {
  const el = owner instanceof Element ? owner : owner.parentElement;
  if (!el?.isConnected) return [];
  const column = columnKindOf(el);
  if (column === 'excluded') return [];
  if (isField(owner)) {
    const found = findShapes(owner.value).filter((m) => !isDataset(m.code));
    const code = column === 'code' || fieldKind(owner) === 'code';
    return (code ? found : labelled(owner.value, 0, found)).map(asClaim);
  }
  if (!(owner instanceof Text)) return [];
  // Outside a code column only a label makes a code: look for one before reading any match.
  const before = column === 'code' ? '' : textBefore(owner);
  if (column !== 'code' && !ANY_LABEL.test(before + owner.data)) return [];
  const found = matchesInNode(owner, findShapes).filter((m) => !isDataset(m.code));
  if (column === 'code') return found.map(asClaim);
  return labelled(before + owner.data, before.length, found).map(asClaim);
}
