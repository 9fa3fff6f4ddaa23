import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { detectGeneric } from './generic';
import { detectArticle } from './detect';
import { buildTextIndex } from '../dom/text-index';

const PARAS = [
  'Chiều 3/4, Ủy ban Thường vụ Quốc hội cho ý kiến về dự án Luật Tổ chức Chính phủ (sửa đổi), bảo đảm phân định rõ thẩm quyền.',
  'Bộ trưởng Bộ Nội vụ trình bày tờ trình, nêu rõ dự án luật thể chế hóa Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương Đảng.',
  'Các ý kiến tán thành việc phân cấp, phân quyền mạnh cho địa phương, đi đôi với kiểm tra, giám sát, kiểm soát quyền lực chặt chẽ.',
  'Kết luận phiên họp, Phó Chủ tịch Quốc hội đề nghị cơ quan soạn thảo tiếp thu, hoàn thiện hồ sơ trình Quốc hội tại kỳ họp tới.',
]
  .map((p) => `<p>${p}</p>`)
  .join('');
const URL_ = 'https://baotinh.example.vn/uy-ban-thuong-vu-quoc-hoi-cho-y-kien-12345.html';

function page(head: string, body: string): Document {
  return parseHTML(
    `<html><head>${head}</head><body><header><nav><a href="/">Trang chủ</a></nav></header>${body}<footer>Bản quyền</footer></body></html>`,
  ).document as unknown as Document;
}
const ld = (o: unknown) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;
const plainBody = `<div class="wrap"><h1>Ủy ban Thường vụ Quốc hội cho ý kiến</h1><div class="noi-dung">${PARAS}</div></div>`;

describe('generic fallback', () => {
  it.each([
    [
      'a plain object',
      {
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: 'Tựa JSON-LD',
        datePublished: '2025-04-03T15:00:00+07:00',
        author: { '@type': 'Person', name: 'Minh An' },
      },
    ],
    [
      'an array',
      [
        { '@type': 'WebSite', url: 'https://baotinh.example.vn/' },
        {
          '@type': 'NewsArticle',
          headline: 'Tựa JSON-LD',
          datePublished: '2025-04-03T15:00:00+07:00',
          author: [{ name: 'Minh An' }],
          url: URL_,
        },
      ],
    ],
    [
      'a @graph',
      {
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'Organization', name: 'Báo' },
          { '@type': 'BreadcrumbList' },
          {
            '@type': 'NewsArticle',
            headline: 'Tựa JSON-LD',
            datePublished: '2025-04-03T15:00:00+07:00',
            author: 'Minh An',
            mainEntityOfPage: { '@id': URL_ },
          },
        ],
      },
    ],
    [
      'a @type list',
      {
        '@type': ['Article', 'NewsArticle'],
        headline: 'Tựa JSON-LD',
        datePublished: '2025-04-03T15:00:00+07:00',
        author: { name: 'Minh An' },
      },
    ],
  ])('reads JSON-LD as %s', (_, obj) => {
    const info = detectGeneric(page(ld(obj), plainBody), URL_);
    expect(info).not.toBeNull();
    expect(info!.title).toBe('Tựa JSON-LD');
    expect(info!.published).toBe('2025-04-03T15:00:00+07:00');
    expect(info!.author).toBe('Minh An');
    expect(buildTextIndex(info!).text).toContain('Chiều 3/4, Ủy ban Thường vụ Quốc hội');
    expect(buildTextIndex(info!).text).not.toContain('Bản quyền');
  });

  it('does not take a teaser NewsArticle pointing elsewhere as this page', () => {
    const teaser = ld({
      '@type': 'NewsArticle',
      headline: 'Bài khác',
      url: 'https://baotinh.example.vn/bai-khac-999.html',
    });
    const info = detectGeneric(page(teaser, plainBody), URL_);
    // Found on its own evidence (its heading, spelt by its address), with its own title.
    expect(info?.title).toBe('Ủy ban Thường vụ Quốc hội cho ý kiến');
  });

  it('uses itemprop=articleBody as strong evidence', () => {
    const a = detectGeneric(page('', `<h1>Tựa</h1><div itemprop="articleBody">${PARAS}</div>`), URL_);
    expect(a?.body.getAttribute('itemprop')).toBe('articleBody');
  });

  it('finds an article with no JSON-LD and no og:type from its title, address and date, boxes left out', () => {
    const head = '<title>Ủy ban Thường vụ Quốc hội cho ý kiến về Luật Tổ chức Chính phủ - Báo Tỉnh</title>';
    const body = `<div class="khung"><div class="ngay">Thứ năm, 3/4/2025 15:20</div><h1>Ủy ban Thường vụ Quốc hội cho ý kiến về Luật Tổ chức Chính phủ</h1>
      <div class="noi-dung">${PARAS}<div class="hop"><b>Tin liên quan</b><a href="/x-1.html">Quốc hội họp phiên bất thường</a></div>
      <div class="y-kien"><div>Ý kiến bạn đọc (3)</div><p>Mong luật sớm được thông qua để bộ máy vận hành thông suốt hơn nữa.</p></div></div></div>`;
    const info = detectGeneric(page(head, body), URL_);
    expect(info?.title).toBe('Ủy ban Thường vụ Quốc hội cho ý kiến về Luật Tổ chức Chính phủ');
    expect(info?.published).toBe('2025-04-03T15:20:00+07:00');
    const text = buildTextIndex(info!).text;
    expect(text).toContain('Kết luận phiên họp');
    expect(text).not.toMatch(/Tin liên quan|Quốc hội họp phiên bất thường|Ý kiến bạn đọc|Mong luật sớm/);
  });

  it("takes paragraphs under a heading that neither the page's title, nor its address, nor a date backs for no article", () => {
    const head = '<title>Giới thiệu - Báo Tỉnh</title>';
    expect(
      detectGeneric(page(head, plainBody), 'https://baotinh.example.vn/gioi-thieu/lich-su-123456.html'),
    ).toBeNull();
    // The same text, where the address spells the heading and a date stands under it: an article
    // whose <title> says something else.
    const dated = plainBody.replace('</h1>', '</h1><div class="ngay">03/04/2025 15:20</div>');
    expect(detectGeneric(page(head, dated), URL_)?.title).toBe('Ủy ban Thường vụ Quốc hội cho ý kiến');
  });

  it('takes the whole container when the first paragraphs sit beside a wrapper of the rest', () => {
    const head = '<title>Ủy ban Thường vụ Quốc hội cho ý kiến về Luật Tổ chức Chính phủ</title>';
    const split = PARAS.split('</p>');
    const body = `<h1>Ủy ban Thường vụ Quốc hội cho ý kiến về Luật Tổ chức Chính phủ</h1><div class="nd">${split[0]}</p>${split[1]}</p>
      <div class="box"><h3>Tin liên quan</h3><a href="/a-2.html">Bài khác về kỳ họp</a></div><div>${split.slice(2).join('</p>')}${PARAS}</div></div>`;
    const info = detectGeneric(page(head, body), URL_);
    const text = buildTextIndex(info!).text;
    expect(text.indexOf('Chiều 3/4')).toBeLessThan(text.indexOf('Bộ trưởng Bộ Nội vụ'));
    expect(text).not.toContain('Bài khác về kỳ họp');
  });

  it('rejects home pages and list pages even when they declare og:type=article', () => {
    const og = '<meta property="og:type" content="article">';
    const list = `<h1>Thời sự</h1><ul>${Array.from({ length: 12 }, (_, i) => `<li><a href="/bai-${i}.html">Tiêu đề bài viết số ${i} về hoạt động của Quốc hội</a><p>Tóm tắt ngắn của bài ${i}, vài dòng giới thiệu nội dung chính.</p></li>`).join('')}</ul>`;
    expect(detectGeneric(page(og, plainBody), 'https://baotinh.example.vn/')).toBeNull();
    expect(detectGeneric(page(og, list), 'https://baotinh.example.vn/thoi-su')).toBeNull();
  });

  it('claims an unknown site as generic through detectArticle', () => {
    const info = detectArticle(page(ld({ '@type': 'NewsArticle', headline: 'Tựa' }), plainBody), URL_);
    expect(info?.site).toBe('generic');
    expect(info?.via).toBe('generic');
  });
});

