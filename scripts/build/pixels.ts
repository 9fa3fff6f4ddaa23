/**
 * Pixel statistics of screenshots, computed by the browser that took them (it decodes PNG
 * natively; Node would need a decoder package for this alone). Used to fail on a blank picture
 * and to see whether a gesture changed what is on screen.
 */
import type { Page } from 'playwright-core';

export interface PixelStats {
  width: number;
  height: number;
  /** Share of pixels in the most common colour (4 bits a channel). */
  dominantShare: number;
  /** How many colours (4 bits a channel) cover at least 0.05 % of the picture each. */
  colours: number;
  /** Share of pixels that differ from `base` by more than a hint of anti-aliasing; 0 without base. */
  changedShare: number;
}

/** A blank or nearly uniform picture: a page that did not render, a UI that stayed empty. */
export const isBlank = (s: PixelStats) => s.dominantShare > 0.97 || s.colours < 6;

/**
 * Runs in the browser. Kept as source text: the TypeScript runner renames inner functions with a
 * helper that does not exist in the page.
 */
const IN_BROWSER = `async (a, b) => {
  async function decode(b64) {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const g = canvas.getContext('2d');
    g.drawImage(bitmap, 0, 0);
    return g.getImageData(0, 0, bitmap.width, bitmap.height);
  }
  const img = await decode(a);
  const ref = b ? await decode(b) : null;
  const same = ref && ref.width === img.width && ref.height === img.height;
  const px = img.data;
  const total = img.width * img.height;
  const bins = new Uint32Array(4096);
  let changed = 0;
  for (let i = 0; i < px.length; i += 4) {
    bins[((px[i] >> 4) << 8) | ((px[i + 1] >> 4) << 4) | (px[i + 2] >> 4)]++;
    if (same && (Math.abs(px[i] - ref.data[i]) > 24 || Math.abs(px[i + 1] - ref.data[i + 1]) > 24 ||
        Math.abs(px[i + 2] - ref.data[i + 2]) > 24)) changed++;
  }
  let max = 0;
  let colours = 0;
  for (const n of bins) {
    if (n > max) max = n;
    if (n >= total * 0.0005) colours++;
  }
  return { width: img.width, height: img.height, dominantShare: max / total, colours, changedShare: same ? changed / total : 0 };
}`;

/** `lab`: any page of the same browser (about:blank will do); it only decodes. */
export async function pixelStats(lab: Page, png: Buffer, base?: Buffer): Promise<PixelStats> {
  return lab.evaluate(
    `(${IN_BROWSER})(${JSON.stringify(png.toString('base64'))}, ${JSON.stringify(base?.toString('base64') ?? null)})`,
  ) as Promise<PixelStats>;
}
