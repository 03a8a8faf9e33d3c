/**
 * Puts text on the clipboard: the async Clipboard API where the page may use it (https or
 * 127.0.0.1), else the old selection copy, which works on plain http inside a township intranet.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (permissions): fall through to the selection copy.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.style.cssText = 'position:fixed;left:-9999px;top:0';
  document.body.append(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  return ok;
}

/** A short note near an element that fades away (已复制). */
export function toast(anchor: HTMLElement, message: string): void {
  const note = document.createElement('div');
  note.className = 'tools-toast';
  note.setAttribute('role', 'status');
  note.textContent = message;
  anchor.append(note);
  setTimeout(() => note.remove(), 1500);
}
