/**
 * What the reader puts into a Markdown export (their "template"): one switch per part, kept in
 * the settings and shown with a live preview in the popup. One list, so the settings, the
 * renderer and the editor agree on the parts and their defaults.
 */
export const TEMPLATE_PARTS = [
  'frontMatter',
  'article',
  'quote',
  'note',
  'tags',
  'colour',
  'entities',
  'links',
] as const;
export type TemplatePart = (typeof TEMPLATE_PARTS)[number];

/** Which parts go in: YAML front matter, each article's outlet and date line, and per note its parts. */
export type MarkdownTemplate = Record<TemplatePart, boolean>;

/** Everything in: what the export wrote before the reader could choose, plus the colour's name. */
export const DEFAULT_TEMPLATE: MarkdownTemplate = {
  frontMatter: true,
  article: true,
  quote: true,
  note: true,
  tags: true,
  colour: true,
  entities: true,
  links: true,
};

/** Any stored value → a complete template; a missing or bad switch takes its default. */
export function templateFrom(stored: unknown): MarkdownTemplate {
  const out = { ...DEFAULT_TEMPLATE };
  if (typeof stored !== 'object' || stored === null) return out;
  for (const part of TEMPLATE_PARTS) {
    const v = (stored as Record<string, unknown>)[part];
    if (typeof v === 'boolean') out[part] = v;
  }
  return out;
}
