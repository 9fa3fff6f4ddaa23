import { defineAdapter } from '../adapter';

/** tapchicongsan.org.vn (Liferay): /web/guest/<section>/-/<year>/<id>/<slug>.aspx */
export default defineAdapter({
  id: 'tapchicongsan',
  articleUrl: [/\/-\/(?:\d{4}\/)?\d{4,}\//, /\/-\/asset_publisher\/[^/]+\/content\//],
  title: ['h1.article-title', '.article-title', 'h3.title', 'h1'],
  lead: ['.article-sapo', '.sapo', '.summary'],
  body: ['.journal-content-article', '.article-content', '#content-detail', '[itemprop="articleBody"]'],
  date: ['.article-date', '.date-publish', '.date'],
  author: ['.article-author', '.author'],
  exclude: ['.other-news', '.taglib-social-bookmarks'],
});
