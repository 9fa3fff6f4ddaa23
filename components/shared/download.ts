/** Saves text as a file through an <a download> with a Blob URL (no downloads permission needed). */
export function downloadText(fileName: string, text: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Lets the browser paint (a progress line) before a long synchronous step. */
export const nextFrame = () => new Promise<void>((r) => setTimeout(r, 0));
