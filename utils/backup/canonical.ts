/**
 * Canonical form of records: fixed key order, optional fields only when set, records sorted. Two
 * exports of the same data are byte-identical, so export → import → export can be checked.
 */
import type { Annotation, Article, EntityMerge, ReaderFact } from '../model';
import type { Selector } from '../anchoring/types';

function pick<T extends object>(obj: T, keys: readonly (keyof T)[]): T {
  const out: Partial<T> = {};
  for (const k of keys) if (obj[k] !== undefined) out[k] = obj[k];
  return out as T;
}

const ARTICLE_KEYS = [
  'key',
  'url',
  'title',
  'site',
  'published',
  'author',
  'firstVisit',
  'lastVisit',
  'entities',
] as const;
const ANNOTATION_KEYS = [
  'id',
  'articleKey',
  'pageUrl',
  'selectors',
  'quote',
  'colour',
  'note',
  'tags',
  'entityIds',
  'entityNames',
  'created',
  'updated',
  'orphan',
] as const;

function canonicalSelector(s: Selector): Selector {
  return s.type === 'TextQuoteSelector'
    ? { type: s.type, exact: s.exact, prefix: s.prefix, suffix: s.suffix }
    : { type: s.type, start: s.start, end: s.end };
}

export function canonicalArticle(a: Article): Article {
  const out = pick(a, ARTICLE_KEYS);
  if (out.entities) out.entities = out.entities.map((e) => ({ id: e.id, kind: e.kind, name: e.name, count: e.count }));
  return out;
}

export function canonicalAnnotation(a: Annotation): Annotation {
  const out = pick(a, ANNOTATION_KEYS);
  out.selectors = a.selectors.map(canonicalSelector);
  out.tags = [...a.tags];
  out.entityIds = [...a.entityIds];
  out.entityNames = [...a.entityNames];
  return out;
}

const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

export function sortArticles(list: Article[]): Article[] {
  return [...list].sort((a, b) => cmp(a.key, b.key));
}

/** By article, then creation time, then id: stable whatever order the database returns. */
export function sortAnnotations(list: Annotation[]): Annotation[] {
  return [...list].sort((a, b) => cmp(a.articleKey, b.articleKey) || cmp(a.created, b.created) || cmp(a.id, b.id));
}

export function canonicalMerge(m: EntityMerge): EntityMerge {
  return { from: m.from, into: m.into, created: m.created };
}

export function sortMerges(list: readonly EntityMerge[]): EntityMerge[] {
  return [...list].sort((a, b) => cmp(a.from, b.from) || cmp(a.created, b.created));
}

const READER_FACT_KEYS = [
  'id',
  'entityId',
  'entityName',
  'type',
  'title',
  'org',
  'from',
  'to',
  'target',
  'source',
  'note',
  'created',
  'updated',
] as const;

export function canonicalReaderFact(f: ReaderFact): ReaderFact {
  const out = pick(f, READER_FACT_KEYS);
  if (f.target) out.target = pick(f.target, ['title', 'from']);
  return out;
}

/** By entity, then creation time, then id. */
export function sortReaderFacts(list: readonly ReaderFact[]): ReaderFact[] {
  return [...list].sort((a, b) => cmp(a.entityId, b.entityId) || cmp(a.created, b.created) || cmp(a.id, b.id));
}
