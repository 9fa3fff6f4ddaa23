import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { articleKey } from './article-key';

describe('articleKey', () => {
  it('reads link[rel=canonical] and og:url from a page, relative hrefs included', () => {
    const { document } = parseHTML(
      '<html><head><link rel="alternate canonical" href="/a-4862345.html?utm_source=x"><meta property="og:url" content="https://vnexpress.net/other-1.html"></head><body></body></html>',
    );
    expect(articleKey(document as unknown as Document, 'https://vnexpress.net/a-4862345.html?fbclid=1')).toBe(
      'https://vnexpress.net/a-4862345.html',
    );
  });
});
