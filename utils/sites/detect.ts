/**
 * Is this page an article, and where is its text? The site's adapter (chosen by hostname) is
 * asked first; a known site whose adapter fails, and every other site, get the generic fallback.
 * Runs on untrusted markup: it never throws.
 */
import type { ArticleInfo } from './types';
import { siteForHost } from './registry';
import { ADAPTERS } from './adapters/index';
import { runAdapter } from './adapter';
import { detectGeneric } from './generic';

export function detectArticle(doc: Document, url: string): ArticleInfo | null {
  try {
    const site = siteForHost(new URL(url).hostname);
    const adapter = site ? ADAPTERS[site.id] : undefined;
    return (adapter && runAdapter(adapter, doc, url)) || detectGeneric(doc, url, site?.id ?? 'generic');
  } catch {
    return null;
  }
}
