/** The popup's view of utils/search: annotations out, facets computed once per data change. */
import type { Annotation, Article } from '../../utils/model';
import { computeFacets, createSearchIndex, type Facets, type SearchQuery } from '../../utils/search/index';
import type { SearchResult } from '../../utils/search/search';

export type { SearchQuery, Facets, SearchResult };

export interface PopupIndex {
  /** Matching notes, newest first, each with the fields its words were found in. */
  search(q: SearchQuery): SearchResult[];
  /** Builds the lazy parts now (folded text), so the first keystroke does not pay for them. */
  warm(): void;
  facets(): Facets;
}

export const NO_FACETS: Facets = { sites: [], tags: [], colours: [], entities: [] };

export function buildIndex(articles: Article[], annotations: Annotation[]): PopupIndex {
  const index = createSearchIndex(articles, annotations);
  let facets: Facets | undefined;
  return {
    search: (q) => index.search(q),
    warm: () => index.warm(),
    facets: () => (facets ??= computeFacets(articles, annotations)),
  };
}
