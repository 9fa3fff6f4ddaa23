import { defineAdapter } from '../adapter';

/** 24h.com.vn: /<section>/<slug>-c<section id>a<article id>.html */
export default defineAdapter({
  id: '24h',
  articleUrl: [/-c\d+a\d+\.html$/],
  title: ['h1#article_title', 'h1.clrTit', 'h1'],
  lead: ['h2#article_sapo', 'h2.ctTp'],
  body: ['#article_body', '[itemprop="articleBody"]'],
  date: ['.cate-24h-foot-arti-deta-cre-post', '#article_body time'],
  author: [],
  exclude: [],
});
