import { defineAdapter, FAMILY } from '../adapter';

/** tuoitre.vn: /<slug>-<17 digits>.htm */
export default defineAdapter({
  id: 'tuoitre',
  family: FAMILY.vccorp,
  articleUrl: [/-\d{14,}\.htm$/],
  author: ['.author-info a.name', '.detail-author .name'],
});
