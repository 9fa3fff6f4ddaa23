import { describe, expect, it } from 'vitest';
import { cleanUrl, pickArticleKey } from './canonical';

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
  it('prefers the canonical link, then og:url, only from the page own origin', () => {
    expect(pickArticleKey('https://tuoitre.vn/a-1.htm?utm_source=fb', ['https://tuoitre.vn/a-1.htm?x=1'])).toBe(
      'https://tuoitre.vn/a-1.htm?x=1',
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
  it.each([
    ['another subdomain', 'http://evil.baochinhphu.vn/x', 'https://baochinhphu.vn/real-102221212.htm'],
    ['a plain-http copy', 'http://baochinhphu.vn/real-102221212.htm', 'https://baochinhphu.vn/real-102221212.htm'],
    ['the mobile site', 'https://m.tuoitre.vn/a-1.htm', 'https://tuoitre.vn/a-1.htm'],
    ['another port', 'https://baochinhphu.vn:8443/a', 'https://baochinhphu.vn/a'],
  ])('never takes a key of another origin: %s', (_label, page, canonical) => {
    expect(pickArticleKey(page, [canonical])).toBe(cleanUrl(page));
  });
});
