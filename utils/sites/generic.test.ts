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
    expect(detectGeneric(page(teaser, plainBody), URL_)).toBeNull();
  });

  it('uses itemprop=articleBody and <article> with a heading', () => {
    const a = detectGeneric(page('', `<h1>Tựa</h1><div itemprop="articleBody">${PARAS}</div>`), URL_);
    expect(a?.body.getAttribute('itemprop')).toBe('articleBody');
    const b = detectGeneric(
      page(
        '',
        `<article><h1>Tựa bài</h1>${PARAS}<div class="box-relate"><a href="/x">Tin liên quan dài dài</a></div></article>`,
      ),
      URL_,
    );
    expect(b?.title).toBe('Tựa bài');
    expect(buildTextIndex(b!).text).not.toContain('Tin liên quan');
  });

  it('trusts the density heuristic only with og:type=article and a heading', () => {
    expect(detectGeneric(page('', plainBody), URL_)).toBeNull();
    const info = detectGeneric(page('<meta property="og:type" content="article">', plainBody), URL_);
    expect(info?.body.className).toBe('noi-dung');
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
