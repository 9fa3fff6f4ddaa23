import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { findNoise, isAdLike, siteOf } from './noise';
import { buildTextIndex } from '../dom/text-index';

const URL_ = 'https://baotinh.vn/hoi-dong-nhan-dan-tinh-khai-mac-ky-hop-thu-muoi-123456.html';
const P1 = 'Sáng 8/12, Hội đồng nhân dân tỉnh khai mạc kỳ họp thứ mười, xem xét báo cáo kinh tế - xã hội năm.';
const P2 = 'Chủ tịch Ủy ban nhân dân tỉnh báo cáo tình hình thực hiện nhiệm vụ, nêu rõ những kết quả nổi bật.';
const P3 = 'Các đại biểu tập trung thảo luận về giải ngân vốn đầu tư công và sắp xếp đơn vị hành chính cấp xã.';

function textWithout(html: string): { text: string; noise: string[] } {
  const { document } = parseHTML(`<html><body><div id="c">${html}</div></body></html>`);
  const c = document.getElementById('c') as unknown as Element;
  const keep = c.querySelector('#main');
  const noise = findNoise(c, keep, URL_);
  return {
    text: buildTextIndex({ regions: [c], skip: noise }).text,
    noise: noise.map((n) => (n.getAttribute('class') ?? n.localName) as string),
  };
}

describe('findNoise', () => {
  it.each([
    [
      'a related box opening with its label',
      '<div class="x1"><div>Tin liên quan</div><ul><li><a href="/a-1.html">Bài một</a></li></ul></div>',
    ],
    [
      'a label with decorations and a count',
      '<section class="x2"><h3>» Bình luận (32):</h3><p>Ý kiến dài của một bạn đọc về kỳ họp.</p></section>',
    ],
    [
      'a comment box with long comments',
      '<div class="x3"><b>Ý kiến bạn đọc</b><div><p>Tôi mong đại biểu tiếp tục theo dõi sát việc giải quyết kiến nghị của cử tri trong thời gian tới.</p></div></div>',
    ],
    [
      'a "Xem thêm:" line',
      '<p class="x4">Xem thêm: <a href="/b-2.html">Kỳ họp thứ chín đã thông qua nhiều nghị quyết</a></p>',
    ],
    [
      'a block of links without a label',
      '<div class="x5"><a href="/c-1.html">Tin một về hội đồng</a> <a href="/c-2.html">Tin hai về hội đồng</a></div>',
    ],
    ['an ad named in its class', '<div class="box-adv qc_inread"><img src="x.jpg"></div>'],
    [
      'an image linking off the site, with a caption',
      '<div class="x6"><a href="https://click.adnet.example/c?id=1"><img src="b.jpg"></a><p>Giảm giá 50% trong tuần</p></div>',
    ],
    ['a form', '<form class="x7"><input name="q"><button>Gửi</button></form>'],
  ])('skips %s', (_, box) => {
    const { text } = textWithout(`<div id="main"><p>${P1}</p>${box}<p>${P2}</p><p>${P3}</p></div>`);
    expect(text).toContain(P1);
    expect(text).toContain(P3);
    expect(text.replace(/\s+/g, ' ')).toBe(`${P1} ${P2} ${P3}`);
  });

  it('keeps a paragraph that opens with a label word in bold', () => {
    const p =
      '<p><b>Chia sẻ</b> với báo chí sau phiên khai mạc, Chủ tịch Hội đồng nhân dân tỉnh cho biết kỳ họp kéo dài ba ngày.</p>';
    const { text } = textWithout(`<div id="main"><p>${P1}</p>${p}<p>${P2}</p></div>`);
    expect(text).toContain('Chia sẻ với báo chí');
  });

  it("keeps photo captions and lightbox links to the site's images", () => {
    const fig =
      '<figure><a href="https://cdn.baotinh.vn/2025/12/08/ky-hop.jpg"><img src="t.jpg"></a><figcaption>Quang cảnh kỳ họp. Ảnh: Minh Anh</figcaption></figure>';
    const { text } = textWithout(`<div id="main"><p>${P1}</p>${fig}<p>${P2}</p></div>`);
    expect(text).toContain('Quang cảnh kỳ họp');
  });

  it('never takes the running text for a box, even under a wrapper that opens with a label', () => {
    const html = `<div class="wrap"><div class="lbl">Tin liên quan</div><div id="main"><p>${P1}</p><p>${P2}</p></div></div>`;
    const { text, noise } = textWithout(html);
    expect(noise).toEqual(['lbl']);
    expect(text).toContain(P2);
  });

  it('tells ad words in class names from ordinary ones', () => {
    const el = (cls: string) =>
      parseHTML(`<div class="${cls}"></div>`).document.querySelector('div') as unknown as Element;
    for (const c of ['ads', 'ad-middle', 'admzone500', 'qc-label', 'banner_inpage', 'box_quangcao_detail'])
      expect(isAdLike(el(c)), c).toBe(true);
    for (const c of ['shadow', 'header', 'lead', 'download', 'read-more', 'badge'])
      expect(isAdLike(el(c)), c).toBe(false);
  });

  it('knows a site from its subdomains', () => {
    expect(siteOf('cdn2.tuoitre.vn')).toBe('tuoitre.vn');
    expect(siteOf('www.thanhnien.com.vn')).toBe('thanhnien.com.vn');
    expect(siteOf('click.adnet.example')).toBe('adnet.example');
  });
});
