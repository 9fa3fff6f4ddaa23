/**
 * The article key of a page as the page declares it (link[rel=canonical], og:url), checked by
 * pickArticleKey (utils/url/canonical.ts) so a page can only name a key of its own origin.
 */
import { pickArticleKey } from '../url/canonical';

/** The article key for a page (see pickArticleKey). */
export function articleKey(doc: Document, pageUrl: string): string {
  const declared: (string | null)[] = [];
  try {
    for (const l of Array.from(doc.querySelectorAll('link[rel]'))) {
      if (l.getAttribute('rel')!.toLowerCase().split(/\s+/).includes('canonical'))
        declared.push(l.getAttribute('href'));
    }
    for (const m of Array.from(doc.querySelectorAll('meta'))) {
      if ((m.getAttribute('property') ?? m.getAttribute('name'))?.toLowerCase() === 'og:url')
        declared.push(m.getAttribute('content'));
    }
  } catch {
    /* hostile markup: fall back to the page URL */
  }
  return pickArticleKey(pageUrl, declared);
}
