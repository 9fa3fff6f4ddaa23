import { detectArticle } from '@/utils/sites/detect';
import { buildTextIndex } from '@/utils/dom/text-index';
import type { PageState } from './state';

/** Flags on <html> that tests and the page's own tooling can read: data-vna-state, -saved, -entities. */
export function setPageFlag(name: 'state' | 'saved' | 'entities', value: string | null) {
  const el = document.documentElement;
  if (value === null) el.removeAttribute(`data-vna-${name}`);
  else el.setAttribute(`data-vna-${name}`, value);
}

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
  setPageFlag('state', info ? 'article' : 'not-article');
}
