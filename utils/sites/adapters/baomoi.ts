import { defineAdapter } from '../adapter';

/** baomoi.com (aggregator): /<slug>-cNNNNNNNN.epi */
export default defineAdapter({
  id: 'baomoi',
  articleUrl: [/-c\d+\.epi$/],
  title: ['h1.bm-title', '.article__header h1', 'h1'],
  lead: ['.bm-sapo', '.article__sapo', '.sapo'],
  body: ['.bm-article-body', '.article__body', '.content-body', '[itemprop="articleBody"]'],
  date: ['time.bm-time', '.article__meta time', 'time'],
  author: ['.bm-source', '.article__source'],
  exclude: ['.bm-related', '.bm-keywords'],
});
