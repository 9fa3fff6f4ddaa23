import { defineAdapter } from '../adapter';

/** quochoi.vn (SharePoint): /tintuc/Pages/<list>.aspx?ItemID=N; daibieunhandan.vn: /<slug>-NNNNNNN.html */
export default defineAdapter({
  id: 'quochoi',
  articleUrl: [/[?&]ItemID=\d+/i, /-\d{5,}\.html$/],
  title: ['.news-detail h1', 'h1.title', 'h1.article__title', 'h1'],
  lead: ['.news-detail .sapo', '.summary', '.article__sapo', '.sapo'],
  body: [
    '.news-detail .content',
    '.detail-content',
    '.article__body',
    '.ms-rtestate-field',
    '[itemprop="articleBody"]',
  ],
  date: ['.news-detail .date', '.article__meta time', '.date'],
  author: ['.news-detail .author', '.article__author', '.author'],
  exclude: ['.other-news'],
});
