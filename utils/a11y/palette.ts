/**
 * The colours the extension draws with on the news page and in its swatches, in one place, with
 * what each must reach (scripts/eval/contrast.ts measures them, against a white page and a dark
 * one, and prints the figures). The surfaces' own colours (text, borders, focus) are the custom
 * properties in their style sheets, measured by the same script.
 */
import type { EntityKind, HighlightColour } from '../model';

/** The page backgrounds the on-page colours are measured against: a white page and a dark site. */
export const PAGE_BACKDROPS = { light: '#ffffff', dark: '#121212' } as const;
/** Body text on those pages (what the highlights must keep readable). */
export const PAGE_TEXT = { light: '#222222', dark: '#e0e0e0' } as const;

/**
 * Each kind's underline style, so kinds differ without colour (and in forced-colours mode, where
 * the browser replaces every colour): officials solid, bodies dashed, documents dotted.
 */
export const KIND_LINE: Record<EntityKind, 'solid' | 'dashed' | 'dotted'> = {
  official: 'solid',
  body: 'dashed',
  resolution: 'dotted',
};

/** How strongly a kind's colour tints the text behind it (hex alpha: 0x40 = 25 %). */
export const KIND_TINT_ALPHA = '40';

/**
 * The six note colours as fills (the swatches, and the highlight on a light page, multiplied
 * into the text so dark text stays dark).
 */
export const NOTE_FILL: Record<HighlightColour, string> = {
  yellow: '#ffe066',
  green: '#a8e6a1',
  blue: '#a5d8ff',
  pink: '#fcc2d7',
  purple: '#d0bfff',
  orange: '#ffc078',
};

/**
 * A stronger shade of each, for the line under a note on a light page: a fill alone is too pale
 * to tell where a note starts and ends (1.2–1.5 : 1 on white); the line reaches 3 : 1.
 */
export const NOTE_EDGE: Record<HighlightColour, string> = {
  yellow: '#a88600',
  green: '#37a12b',
  blue: '#008efa',
  pink: '#f53d7f',
  purple: '#6933ff',
  orange: '#d67200',
};

/** A light page: the fill multiplied at this opacity (dark text stays dark). */
export const NOTE_LIGHT_OPACITY = 0.75;
/**
 * A dark page: the fill laid over at this opacity, no blending (light text must stay light: a
 * "screen" blend brought it to 2 : 1), with the fill itself as the line under it.
 */
export const NOTE_DARK_OPACITY = 0.3;
