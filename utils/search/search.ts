/**
 * In-memory search over annotations: quotes, notes, tags, article titles and entity names, with
 * filters. All records' fields are joined into one big string per mode (accent-sensitive or
 * folded), built once; a query term is one `indexOf` sweep over that string, each hit mapped to
 * its record and field with a moving cursor. No per-record work for text beyond the hits.
 */
import type { Annotation, Article, HighlightColour } from '../model';
import { normalize } from '../text/normalize';

/** Case and tone placement never count; accents count unless the query is accent-blind. */
const searchKey = (s: string) => normalize(s, 'search');
const foldKey = (s: string) => normalize(s, 'accentBlind');

export type SearchField = 'quote' | 'note' | 'tag' | 'title' | 'entity';
const FIELDS: SearchField[] = ['quote', 'note', 'tag', 'title', 'entity'];
const NF = FIELDS.length;
// A private-use character: unchanged by case mapping and normalisation, stripped from user text.
const SEP = '\ue000';

export interface SearchQuery {
  /** Words must all appear (in any field); "double quotes" keep a phrase together. */
  text?: string;
  /** Ignore diacritics (and đ/d). Otherwise accents count; case and tone placement never do. */
  accentInsensitive?: boolean;
  site?: string;
  tag?: string;
  colour?: HighlightColour;
  /** An entity id, or an entity name (compared like text). */
  entity?: string;
  /** Bounds on the annotation's creation time: ISO date-times, or dates (whole UTC day, inclusive). */
  from?: string;
  to?: string;
}

export interface SearchResult {
  annotation: Annotation;
  article: Article | undefined;
  /** Fields in which the text terms were found (empty when there is no text). */
  matched: SearchField[];
}

interface Entry {
  annotation: Annotation;
  article: Article | undefined;
  site: string;
  created: number;
  tagKeys: string[];
  entityKeys: string[];
}

/** All fields of all entries, keyed, with the start offset of every field. */
interface Haystack {
  text: string;
  /** starts[f] = offset of field f (entry f / NF, field f % NF); one extra slot past the end. */
  starts: Int32Array;
}

function buildHaystack(raw: string[], key: (s: string) => string): Haystack {
  if (raw.length === 0) return { text: '', starts: new Int32Array(1) };
  const text = key(raw.map((f) => f.replaceAll(SEP, ' ')).join(SEP));
  const starts = new Int32Array(raw.length + 1);
  let f = 1;
  for (let i = text.indexOf(SEP); i >= 0; i = text.indexOf(SEP, i + 1)) starts[f++] = i + 1;
  if (f !== raw.length) throw new Error('search index: field separator lost in normalisation');
  starts[f] = text.length + 1;
  return { text, starts };
}

/** Per entry, a bit per field in which `term` occurs. */
function termMasks(h: Haystack, term: string, n: number): Uint8Array {
  const masks = new Uint8Array(n);
  let f = 0;
  for (let i = h.text.indexOf(term); i >= 0; ) {
    while (h.starts[f + 1] <= i) f++;
    masks[(f / NF) | 0] |= 1 << (f % NF);
    i = h.text.indexOf(term, h.starts[f + 1]); // one hit per field is enough
  }
  return masks;
}

/** Split a query into terms; quoted phrases stay whole. */
export function parseTerms(text: string, key: (s: string) => string): string[] {
  const terms: string[] = [];
  for (const m of text.replaceAll(SEP, ' ').matchAll(/"([^"]*)"|(\S+)/g)) {
    const t = key(m[1] ?? m[2]).trim();
    if (t) terms.push(t);
  }
  return terms;
}

function dayBound(iso: string, end: boolean): number {
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return Date.parse(`${iso}T00:00:00Z`) + (end ? 86_400_000 - 1 : 0);
  return Date.parse(iso);
}

export interface SearchIndex {
  search(q: SearchQuery): SearchResult[];
  warm(): void;
  size: number;
}

export function createSearchIndex(articles: Article[], annotations: Annotation[]): SearchIndex {
  const byKey = new Map(articles.map((a) => [a.key, a] as const));
  const tagKey = memo(searchKey);
  const entries: Entry[] = annotations.map((annotation) => {
    const article = byKey.get(annotation.articleKey);
    return {
      annotation,
      article,
      site: article?.site ?? hostOf(annotation.pageUrl),
      created: Date.parse(annotation.created),
      tagKeys: annotation.tags.map(tagKey),
      entityKeys: annotation.entityNames.map(tagKey),
    };
  });
  // Newest first, decided once: a query only filters.
  entries.sort((a, b) => b.created - a.created || (a.annotation.id < b.annotation.id ? -1 : 1));
  const raw = entries.flatMap(({ annotation: a, article }) => [
    a.quote,
    a.note,
    a.tags.join(' '),
    article?.title ?? '',
    a.entityNames.join(' '),
  ]);
  const haystacks: { sensitive?: Haystack; folded?: Haystack } = {};
  const haystack = (folded: boolean) =>
    folded
      ? (haystacks.folded ??= buildHaystack(raw, foldKey))
      : (haystacks.sensitive ??= buildHaystack(raw, searchKey));

  function search(q: SearchQuery): SearchResult[] {
    const folded = !!q.accentInsensitive;
    const terms = q.text ? parseTerms(q.text, folded ? foldKey : searchKey) : [];
    let masks: Uint8Array | undefined;
    if (terms.length) {
      const h = haystack(folded);
      // Longest (likely rarest) term first, so a query with no hits stops early.
      const [first, ...rest] = [...terms].sort((a, b) => b.length - a.length);
      masks = termMasks(h, first, entries.length);
      for (const t of rest) {
        if (!masks.some(Boolean)) return [];
        const m = termMasks(h, t, entries.length);
        for (let i = 0; i < m.length; i++) masks[i] = m[i] && masks[i] ? masks[i] | m[i] : 0;
      }
    }
    const tag = q.tag !== undefined ? searchKey(q.tag) : undefined;
    const entityName = q.entity !== undefined ? searchKey(q.entity) : undefined;
    const from = q.from ? dayBound(q.from, false) : -Infinity;
    const to = q.to ? dayBound(q.to, true) : Infinity;
    const out: SearchResult[] = [];
    for (let i = 0; i < entries.length; i++) {
      if (masks && !masks[i]) continue;
      const e = entries[i];
      const a = e.annotation;
      if (q.colour && a.colour !== q.colour) continue;
      if (q.site && e.site !== q.site) continue;
      if (e.created < from || e.created > to) continue;
      if (tag !== undefined && !e.tagKeys.includes(tag)) continue;
      if (q.entity !== undefined && !a.entityIds.includes(q.entity) && !e.entityKeys.includes(entityName!)) continue;
      const matched = masks ? FIELDS.filter((_, f) => masks[i] & (1 << f)) : [];
      out.push({ annotation: a, article: e.article, matched });
    }
    return out;
  }

  /** Build both haystacks now (e.g. when the popup is idle) instead of on the first query. */
  function warm(): void {
    haystack(false);
    haystack(true);
  }

  return { search, warm, size: entries.length };
}

function memo(fn: (s: string) => string): (s: string) => string {
  const cache = new Map<string, string>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined) cache.set(s, (v = fn(s)));
    return v;
  };
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
