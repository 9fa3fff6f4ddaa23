import type { AdapterSpec } from '../adapter';

/** kenh14.vn and genk.vn (VCCorp): /<slug>-<15+ digits>.chn, the "kbwc" article template. */
export const KBWC: Omit<AdapterSpec, 'id'> = {
  articleUrl: [/-\d{15,}\.chn$/],
  title: ['h1.kbwc-title', 'h1'],
  lead: ['h2.knc-sapo', '.knc-sapo'],
  body: ['.knc-content', '.detail-content.afcbc-body', '[data-role="content"]'],
  date: ['.kbwcm-time', '[data-role="publishdate"]'],
  author: ['.kbwcm-author', '[data-role="author"]'],
  exclude: ['.knc-relate-wrapper', '.kbwscwl-relatedbox', '[type="RelatedNewsBox"]'],
};
