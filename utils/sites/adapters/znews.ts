import { defineAdapter } from '../adapter';

/** znews.vn (zingnews.vn): /<slug>-postNNNNNNN.html */
export default defineAdapter({
  id: 'znews',
  articleUrl: [/-post\d+\.html$/],
  title: ['h1.the-article-title', '.the-article-header h1', 'h1'],
  lead: ['.the-article-summary', 'p.the-article-summary'],
  body: ['.the-article-body', '[itemprop="articleBody"]'],
  date: ['.the-article-publish', '.the-article-meta time'],
  author: ['.the-article-author', '.the-article-credit .author'],
  exclude: ['.the-article-tags', '.inner-article', '.article-related'],
});
