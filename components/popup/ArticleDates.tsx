/**
 * An article's dates, each said for what it is: "Published 2022-12-12 · Read 2024-05-02" (the
 * visit date alone, unlabelled, read like the article's date).
 */
import type { Article } from '../../utils/model';
import type { PopupModel } from './model';

export function ArticleDates({
  model: m,
  article,
}: {
  model: PopupModel;
  article: Pick<Article, 'published' | 'lastVisit'>;
}) {
  return (
    <>
      <span class="date-published" data-testid="article-published">
        {article.published
          ? m.tr('date.published', { date: article.published.slice(0, 10) })
          : m.tr('date.noPublished')}
      </span>
      {' · '}
      <span class="date-read" data-testid="article-read">
        {m.tr('date.read', { date: article.lastVisit.slice(0, 10) })}
      </span>
    </>
  );
}
