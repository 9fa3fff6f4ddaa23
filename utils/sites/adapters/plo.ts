import { defineAdapter, FAMILY } from '../adapter';

/** plo.vn: /<slug>-postNNNNNN.html */
export default defineAdapter({
  id: 'plo',
  family: FAMILY.cms,
  articleUrl: [/-post\d+\.html$/],
});
