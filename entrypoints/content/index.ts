// First, so its mark comes before the rest of the bundle is evaluated.
import './loaded-mark';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { SITE_MATCH_PATTERNS } from '@/utils/sites/registry';
import { startPage } from './page';

export default defineContentScript({
  matches: SITE_MATCH_PATTERNS,
  runAt: 'document_idle',
  main(ctx) {
    void startPage(ctx);
  },
});
