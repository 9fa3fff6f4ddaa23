/**
 * The note colours' names. Each colour has a default meaning in each language ("Quan trọng" /
 * "Important" for yellow…) that the reader may rename in the options; the names go wherever a
 * colour is shown or exported (editor, popup, filters, Markdown and W3C exports, citations).
 * A name the reader did not set follows the interface language.
 */
import { HIGHLIGHT_COLOURS, type HighlightColour, type Lang } from '../model';
import { t } from '../i18n/index';
import { forDisplay } from '../text/normalize';

/** Longer names would not fit the editor's tooltip or a filter menu. */
export const MAX_COLOUR_NAME = 40;

/** Stored names, cleaned: NFC, spaces folded, capped; unknown colours and blank names dropped. */
export function cleanColourNames(stored: unknown): Partial<Record<HighlightColour, string>> {
  const out: Partial<Record<HighlightColour, string>> = {};
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return out;
  for (const c of HIGHLIGHT_COLOURS) {
    const v = (stored as Record<string, unknown>)[c];
    if (typeof v !== 'string') continue;
    const name = forDisplay(v).replace(/\s+/g, ' ').trim().slice(0, MAX_COLOUR_NAME);
    if (name) out[c] = name;
  }
  return out;
}

/** The default name (meaning) of a colour in a language. */
export function defaultColourName(c: HighlightColour, lang: Lang): string {
  return t(`colourName.${c}`, lang);
}

/** Every colour's name: the reader's, else the default for `lang`. */
export function colourNames(
  custom: Partial<Record<HighlightColour, string>>,
  lang: Lang,
): Record<HighlightColour, string> {
  return Object.fromEntries(HIGHLIGHT_COLOURS.map((c) => [c, custom[c] || defaultColourName(c, lang)])) as Record<
    HighlightColour,
    string
  >;
}

/** "Quan trọng (vàng)": the name with the colour itself, for screen readers and exports. */
export function colourLabel(c: HighlightColour, name: string, lang: Lang): string {
  const base = t(`colour.${c}`, lang);
  return name.toLocaleLowerCase(lang) === base.toLocaleLowerCase(lang)
    ? name
    : `${name} (${base.toLocaleLowerCase(lang)})`;
}
