import { defineAdapter, FAMILY } from '../adapter';

/** vietnamplus.vn: /<slug>-postNNNNNN.vnp */
export default defineAdapter({
  id: 'vietnamplus',
  family: FAMILY.cms,
  articleUrl: [/-post\d+\.vnp$/],
});
