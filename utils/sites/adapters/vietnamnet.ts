import { defineAdapter } from '../adapter';

/** vietnamnet.vn: /<slug>-NNNNNNN.html */
export default defineAdapter({
  id: 'vietnamnet',
  articleUrl: [/-\d{6,}\.html$/],
  title: ['h1.content-detail-title', '.newsFeature__header h1', 'h1'],
  lead: ['h2.content-detail-sapo', '.content-detail-sapo', '.sapo'],
  body: ['#maincontent', '.maincontent', '.content-detail-body', '[itemprop="articleBody"]'],
  date: ['.bread-crumb-detail__time', '.publish-date'],
  author: [
    '.article-detail-author__info .name',
    '.article-detail-author__info',
    '.newsFeature__author-info .name',
    '.author-name',
  ],
  exclude: ['.article-relate', '.vnn-share-social', '.box-relate'],
});
