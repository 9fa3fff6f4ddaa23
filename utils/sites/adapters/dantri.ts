import { defineAdapter } from '../adapter';

/** dantri.com.vn: /<section>/<slug>-<17 digits>.htm */
export default defineAdapter({
  id: 'dantri',
  articleUrl: [/-\d{14,}\.htm$/],
  title: ['h1.title-page', 'h1.dt-news__title', 'h1'],
  lead: ['h2.singular-sapo', '.singular-sapo', '.dt-news__sapo h2'],
  body: ['div.singular-content', '.dt-news__content', '[itemprop="articleBody"]'],
  date: ['time.author-time', '.author-time', '.dt-news__time'],
  author: ['.author-name', '.dt-news__content > p:last-child > strong'],
  exclude: ['article.news-related', '.singular-related', '.e-magazine__relate'],
});