describe('detectArticle never throws', () => {
  const hostile: [string, string, string][] = [
    [
      '5,000 nested levels',
      'https://vnexpress.net/a-4862345.html',
      `<article class="fck_detail">${'<div>'.repeat(5000)}${PARAS}${'</div>'.repeat(5000)}</article>`,
    ],
    [
      '100,000 nodes',
      'https://tuoitre.vn/a-20250520101530123.htm',
      `<h1 class="detail-title">Tựa</h1><div class="detail-content afcbc-body">${'<span>x</span><b>y</b>'.repeat(50_000)}</div>`,
    ],
    [
      'vna- names as text and tags',
      'https://dantri.com.vn/a-20250612063012345.htm',
      `<h1 class="title-page">&lt;vna-card&gt;</h1><div class="singular-content"><vna-card>${PARAS}</vna-card><p>&lt;vna-panel data-vna-ui&gt; ${PARAS}</p></div>`,
    ],
    [
      'broken JSON-LD',
      'https://x.example/a-1.html',
      `<script type="application/ld+json">{"@type": "NewsArticle",, "headline": </script>${plainBody}`,
    ],
    ['a bad URL', 'not a url', plainBody],
  ];
  it.each(hostile)(
    'on %s',
    (_, url, body) => {
      const doc = page('', body);
      expect(() => detectArticle(doc, url)).not.toThrow();
      const info = detectArticle(doc, url);
      if (info) expect(() => buildTextIndex(info)).not.toThrow();
    },
    60_000,
  );

  it('keeps vna- text that is page text, drops vna- elements', () => {
    const doc = page(
      '',
      `<h1 class="title-page">Tựa</h1><div class="singular-content"><vna-card>${PARAS}</vna-card><p>Chữ &lt;vna-card&gt; là văn bản của trang.</p>${PARAS}</div>`,
    );
    const info = detectArticle(doc, 'https://dantri.com.vn/a-20250612063012345.htm')!;
    const text = buildTextIndex(info).text;
    expect(text).toContain('Chữ <vna-card> là văn bản của trang.');
    expect(text.split('Chiều 3/4')).toHaveLength(2);
  });
});
