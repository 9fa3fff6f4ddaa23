import { defineAdapter } from '../adapter';

/** dangcongsan.vn: /<section>/<slug>-NNNNNN.html; dangcongsan.org.vn: /tin-tuc/<slug>.html */
export default defineAdapter({
  id: 'dangcongsan',
  articleUrl: [/-\d{5,}\.html$/, /\/tin-tuc\/[^/]+\.html$/],
  title: ['h1.post-title', '.detail-title h1', 'h1'],
  lead: ['.post-summary', '.detail-sapo', '.sapo'],
  body: ['#content-detail', '.post-content', '.detail-content', '[itemprop="articleBody"]'],
  date: ['.post-date', '.date-time', 'time'],
  author: ['.post-author', '.author'],
  exclude: ['.post-relate', '.box-lienquan'],
});
