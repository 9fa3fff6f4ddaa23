/**
 * The extension's icon: one SVG source (assets/icon.svg) rendered to PNG at every size the
 * manifests and the stores ask for. Run by the build (wxt.config.ts, hook build:publicAssets), so
 * the PNGs are never hand-exported and cannot drift from the source.
 */
import { Resvg } from '@resvg/resvg-js';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const ICON_SOURCE = 'assets/icon.svg';
/** Toolbar (16, 32 on high-density screens), extensions page (48, 96), store and install (128). */
export const ICON_SIZES = [16, 32, 48, 96, 128] as const;
export const iconPath = (size: number) => `icons/${size}.png`;

/** `{ "16": "icons/16.png", ... }` for the manifest's `icons` and the action's `default_icon`. */
export function manifestIcons(): Record<string, string> {
  return Object.fromEntries(ICON_SIZES.map((s) => [String(s), iconPath(s)]));
}

export function renderIcon(svg: string, size: number): Buffer {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } })
    .render()
    .asPng();
  return Buffer.from(png);
}

/** Renders every size into `outDir/icons/`; returns the files as [path relative to outDir, absolute path]. */
export async function writeIcons(root: string, outDir: string): Promise<[string, string][]> {
  const svg = await readFile(path.join(root, ICON_SOURCE), 'utf8');
  await mkdir(path.join(outDir, 'icons'), { recursive: true });
  return Promise.all(
    ICON_SIZES.map(async (size): Promise<[string, string]> => {
      const file = path.join(outDir, iconPath(size));
      await writeFile(file, renderIcon(svg, size));
      return [iconPath(size), file];
    }),
  );
}
