import { detectArticle } from '@/utils/sites/detect';
import { pageAsArticle, wholePage } from '@/utils/sites/page-info';
import { siteForHost } from '@/utils/sites/registry';
import { buildTextIndex } from '@/utils/dom/text-index';
import { treatedAsArticle } from '@/utils/settings/settings';
import type { ArticleInfo } from '@/utils/sites/types';
import type { PageState } from './state';

/**
 * Finds the article and indexes its text. A page the detection does not call an article is read
 * as one when the reader said so ("Treat this page as an article"); otherwise it is read whole,
 * for notes only, once the reader has notes on it or starts one (page mode); else left alone.
 */
export function readArticle(state: PageState): void {
  if (state.status.state === 'disabled') return;
  const href = location.href;
  const site = siteForHost(location.hostname)?.id ?? 'generic';
  const [info, index] = state.painter.withOriginal(() => {
    let found: ArticleInfo | null = detectArticle(document, href);
    performance.mark('vna:detected');
    if (!found && treatedAsArticle(state.settings.value, href)) found = pageAsArticle(document, href, site);
    if (!found && state.pageMode) found = wholePage(document, href, site);
    return [found, found ? buildTextIndex(found) : null] as const;
  });
  performance.mark('vna:indexed');
  state.article.value = info;
  state.index.value = index;
  state.status.state = info && info.via !== 'page' ? 'article' : 'not-article';
}

/** Reads the whole page for the reader's notes: on a page that is no article, when they want one. */
export function enterPageMode(state: PageState): boolean {
  if (state.article.value) return true;
  state.pageMode = true;
  readArticle(state);
  return !!state.article.value;
}

/** The note key of a page, article or not: its own address, or a canonical link of its own origin. */
export { articleKey as pageKey } from '@/utils/sites/article-key';
