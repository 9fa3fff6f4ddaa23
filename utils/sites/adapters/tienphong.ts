import { defineAdapter, FAMILY } from '../adapter';

/** tienphong.vn: /<slug>-postNNNNNNN.tpo */
export default defineAdapter({
  id: 'tienphong',
  family: FAMILY.cms,
  articleUrl: [/-post\d+\.tpo$/],
});
