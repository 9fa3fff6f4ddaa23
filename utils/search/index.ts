export {
  createSearchIndex,
  parseTerms,
  type SearchField,
  type SearchIndex,
  type SearchQuery,
  type SearchResult,
} from './search';
export { computeFacets, type Facet, type Facets } from './facets';
