/**
 * What a site adapter (or the generic fallback) says about a page. Implemented in
 * utils/sites/adapters/*.ts and run by utils/sites/detect.ts, both in the content script and in
 * the `detect` command (linkedom in Node).
 */
export interface ArticleInfo {
  /** Site id from registry.ts, or 'generic'. */
  site: string;
  /** The elements whose text is highlighted, in reading order: title, lead, body. */
  regions: Element[];
  /** The article body element. */
  body: Element;
  title: string;
  lead: string;
  /** ISO 8601 date or date-time, when the page states one. */
  published?: string;
  author?: string;
  /** The article's key: canonical URL without tracking parameters or fragment. */
  canonicalUrl: string;
  /**
   * CSS selectors for noise inside the regions (related-article boxes, ads, tag lists, comments,
   * share bars): the text index skips matching descendants. Photo captions are not noise.
   */
  exclude?: string[];
  /**
   * Noise elements found by structure rather than by selector (a box opening with "Tin liên
   * quan", a block of links, an advertisement): skipped like `exclude`.
   */
  skip?: Element[];
  /**
   * Which path found the article: a site adapter, the generic fallback, the reader ("Treat this
   * page as an article"), or none: the whole page, read for the reader's notes only.
   */
  via?: 'adapter' | 'generic' | 'reader' | 'page';
}
