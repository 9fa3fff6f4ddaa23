import { defineAdapter, FAMILY } from '../adapter';

/** soha.vn (VCCorp): /<slug>-<15+ digits>.htm */
export default defineAdapter({
  id: 'soha',
  family: FAMILY.vccorp,
  articleUrl: [/-\d{15,}\.htm$/],
  title: ['h1.news-title'],
  lead: ['h2.sapo', '.news-sapo'],
  author: ['.detail-author .name', '.author-info .name'],
});
