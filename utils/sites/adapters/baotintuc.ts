import { defineAdapter } from '../adapter';

/** baotintuc.vn: /<section>/<slug>-<17 digits>.htm */
export default defineAdapter({
  id: 'baotintuc',
  articleUrl: [/-\d{14,}\.htm$/],
  title: ['h1.detail-title', '.sc-longform-header-title', 'h1'],
  lead: ['h2.sapo', '.sapo'],
  body: ['.boxdetail .contents', '.contents', '.boxdetail', '[itemprop="articleBody"]'],
  date: ['.boxdetail .date', '.date', '.time'],
  author: ['.boxdetail .author', '.tacgia', '.author'],
  exclude: ['.tinlienquan', '.keysword'],
});
