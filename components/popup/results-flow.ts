/**
 * The popup's search results: what the index found for the filters, in the order the reader
 * chose, and why each matched (the fields its words were found in, and the filters it passed).
 * Part of the popup model (model.ts), kept apart for size.
 */
import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { Annotation, Article } from '../../utils/model';
import { sortResults, type ResultOrder } from '../../utils/search/sort';
import { snippetOf, type Snippet } from '../../utils/search/snippet';
import type { Filters } from './model';
import type { PopupIndex, SearchResult } from './search';

/** Why a result is listed: a field its words were found in, or a filter it passed. */
export type MatchReason = SearchResult['matched'][number] | 'colour' | 'site' | 'date';

export function createResultsFlow(deps: {
  filters: ReadonlySignal<Filters>;
  index: ReadonlySignal<PopupIndex | null>;
  articleByKey: ReadonlySignal<Map<string, Article>>;
}) {
  const { filters, index, articleByKey } = deps;
  const order = signal<ResultOrder>('newest');

  const filtering = computed(() => {
    const f = filters.value;
    return !!(f.text.trim() || f.site || f.tag || f.colour || f.entity || f.from || f.to);
  });

  /** What the index found, newest first; null when no filter is set (the article list shows instead). */
  const found = computed<SearchResult[] | null>(() => {
    if (!filtering.value) return null;
    const f = filters.value;
    const or = <T extends string>(v: T | '') => (v === '' ? undefined : v);
    return (
      index.value?.search({
        text: f.text,
        accentInsensitive: f.accentInsensitive,
        site: or(f.site),
        tag: or(f.tag),
        colour: or(f.colour),
        entity: or(f.entity),
        from: or(f.from),
        to: or(f.to),
      }) ?? null
    );
  });

  /** Matching annotations in the chosen order. */
  const results = computed<Annotation[] | null>(() => {
    const list = found.value;
    if (!list) return null;
    // The index's own article may be missing for a note made before its visit was recorded.
    const rows = list.map((r) => ({ ...r, article: r.article ?? articleByKey.value.get(r.annotation.articleKey) }));
    return sortResults(rows, order.value).map((r) => r.annotation);
  });

  /** For each result, why it is listed. */
  const reasons = computed(() => {
    const f = filters.value;
    const from = [
      ...(f.tag ? (['tag'] as const) : []),
      ...(f.entity ? (['entity'] as const) : []),
      ...(f.colour ? (['colour'] as const) : []),
      ...(f.site ? (['site'] as const) : []),
      ...(f.from || f.to ? (['date'] as const) : []),
    ];
    return new Map(
      (found.value ?? []).map((r) => [r.annotation.id, [...new Set<MatchReason>([...r.matched, ...from])]] as const),
    );
  });

  return { order, filtering, results, reasons };
}

/** A few words around the search words, from the note if they are there, else from the quote. */
export function snippetFor(a: Annotation, reasons: readonly MatchReason[], f: Filters): Snippet | null {
  if (!f.text.trim()) return null;
  const field = reasons.includes('note') ? a.note : reasons.includes('quote') ? a.quote : null;
  return field ? snippetOf(field, f.text, f.accentInsensitive) : null;
}
