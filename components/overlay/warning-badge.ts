/**
 * A small count of the tab's claim warnings (the words of the toolbar badge and the summary;
 * notes are not counted) in the corner of the top frame, inside our shadow root: a status for screen readers, a button that opens the claim summary panel (lazy,
 * in the card bundle), and a dismiss control. Plain DOM with
 * textContent, so the content script does not need Preact. Styles: overlay/overlay.css.
 */
import type { PageWarning } from '../claim/finding';

export class WarningBadge {
  private box: HTMLDivElement | null = null;
  private status!: HTMLSpanElement;
  private button!: HTMLButtonElement;
  private dismissedKey = '';

  constructor(
    private readonly layer: () => HTMLElement,
    /** Opens the summary; gets the button so focus can return to it. */
    private readonly open: (from: HTMLElement) => void = () => {},
  ) {}

  /** `codes`: lines on the tab; with none flagged the status still opens the summary for the checklist review. */
  update(warnings: readonly PageWarning[], codes = 0): void {
    const n = warnings.length;
    const key = n ? warnings.map((w) => w.message).join('\n') : `${codes}`;
    if (!codes || key === this.dismissedKey) {
      if (this.box) this.box.hidden = true;
      return;
    }
    // Unchanged warnings: leave the DOM alone, so the status is not re-announced.
    if (this.box?.isConnected && !this.box.hidden && this.box.dataset.key === key) return;
    this.dismissedKey = '';
    const box = this.ensure();
    this.status.textContent = `CPT Lens: ${n} claim ${n === 1 ? 'warning' : 'warnings'} on this tab`;
    this.button.textContent = n ? `⚠ ${n}` : `✓ ${codes}`;
    // The name holds the visible count (WCAG 2.5.3, label in name).
    this.button.setAttribute('aria-label', n ? `Show CPT Lens claim warnings: ${n}` : `Open CPT Lens claim summary: ${codes} codes`);
    box.hidden = false;
    box.dataset.key = key;
  }

  private ensure(): HTMLDivElement {
    if (this.box?.isConnected) return this.box;
    const layer = this.layer();
    const box = document.createElement('div');
    box.className = 'badge-box';
    const status = document.createElement('span');
    status.setAttribute('role', 'status');
    status.className = 'sr-only';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'badge-btn';
    button.setAttribute('aria-haspopup', 'dialog');
    button.addEventListener('click', () => this.open(button));
    const dismiss = document.createElement('button');
    dismiss.type = 'button';
    dismiss.className = 'badge-x';
    dismiss.textContent = '×';
    dismiss.setAttribute('aria-label', 'Dismiss CPT Lens claim warnings');
    dismiss.addEventListener('click', () => {
      this.dismissedKey = box.dataset.key ?? '';
      box.hidden = true;
    });
    const row = document.createElement('div');
    row.className = 'badge-row';
    row.append(button, dismiss);
    box.append(status, row);
    layer.append(box);
    this.box = box;
    this.status = status;
    this.button = button;
    return box;
  }
}
