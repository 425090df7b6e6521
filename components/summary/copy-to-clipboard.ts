/**
 * Copies plain text. The async Clipboard API needs a secure page; on plain-http billing
 * systems we fall back to a selected textarea inside our own shadow root and `copy`.
 */
export async function copyToClipboard(text: string, within: HTMLElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('aria-hidden', 'true');
    area.style.cssText = 'position:fixed;opacity:0;left:0;top:0';
    within.append(area);
    area.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      area.remove();
    }
  }
}
