/** Puts the modifiers written on the page first, so the tip the coder needs leads. */
import type { ModifierTip } from '../../data/schema';

export interface OrderedTips {
  tips: Array<ModifierTip & { inUse: boolean }>;
  /** Modifiers written next to the code that the dataset has no tip for. */
  unknown: string[];
}

export function orderModifierTips(tips: readonly ModifierTip[], written: readonly string[]): OrderedTips {
  const wanted = written.map((m) => m.toUpperCase());
  const inUse = tips.filter((t) => wanted.includes(t.modifier)).sort((a, b) => wanted.indexOf(a.modifier) - wanted.indexOf(b.modifier));
  const rest = tips.filter((t) => !wanted.includes(t.modifier));
  return {
    tips: [...inUse.map((t) => ({ ...t, inUse: true })), ...rest.map((t) => ({ ...t, inUse: false }))],
    unknown: wanted.filter((m, i) => wanted.indexOf(m) === i && !tips.some((t) => t.modifier === m)),
  };
}
