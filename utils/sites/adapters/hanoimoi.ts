import { defineAdapter, FAMILY } from '../adapter';

/** hanoimoi.vn / hanoimoi.com.vn: /<slug>-NNNNNN.html (older: /tin-tuc/<Section>/<id>/<slug>) */
export default defineAdapter({
  id: 'hanoimoi',
  family: FAMILY.cms,
  articleUrl: [/-\d{5,}\.html$/, /\/tin-tuc\/[^/]+\/\d+\/[^/]+$/],
});
