import { defineAdapter, FAMILY } from '../adapter';

/** baochinhphu.vn, chinhphu.vn: /<slug>-<18 digits>.htm (older portal: .vgp) */
export default defineAdapter({
  id: 'baochinhphu',
  family: FAMILY.vccorp,
  articleUrl: [/-\d{15,}\.htm$/, /\d+\.vgp$/],
  exclude: ['.detail-author-bot', '.detail-related'],
});
