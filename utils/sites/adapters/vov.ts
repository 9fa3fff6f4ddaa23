import { defineAdapter } from '../adapter';

/** vov.vn: /<section>/<slug>-postNNNNNNN.vov */
export default defineAdapter({
  id: 'vov',
  articleUrl: [/-post\d+\.vov$/],
  title: ['h1.article-title', '.article-title', 'h1'],
  lead: ['.article-summary', '.article__sapo', '.sapo'],
  body: ['.detail.detail--normal', '.article-content', '[itemprop="articleBody"]'],
  date: ['.article-date', '.time'],
  author: ['.article-author', '.author'],
  exclude: ['.article-relate', '.box-tinlienquan'],
});
