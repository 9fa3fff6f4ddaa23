/** The popup's view of utils/search: annotations out, facets computed once per data change. */
import type { Annotation, Article } from '../../utils/model';
import { computeFacets, createSearchIndex, type Facets, type SearchQuery } from '../../utils/search/index';

export type { SearchQuery, Facets };

export interface PopupIndex {
  search(q: SearchQuery): Annotation[];
  /** Builds the lazy parts now (folded text), so the first keystroke does not pay for them. */
  warm(): void;
  facets(): Facets;
}

export const NO_FACETS: Facets = { sites: [], tags: [], colours: [], entities: [] };

export function buildIndex(articles: Article[], annotations: Annotation[]): PopupIndex {
  const index = createSearchIndex(articles, annotations);
  let facets: Facets | undefined;
  return {
    search: (q) => index.search(q).map((r) => r.annotation),
    warm: () => index.warm(),
    facets: () => (facets ??= computeFacets(articles, annotations)),
  };
}
