/**
 * A small button beside the focused field when its text holds a code. It lives in our shadow
 * root, never takes focus on click (mousedown is cancelled so the caret stays in the field),
 * and opens the card pinned. Styles: overlay/overlay.css.
 */
import type { CodeMatch } from '../detection/find-codes';

export class FieldIndicator {
  private button: HTMLButtonElement | null = null;
  private field: HTMLElement | null = null;
  private match: CodeMatch | null = null;

  constructor(
    private readonly layer: () => HTMLElement,
    private readonly onOpen: (field: HTMLElement, match: CodeMatch, anchor: () => DOMRect | null) => void,
  ) {}

  show(field: HTMLElement, matches: readonly CodeMatch[]): void {
    const match = matches.at(-1);
    if (!match) return this.hide();
    this.field = field;
    this.match = match;
    const button = this.ensure();
    const written = [match.code, ...match.modifiers].join('-');
    button.textContent = `CPT ${written}`;
    button.setAttribute('aria-label', `CPT ${written}: open the code card`);
    button.hidden = false;
    this.position();
  }

  hide(): void {
    this.field = null;
    this.match = null;
    if (this.button) this.button.hidden = true;
  }

  get element(): HTMLButtonElement | null {
    return this.button;
  }

  position(): void {
    const { button, field } = this;
    if (!button || !field || button.hidden) return;
    const r = field.getBoundingClientRect();
    const w = button.offsetWidth || 90;
    button.style.left = `${Math.max(0, r.right - w - 4)}px`;
    button.style.top = `${Math.max(0, r.top + Math.min(r.height, 28) / 2 - 9)}px`;
  }

  private ensure(): HTMLButtonElement {
    if (this.button?.isConnected) return this.button;
    const layer = this.layer();
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'field-ind';
    button.addEventListener('mousedown', (e) => e.preventDefault());
    button.addEventListener('click', () => {
      if (this.field && this.match) this.onOpen(this.field, this.match, () => button.getBoundingClientRect());
    });
    layer.append(button);
    this.button = button;
    return button;
  }
}
