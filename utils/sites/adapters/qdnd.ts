import { defineAdapter } from '../adapter';

/** qdnd.vn: /<section>/<sub>/<slug>-NNNNNN */
export default defineAdapter({
  id: 'qdnd',
  articleUrl: [/-\d{5,}(?:\.html?)?$/],
  title: ['h1.post-title', '.post-title', 'h1'],
  lead: ['.post-summary', '.post-sapo', '.sapo'],
  body: ['.post-content', '.article-detail .content', '.article-detail', '[itemprop="articleBody"]'],
  date: ['.post-subinfo .date', '.post-date', '.date'],
  author: ['.post-author', '.author'],
  exclude: ['.post-relate', '.list-tinlienquan'],
});
