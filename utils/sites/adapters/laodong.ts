import { defineAdapter } from '../adapter';

/** laodong.vn: /<section>/<slug>-NNNNNNN.ldo */
export default defineAdapter({
  id: 'laodong',
  articleUrl: [/-\d+\.ldo$/],
  title: ['.article-header h1', 'h1.title', 'h1'],
  lead: ['.chappeau', '.sapo'],
  body: ['.art-body', '.article-content', '[itemprop="articleBody"]'],
  date: ['.article-header .time', 'time', '.time'],
  author: ['.art-author', '.author'],
  exclude: ['.article-related', '.box-lien-quan'],
});
