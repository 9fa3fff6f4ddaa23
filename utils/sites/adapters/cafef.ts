import { defineAdapter, FAMILY } from '../adapter';

/** cafef.vn (VCCorp): /<slug>-<15+ digits>.chn */
export default defineAdapter({
  id: 'cafef',
  family: FAMILY.vccorp,
  articleUrl: [/-\d{15,}\.chn$/],
  title: ['h1.title'],
  lead: ['h2.sapo'],
  body: ['#mainContent'],
  date: ['.pdate'],
  author: ['p.author'],
});
