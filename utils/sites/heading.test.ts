import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { declaredTitles, findLead, findTitle, sameTitle } from './heading';
import { DocOrder } from './order';

const TITLE = 'Hội đồng nhân dân tỉnh khai mạc kỳ họp thứ mười';
const BODY =
  '<div id="body"><p>Sáng 8/12, Hội đồng nhân dân tỉnh khai mạc kỳ họp thứ mười, xem xét nhiều báo cáo.</p></div>';

function page(head: string, body: string) {
  const d = parseHTML(`<html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;
  return { d, body: d.querySelector('#body')!, order: new DocOrder(d.body) };
}

describe('title', () => {
  it('reads the declared titles from <title> parts, og:title and JSON-LD', () => {
    const { d } = page(`<title>Báo Tỉnh - ${TITLE} | Thời sự</title><meta property="og:title" content="${TITLE}">`, '');
    expect(declaredTitles(d)).toContain('hội đồng nhân dân tỉnh khai mạc kỳ họp thứ mười');
    expect(declaredTitles(d)).toContain('báo tỉnh');
  });

  it('matches a heading written with the other tone placement than <title>', () => {
    const { d, body, order } = page(
      '<title>Thủ tướng làm việc với tỉnh Khánh Hoà về quy hoạch</title>',
      `<h1>Thủ tướng làm việc với tỉnh Khánh Hòa về quy hoạch</h1>${BODY}`,
    );
    expect(findTitle(d, body, order)?.declared).toBe(true);
    const hoa = (t: string) => declaredTitles(page(`<title>${t}</title>`, '').d);
    expect(hoa('Tỉnh Khánh Hoà họp')).toEqual(hoa('Tỉnh Khánh Hòa họp'));
  });

  it('matches a title that is most of the other, not a part of it', () => {
    expect(sameTitle('thủ tướng chủ trì hội nghị', 'thủ tướng chủ trì hội nghị với các địa phương về sắp xếp')).toBe(
      false,
    );
    expect(
      sameTitle('ban bí thư ban hành quy định về nêu gương', 'ban bí thư ban hành quy định về trách nhiệm nêu gương'),
    ).toBe(true);
  });

  it('is the heading near the text that says what the page declares, not a linked headline or a section name', () => {
    const { d, body, order } = page(
      `<title>${TITLE} - Báo Tỉnh</title>`,
      `<div class="top"><h2><a href="/khac-1.html">${TITLE}</a></h2></div><h1>Thời sự</h1><div class="title_news"><h1>${TITLE}</h1></div>${BODY}`,
    );
    const found = findTitle(d, body, order);
    expect(found?.declared).toBe(true);
    expect(found?.el.localName).toBe('h1');
    expect(found?.el.parentElement?.getAttribute('class')).toBe('title_news');
  });

  it('finds nothing after the text, and takes a long <h1> that says something else only as a guess', () => {
    const { d, body, order } = page(
      `<title>${TITLE}</title>`,
      `<h1>Tin tức thời sự trong tỉnh hôm nay</h1>${BODY}<h2>${TITLE}</h2>`,
    );
    const found = findTitle(d, body, order);
    expect(found?.el.textContent).toBe('Tin tức thời sự trong tỉnh hôm nay');
    expect(found?.declared).toBe(false);
    const after = page(`<title>${TITLE}</title>`, `${BODY}<h1>${TITLE}</h1><h2>${TITLE}</h2>`);
    expect(findTitle(after.d, after.body, after.order)).toBeNull();
  });
});

describe('lead', () => {
  const head = `<title>${TITLE}</title><meta name="description" content="Kỳ họp xem xét 25 báo cáo và 30 dự thảo nghị quyết về kinh tế - xã hội.">`;
  it.each([
    [
      'named as one',
      '<div class="sapo_detail">Kỳ họp xem xét nhiều báo cáo, dự thảo nghị quyết quan trọng của tỉnh.</div>',
    ],
    [
      'saying what the meta description says',
      '<h2 class="font18">Kỳ họp xem xét 25 báo cáo và 30 dự thảo nghị quyết về kinh tế - xã hội.</h2>',
    ],
    [
      'a sentence right after the title',
      '<p>Kỳ họp xem xét nhiều báo cáo, dự thảo nghị quyết quan trọng về kinh tế - xã hội.</p>',
    ],
  ])('is found %s', (_, lead) => {
    const { d, body, order } = page(
      head,
      `<h1>${TITLE}</h1><div class="meta">Thứ hai, 8/12/2025 08:00</div>${lead}${BODY}`,
    );
    expect(findLead(d, d.querySelector('h1'), body, order)?.textContent).toMatch(/^Kỳ họp xem xét/);
  });

  it('is not a dateline, a list of links or a caption', () => {
    const { d, body, order } = page(
      head,
      `<h1>${TITLE}</h1><div class="meta">Thứ hai, 08/12/2025 08:00 GMT+7 | Phóng viên Minh Anh</div><ul><li><a href="/a-1.html">Kỳ họp trước đã thông qua nhiều nghị quyết quan trọng</a></li></ul><figure><figcaption>Quang cảnh kỳ họp sáng 8/12 tại hội trường Ủy ban nhân dân tỉnh</figcaption></figure>${BODY}`,
    );
    expect(findLead(d, d.querySelector('h1'), body, order)).toBeNull();
  });
});
