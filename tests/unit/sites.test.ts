import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../utils/sites/adapters/index';
import { runAdapter } from '../../utils/sites/adapter';
import { detectArticle } from '../../utils/sites/detect';
import { detectGeneric } from '../../utils/sites/generic';
import { SITES } from '../../utils/sites/registry';
import { buildTextIndex } from '../../utils/dom/text-index';
import { FIXTURES, load } from './site-fixtures';

const articles = FIXTURES.filter((f) => f.kind === 'article');
const others = FIXTURES.filter((f) => f.kind !== 'article');

/** Listed sites whose markup is not known well enough for an adapter: the generic path reads them. */
const GENERIC_ONLY = SITES.map((s) => s.id).filter((id) => !ADAPTERS[id]);

describe('site adapters', () => {
  it('cover every site in the registry, each with an article fixture', () => {
    for (const id of Object.keys(ADAPTERS)) expect(SITES.map((s) => s.id)).toContain(id);
    expect(GENERIC_ONLY.sort()).toEqual(['baodautu', 'baophapluat', 'baoquocte', 'giaoducthoidai', 'mattran', 'vtc']);
    for (const s of SITES)
      expect(
        articles.some((f) => f.site === s.id),
        s.id,
      ).toBe(true);
  });

  describe.each(articles)('$site article $url', (f) => {
    const doc = load(f.file);

    it('is accepted by its own adapter (or the generic path) with title, lead, date, author and body', () => {
      const adapter = ADAPTERS[f.site];
      const info = adapter ? runAdapter(adapter, doc, f.url) : detectArticle(doc, f.url);
      expect(info).not.toBeNull();
      expect(info!.site).toBe(f.site);
      expect(info!.via).toBe(adapter ? 'adapter' : 'generic');
      expect(info!.title).toBe(f.title);
      expect(info!.lead.startsWith(f.lead!)).toBe(true);
      expect(info!.published).toBe(f.published);
      expect(info!.author).toBe(f.author);
      const text = buildTextIndex(info!).text;
      expect(text.startsWith(f.title!)).toBe(true);
      const afterLead = text.indexOf('\n\n', text.indexOf(f.lead!)) + 2;
      expect(text.slice(afterLead).startsWith(f.bodyStart!)).toBe(true);
    });

    it('keeps related boxes, tags, comments, share bars and the footer out of the text', () => {
      const text = buildTextIndex(detectArticle(doc, f.url)!).text;
      for (const noise of [
        'Tin liên quan',
        'TIN LIÊN QUAN',
        'Đọc thêm',
        'Bình luận',
        'Chia sẻ',
        'Quảng cáo',
        'Lượt truy cập',
        'Tổng lượt truy cập',
        'Ý kiến',
        'Xem thêm',
        'Từ khóa',
      ]) {
        expect(text, noise).not.toContain(noise);
      }
      expect(text).not.toMatch(/Tìm kiếm|Giấy phép/);
    });

    it('is found by the generic path alone, with the same body', () => {
      const generic = detectGeneric(doc, f.url, f.site);
      expect(generic, 'generic').not.toBeNull();
      const text = buildTextIndex(generic!).text;
      expect(text).toContain(f.lead!);
      expect(text).toContain(f.bodyStart!);
    });

    it('has an article key without tracking parameters', () => {
      const info = detectArticle(doc, f.url)!;
      expect(info.canonicalUrl).not.toMatch(/utm_|#/);
      expect(new URL(info.canonicalUrl).hostname).toBe(new URL(f.url).hostname);
    });
  });

  describe.each(others)('$kind page $url', (f) => {
    const doc = load(f.file);
    it('is rejected by every adapter and by detectArticle', () => {
      for (const a of Object.values(ADAPTERS)) expect(runAdapter(a, doc, f.url), a.id).toBeNull();
      expect(detectArticle(doc, f.url)).toBeNull();
    });
  });

  it("accepts the site's own URLs and rejects other sites' article URLs in its URL test", () => {
    for (const f of articles.filter((a) => ADAPTERS[a.site])) {
      const path = new URL(f.url).pathname + new URL(f.url).search;
      expect(
        ADAPTERS[f.site].articleUrl.some((re) => re.test(path)),
        f.url,
      ).toBe(true);
    }
    for (const f of others) {
      const path = new URL(f.url).pathname;
      if (f.kind !== '404')
        expect(
          ADAPTERS[f.site].articleUrl.some((re) => re.test(path)),
          f.url,
        ).toBe(false);
    }
  });
});
