import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { dateNearTitle, findByline, looksLikeName } from './byline';
import { DocOrder } from './order';

function page(head: string, body: string) {
  const d = parseHTML(`<html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;
  return { d, title: d.querySelector('h1'), body: d.querySelector('#body')! };
}
const TEXT = '<p>Sáng 8/12, Hội đồng nhân dân tỉnh khai mạc kỳ họp thứ mười, xem xét nhiều báo cáo quan trọng.</p>';

describe('names', () => {
  it.each(['Võ Hải', 'THÀNH CHUNG - LÊ KIÊN', 'Viết Tuân - Hoàng Thùy', 'Phương Hoa (TTXVN)', 'Minh Anh, Thu Hà'])(
    '%s is a byline',
    (s) => {
      expect(looksLikeName(s)).toBe(true);
    },
  );
  it.each(['Ảnh: TTXVN', 'Thứ hai, 8/12/2025', 'Xem thêm các tin khác.', 'Hải', 'Nhóm phóng viên'])(
    '%s is not',
    (s) => {
      expect(looksLikeName(s)).toBe(false);
    },
  );
  it('allows a lower-case tail on a closing line set in bold', () => {
    expect(looksLikeName('Nhóm phóng viên', true)).toBe(true);
  });
});

describe('date near the title', () => {
  it("is the article's, not the header's date of today", () => {
    const { d, title, body } = page(
      '',
      `<div id="header"><span>Thứ năm, 21/6/2012</span><ul>${'<li><a href="/x">Mục</a></li>'.repeat(20)}</ul></div><div class="time">Thứ tư, 20/6/2012, 10:32 GMT+7</div><h1>Quốc hội thông qua Luật Xử lý vi phạm hành chính</h1><div id="body">${TEXT}</div>`,
    );
    expect(dateNearTitle(new DocOrder(d.body), title, body)).toBe('2012-06-20T10:32:00+07:00');
  });

  it('reads a datetime attribute', () => {
    const { d, title, body } = page(
      '',
      `<h1>Tựa bài về kỳ họp</h1><time datetime="2016-07-22T11:05:00+07:00">11:05 - 22/07/2016</time><div id="body">${TEXT}</div>`,
    );
    expect(dateNearTitle(new DocOrder(d.body), title, body)).toBe('2016-07-22T11:05:00+07:00');
  });
});

describe('byline', () => {
  it('is an author element near the title', () => {
    const { d, title, body } = page(
      '',
      `<div class="a"><h1>Tựa bài</h1><span class="author">Văn Duẩn</span><div id="body">${TEXT}</div></div>`,
    );
    expect(findByline(d, title, body, [])).toBe('Văn Duẩn');
  });

  it('is a bold, right-aligned closing line, skipping empty lines and boxes', () => {
    const { d, title, body } = page(
      '<meta name="author" content="Công nghệ ChannelVN">',
      `<h1>Tựa bài</h1><div id="body">${TEXT}<p style="text-align: right;"><strong>Nguyễn Khánh</strong></p><p>&nbsp;</p><div class="pr"><a href="https://x.example"><img src="a.jpg"></a><p>Tin tài trợ</p></div></div>`,
    );
    const pr = d.querySelector('.pr')!;
    expect(findByline(d, title, body, [pr])).toBe('Nguyễn Khánh');
  });

  it('is not the publisher named in <meta name="author">, but may be a person named there', () => {
    const org = page(
      '<meta name="author" content="Báo Pháp luật Việt Nam">',
      `<h1>Tựa</h1><div id="body">${TEXT}</div>`,
    );
    expect(findByline(org.d, org.title, org.body, [])).toBeUndefined();
    const person = page('<meta name="author" content="Hà Anh">', `<h1>Tựa</h1><div id="body">${TEXT}</div>`);
    expect(findByline(person.d, person.title, person.body, [])).toBe('Hà Anh');
  });

  it('is not the last line of running text', () => {
    const { d, title, body } = page(
      '',
      `<h1>Tựa</h1><div id="body">${TEXT}<p><strong>Kỳ họp bế mạc ngày 10/12.</strong></p></div>`,
    );
    expect(findByline(d, title, body, [])).toBeUndefined();
  });
});
