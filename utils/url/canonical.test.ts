import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { articleKey, cleanUrl, pickArticleKey, registrableDomain } from './canonical';

describe('cleanUrl', () => {
  it('drops tracking parameters and the fragment, keeps real parameters in order', () => {
    expect(
      cleanUrl('https://quochoi.vn/tintuc/Pages/a.aspx?ItemID=91234&utm_source=zalo&zarsrc=30&gidzl=abc#comments'),
    ).toBe('https://quochoi.vn/tintuc/Pages/a.aspx?ItemID=91234');
    expect(cleanUrl('https://vnexpress.net/a-4862345.html?fbclid=x&gclid=y&ref=home&cmpid=z&_ga=1&UTM_Medium=m')).toBe(
      'https://vnexpress.net/a-4862345.html',
    );
  });
  it('lowercases the host, drops the default port and resolves against a base', () => {
    expect(cleanUrl('HTTPS://TuoiTre.VN:443/a-20250520101530123.htm')).toBe(
      'https://tuoitre.vn/a-20250520101530123.htm',
    );
    expect(cleanUrl('/b-4862345.html?page=2', 'http://vnexpress.net:80/x')).toBe(
      'http://vnexpress.net/b-4862345.html?page=2',
    );
  });
  it('refuses what is not a web URL', () => {
    expect(cleanUrl('javascript:alert(1)')).toBeNull();
    expect(cleanUrl('not a url')).toBeNull();
  });
});

describe('article key', () => {
  it('knows Vietnamese second-level domains', () => {
    expect(registrableDomain('www.nld.com.vn')).toBe('nld.com.vn');
    expect(registrableDomain('video.vnexpress.net')).toBe('vnexpress.net');
  });
  it('prefers the canonical link, then og:url, only on the same site', () => {
    expect(pickArticleKey('https://m.tuoitre.vn/a-1.htm?utm_source=fb', ['https://tuoitre.vn/a-1.htm'])).toBe(
      'https://tuoitre.vn/a-1.htm',
    );
    expect(
      pickArticleKey('https://vnexpress.net/a-4862345.html', [
        'https://evil.example/a',
        'https://vnexpress.net/a-4862345.html#x',
      ]),
    ).toBe('https://vnexpress.net/a-4862345.html');
    expect(pickArticleKey('https://vnexpress.net/a-4862345.html?utm_campaign=x#top', [null, ''])).toBe(
      'https://vnexpress.net/a-4862345.html',
    );
  });
  it('reads link[rel=canonical] and og:url from a page, relative hrefs included', () => {
    const { document } = parseHTML(
      '<html><head><link rel="alternate canonical" href="/a-4862345.html?utm_source=x"><meta property="og:url" content="https://vnexpress.net/other-1.html"></head><body></body></html>',
    );
    expect(articleKey(document as unknown as Document, 'https://vnexpress.net/a-4862345.html?fbclid=1')).toBe(
      'https://vnexpress.net/a-4862345.html',
    );
  });
});
