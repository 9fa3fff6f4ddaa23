/**
 * W3C Web Annotation export (https://www.w3.org/TR/annotation-model/): one AnnotationCollection
 * with its first (and only) AnnotationPage holding every annotation, in JSON-LD.
 */
import type { Annotation } from '../model';
import type { TextPositionSelector, TextQuoteSelector } from '../anchoring/types';
import { groupByArticle, positionOf, quoteOf, type ExportData } from './order';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export interface W3CTextualBody {
  type: 'TextualBody';
  value: string;
  purpose: 'commenting' | 'tagging';
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
  target: {
    source: string;
    selector: (TextQuoteSelector | TextPositionSelector)[];
  };
}

export interface W3CCollection {
  '@context': typeof ANNO_CONTEXT;
  type: 'AnnotationCollection';
  label: string;
  generated: string;
  total: number;
  first: { type: 'AnnotationPage'; startIndex: 0; items: W3CAnnotation[] };
}

export function toW3CAnnotation(a: Annotation): W3CAnnotation {
  const body: W3CTextualBody[] = [];
  const hasNote = a.note.trim() !== '';
  if (hasNote) body.push({ type: 'TextualBody', value: a.note, format: 'text/plain', purpose: 'commenting' });
  for (const tag of a.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  const selector: W3CAnnotation['target']['selector'] = [];
  const q = quoteOf(a);
  if (q) selector.push({ type: 'TextQuoteSelector', exact: q.exact, prefix: q.prefix, suffix: q.suffix });
  const p = positionOf(a);
  if (p) selector.push({ type: 'TextPositionSelector', start: p.start, end: p.end });
  return {
    id: `urn:uuid:${a.id}`,
    type: 'Annotation',
    created: a.created,
    modified: a.updated,
    motivation: hasNote ? 'commenting' : 'highlighting',
    ...(body.length ? { body } : {}),
    target: { source: a.pageUrl, selector },
  };
}

/** Annotations in the same order as the Markdown export. */
export function toW3C(data: ExportData, opts: { exportedAt: string; label?: string }): W3CCollection {
  const items = groupByArticle(data).flatMap((g) => g.annotations.map(toW3CAnnotation));
  return {
    '@context': ANNO_CONTEXT,
    type: 'AnnotationCollection',
    label: opts.label ?? 'VN News Annotator export',
    generated: opts.exportedAt,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

export function toW3CJson(data: ExportData, opts: { exportedAt: string; label?: string }): string {
  return `${JSON.stringify(toW3C(data, opts), null, 2)}\n`;
}
