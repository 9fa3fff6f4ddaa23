import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { densestBlock, inPageChrome, paragraphUnits, widen } from './blocks';
import { DocOrder } from './order';

const P = (i: number) =>
  `<p>Đoạn ${i}: Ban Thường vụ Tỉnh ủy họp cho ý kiến về công tác cán bộ, chuẩn bị nhân sự đại hội đảng bộ các cấp.</p>`;
const doc = (body: string) => parseHTML(`<html><body>${body}</body></html>`).document as unknown as Document;

describe('paragraph units', () => {
  it("tells a list page's summaries (after a linked headline) from running text", () => {
    const d = doc(
      `<div class="list">${[1, 2, 3]
        .map(
          (i) =>
            `<div class="item"><a href="/a-${i}.html"><img src="t.jpg"></a><h3><a href="/a-${i}.html">Tiêu đề bài ${i} về hội nghị Tỉnh ủy</a></h3><p>Tóm tắt ${i}: Ban Thường vụ Tỉnh ủy họp cho ý kiến về công tác cán bộ các cấp.</p></div>`,
        )
        .join('')}</div><div class="body">${P(1)}${P(2)}</div>`,
    );
    const units = paragraphUnits(d.body);
    expect(units.filter((u) => u.teaser).map((u) => u.el.textContent?.slice(0, 9))).toEqual([
      'Tóm tắt 1',
      'Tóm tắt 2',
      'Tóm tắt 3',
    ]);
    expect(units.filter((u) => !u.teaser)).toHaveLength(2);
  });

  it('does not take a row of share buttons for a headline', () => {
    const d = doc(
      `<div class="share"><a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">In bài</a></div>${P(1)}`,
    );
    expect(paragraphUnits(d.body)[0].teaser).toBe(false);
  });

  it("counts the <br>-separated runs of an old template's text block", () => {
    const run = 'Hội đồng nhân dân thành phố thông qua nghị quyết về kế hoạch đầu tư công trung hạn.';
    const d = doc(`<div class="content">${run}<br><br>${run}<br><br>${run}<br>Ảnh: TTXVN</div>`);
    expect(paragraphUnits(d.body).map((u) => u.paras)).toEqual([3]);
  });

  it("leaves out the page header, navigation and footer, not an article's own header", () => {
    const d = doc(
      `<header><p>Báo Tỉnh - Cơ quan của Đảng bộ tỉnh, tiếng nói của nhân dân trong tỉnh từ năm 1945.</p></header><article><header><p id="lead">Bản tin sáng: Tỉnh ủy họp phiên thường kỳ tháng 12 với nhiều nội dung quan trọng.</p></header></article><footer>${P(9)}</footer>`,
    );
    expect(paragraphUnits(d.body).map((u) => u.el.id)).toEqual(['lead']);
    expect(inPageChrome(d.querySelector('#lead')!)).toBe(false);
  });
});

describe('the block of running text', () => {
  it('is the parent of the most paragraph text, grandparents counting half', () => {
    const d = doc(`<div id="side">${P(1)}</div><div id="main"><div id="a">${P(2)}${P(3)}${P(4)}</div></div>`);
    expect(densestBlock(paragraphUnits(d.body))?.id).toBe('a');
  });

  it('widens to the container when the first paragraphs sit beside a wrapper of the rest', () => {
    const d = doc(`<div id="c">${P(1)}${P(2)}<div id="rest">${P(3)}${P(4)}${P(5)}${P(6)}${P(7)}</div></div>`);
    const units = paragraphUnits(d.body);
    const core = densestBlock(units)!;
    expect(core.id).toBe('rest');
    expect(widen(core, units, new DocOrder(d.body)).id).toBe('c');
  });

  it('does not widen for a lone lead paragraph above the block', () => {
    const d = doc(
      `<div id="c"><p>Tóm tắt: Tỉnh ủy họp phiên thường kỳ tháng 12 với nhiều nội dung.</p><div id="body">${P(1)}${P(2)}${P(3)}</div></div>`,
    );
    const units = paragraphUnits(d.body);
    expect(widen(densestBlock(units)!, units, new DocOrder(d.body)).id).toBe('body');
  });
});
