/**
 * Writes text to the clipboard from a click: the asynchronous Clipboard API where the page lets
 * this document use it, else the older copy command on a hidden field (an extension frame
 * inside a news page may be refused the first by the page's permissions policy). No clipboard
 * permission is asked for: both work from the reader's own click.
 */
export async function copyText(text: string, doc: Document = document): Promise<void> {
  try {
    await doc.defaultView?.navigator.clipboard.writeText(text);
    return;
  } catch {
    // Refused (policy, no focus): try the copy command below.
  }
  const field = doc.createElement('textarea');
  field.value = text;
  field.setAttribute('readonly', '');
  field.style.cssText = 'position:fixed;top:0;left:0;width:1px;height:1px;opacity:0;';
  const focused = doc.activeElement as HTMLElement | null;
  doc.body.append(field);
  field.select();
  const ok = doc.execCommand('copy');
  field.remove();
  focused?.focus?.();
  if (!ok) throw new Error('the browser refused to write to the clipboard');
}
