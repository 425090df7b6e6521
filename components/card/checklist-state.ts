/** A card's checklist ticks as one value, passed from the app through the card to the list. */
export interface ChecklistState {
  checked: ReadonlySet<string>;
  /** The ticks kept for this tab have not arrived yet (screen readers hear it as busy). */
  loading?: boolean | undefined;
  onToggle(id: string, checked: boolean): void;
}

/** The ticks after one item is ticked or unticked. */
export function toggled(checked: ReadonlySet<string>, id: string, on: boolean): Set<string> {
  const next = new Set(checked);
  if (on) next.add(id);
  else next.delete(id);
  return next;
}
