import { defineAdapter, FAMILY } from '../adapter';

/** vtv.vn: /<section>/<slug>-<17 digits>.htm (older template: #entry-body) */
export default defineAdapter({
  id: 'vtv',
  family: FAMILY.vccorp,
  articleUrl: [/-\d{14,}\.htm$/],
  title: ['h1.title_detail'],
  lead: ['h2.sapo'],
  body: ['#entry-body', '.ta-justify'],
  date: ['.time'],
  author: ['p.author', '.author'],
  exclude: ['.news_keyword', '.tinlienquan'],
});
