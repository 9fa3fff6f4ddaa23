/**
 * W3C Web Annotation export (https://www.w3.org/TR/annotation-model/): one AnnotationCollection
 * with its first (and only) AnnotationPage holding every annotation, in JSON-LD. The colour goes
 * in as its name, a `classifying` body (the reader's meaning: "Important"), and as the target's
 * `styleClass`; a note on the whole article targets the page itself (an IRI, no selector).
 */
import type { Annotation, HighlightColour } from '../model';
import type { TextPositionSelector, TextQuoteSelector } from '../anchoring/types';
import { groupByArticle, positionOf, quoteOf, type ExportData } from './order';
import { isArticleNote } from '../notes/article-note';
import { colourNames as defaultNames } from '../notes/colours';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export interface W3CTextualBody {
  type: 'TextualBody';
  value: string;
  purpose: 'commenting' | 'tagging' | 'classifying';
  format?: 'text/plain';
  language?: string;
}

export interface W3CAnnotation {
  id: string;
  type: 'Annotation';
  created: string;
  modified: string;
  motivation: 'highlighting' | 'commenting';
  body?: W3CTextualBody[];
  /** The page itself for a note on the whole article; else the quoted text in it. */
  target:
    | string
    | {
        source: string;
        selector: (TextQuoteSelector | TextPositionSelector)[];
        /** The highlight's colour (`yellow`…), the class a stylesheet would draw it with. */
        styleClass: HighlightColour;
      };
}

export interface W3COptions {
  exportedAt: string;
  label?: string;
  /** The reader's colour names (default: the default names in `lang`). */
  colourNames?: Record<HighlightColour, string>;
  lang?: 'vi' | 'en';
}

export interface W3CCollection {
  '@context': typeof ANNO_CONTEXT;
  type: 'AnnotationCollection';
  label: string;
  generated: string;
  total: number;
  first: { type: 'AnnotationPage'; startIndex: 0; items: W3CAnnotation[] };
}

export function toW3CAnnotation(a: Annotation, names: Record<HighlightColour, string>, lang = 'vi'): W3CAnnotation {
  const body: W3CTextualBody[] = [];
  const hasNote = a.note.trim() !== '';
  if (hasNote) body.push({ type: 'TextualBody', value: a.note, format: 'text/plain', purpose: 'commenting' });
  for (const tag of a.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  body.push({ type: 'TextualBody', value: names[a.colour], purpose: 'classifying', language: lang });
  const head = {
    id: `urn:uuid:${a.id}`,
    type: 'Annotation' as const,
    created: a.created,
    modified: a.updated,
    motivation: hasNote || isArticleNote(a) ? ('commenting' as const) : ('highlighting' as const),
    body,
  };
  if (isArticleNote(a)) return { ...head, target: a.pageUrl };
  const selector: (TextQuoteSelector | TextPositionSelector)[] = [];
  const q = quoteOf(a);
  if (q) selector.push({ type: 'TextQuoteSelector', exact: q.exact, prefix: q.prefix, suffix: q.suffix });
  const p = positionOf(a);
  if (p) selector.push({ type: 'TextPositionSelector', start: p.start, end: p.end });
  return { ...head, target: { source: a.pageUrl, selector, styleClass: a.colour } };
}

/** Annotations in the same order as the Markdown export. */
export function toW3C(data: ExportData, opts: W3COptions): W3CCollection {
  const lang = opts.lang ?? 'vi';
  const names = opts.colourNames ?? defaultNames({}, lang);
  const items = groupByArticle(data).flatMap((g) => g.annotations.map((a) => toW3CAnnotation(a, names, lang)));
  return {
    '@context': ANNO_CONTEXT,
    type: 'AnnotationCollection',
    label: opts.label ?? 'VN News Annotator export',
    generated: opts.exportedAt,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

export function toW3CJson(data: ExportData, opts: W3COptions): string {
  return `${JSON.stringify(toW3C(data, opts), null, 2)}\n`;
}
