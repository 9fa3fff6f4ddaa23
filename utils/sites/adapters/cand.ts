import { defineAdapter } from '../adapter';

/** cand.com.vn: /<Section>/<slug>-iNNNNNN/ */
export default defineAdapter({
  id: 'cand',
  articleUrl: [/-i\d{5,}\/?$/],
  title: ['h1.box-title-detail', '.box-title-detail', 'h1'],
  lead: ['.box-des-detail', '.sapo', '.box-des'],
  body: ['.detail-content-body', '.box-content-detail', '[itemprop="articleBody"]'],
  date: ['.box-date', '.date'],
  author: ['.box-author', '.author'],
  exclude: ['.box-lien-quan', '.box-tin-lien-quan'],
});
