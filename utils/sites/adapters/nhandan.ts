import { defineAdapter, FAMILY } from '../adapter';

/** nhandan.vn: /<slug>-postNNNNNN.html */
export default defineAdapter({
  id: 'nhandan',
  family: FAMILY.cms,
  articleUrl: [/-post\d+\.html$/],
});
