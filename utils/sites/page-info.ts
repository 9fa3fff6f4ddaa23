/**
 * Pages the detection does not call articles, read anyway when the reader asks: the whole page,
 * for notes on a page that is not an article (a list, a forum, a live page), and the page's main
 * block, for a page the reader said is an article ("Treat this page as an article").
 */
import { DocOrder } from './order';
import { densestBlock, paragraphUnits, widen } from './blocks';
import { findNoise } from './noise';
import { findTitle } from './heading';
import { articleKey } from './article-key';
import { clean, first, meta } from './page';
import type { ArticleInfo } from './types';

const title = (doc: Document) =>
  clean(meta(doc, ['og:title'])) || clean(doc.title) || clean(first(doc, ['h1'])?.textContent);

/** The whole page as one region, for the reader's notes only (no entity is looked for). */
export function wholePage(doc: Document, url: string, site = 'generic'): ArticleInfo | null {
  const body = doc.body;
  if (!body) return null;
  return {
    site,
    regions: [body],
    body,
    title: title(doc) || url,
    lead: '',
    canonicalUrl: articleKey(doc, url),
    via: 'page',
  };
}

/** The page's main block read as an article, whatever the evidence said. */
export function pageAsArticle(doc: Document, url: string, site = 'generic'): ArticleInfo | null {
  const root = doc.body;
  if (!root) return null;
  const units = paragraphUnits(root);
  const core = densestBlock(units);
  const order = new DocOrder(root);
  const body = first(doc, ['[itemprop="articleBody"]']) ?? (core ? widen(core, units, order) : root);
  const heading = findTitle(doc, body, order)?.el ?? null;
  const regions = heading && !body.contains(heading) ? [heading, body] : [body];
  return {
    site,
    regions,
    body,
    title: (heading && clean(heading.textContent)) || title(doc) || url,
    lead: '',
    canonicalUrl: articleKey(doc, url),
    skip: findNoise(body, core && body.contains(core) ? core : null, url),
    via: 'reader',
  };
}
