import { defineAdapter, FAMILY } from '../adapter';

/** sggp.org.vn: /<slug>-postNNNNNN.html */
export default defineAdapter({
  id: 'sggp',
  family: FAMILY.cms,
  articleUrl: [/-post\d+\.html$/],
});
