import { defineAdapter, FAMILY } from '../adapter';

/** nld.com.vn: /<slug>-196<15 digits>.htm */
export default defineAdapter({
  id: 'nld',
  family: FAMILY.vccorp,
  articleUrl: [/-\d{15,}\.htm$/],
});
