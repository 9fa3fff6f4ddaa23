import { defineAdapter } from '../adapter';

/** vnexpress.net: /<slug>-NNNNNNN.html */
export default defineAdapter({
  id: 'vnexpress',
  articleUrl: [/-\d{6,}\.html$/],
  title: ['h1.title-detail', 'h1.title_news_detail', 'h1'],
  lead: ['p.description', '.description'],
  body: ['article.fck_detail', '.fck_detail', '[itemprop="articleBody"]'],
  date: ['span.date', '.header-content .date'],
  author: ['article.fck_detail > p.author_mail strong', 'article.fck_detail > p[style*="right"] strong'],
  exclude: ['.box-tinlienquanv2', '.box_brief_info', '#box_comment_vne', '.box-tag', '.list-news', '.box-category'],
});
