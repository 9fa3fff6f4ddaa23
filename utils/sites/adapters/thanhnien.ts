import { defineAdapter, FAMILY } from '../adapter';

/** thanhnien.vn: /<slug>-185<15 digits>.htm */
export default defineAdapter({
  id: 'thanhnien',
  family: FAMILY.vccorp,
  articleUrl: [/-\d{15,}\.htm$/],
  author: ['.detail-author .name', '.author-info .name'],
});
