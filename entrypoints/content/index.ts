import { SITE_MATCH_PATTERNS } from '@/utils/sites/registry';
export default defineContentScript({
  matches: SITE_MATCH_PATTERNS,
  main() {},
});
