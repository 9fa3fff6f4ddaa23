import { detectArticle } from '@/utils/sites/detect';
import { buildTextIndex } from '@/utils/dom/text-index';
import type { PageState } from './state';

/** Finds the article and indexes its text; clears both when the page is not an article. */
export function readArticle(state: PageState): void {
  const [info, index] = state.painter.withOriginal(() => {
    const found = detectArticle(document, location.href);
    performance.mark('vna:detected');
    return [found, found ? buildTextIndex(found) : null] as const;
  });
  performance.mark('vna:indexed');
  state.article.value = info;
  state.index.value = index;
  state.status.state = info ? 'article' : 'not-article';
}
