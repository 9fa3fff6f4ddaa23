/**
 * A province's organ named without its province takes the one province (or centrally-run city)
 * the article names, only when it names one. Sentences of my own in the style of local news.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from './index';
import { cardData } from '../facts/card-data';

const engine = createEngine();
const bodies = (text: string, date?: string) =>
  engine
    .find(text, date)
    .filter((s) => s.kind === 'body')
    .map((s) => [s.text, s.id, !!s.placeFromArticle]);

describe("a bare organ takes the article's one place", () => {
  it('gives "Tỉnh ủy", "UBND tỉnh" and their organs the province the article names, terms kept', () => {
    expect(
      bodies(
        'Chiều 12/3, Ban Thường vụ Tỉnh ủy Hà Giang họp phiên thường kỳ. Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh báo cáo; Ban Chấp hành Đảng bộ tỉnh khóa XVII cho ý kiến.',
      ),
    ).toEqual([
      ['Ban Thường vụ Tỉnh ủy Hà Giang', 'body:ban-thuong-vu--tinh-uy--ha-giang', false],
      ['Tỉnh ủy', 'body:tinh-uy--ha-giang', true],
      ['UBND tỉnh', 'body:uy-ban-nhan-dan--ha-giang', true],
      ['Ban Chấp hành Đảng bộ tỉnh khóa XVII', 'body:ban-chap-hanh--dang-bo--ha-giang--khoa-xvii', true],
    ]);
  });

  it('gives a centrally-run city to "Thành ủy" and to organs after "Thành phố" or "TP"', () => {
    expect(
      bodies('Thành ủy TP.HCM tổng kết năm. Bí thư Thành ủy đề nghị UBND Thành phố và HĐND TP phối hợp chặt chẽ.'),
    ).toEqual([
      ['Thành ủy TP.HCM', 'body:thanh-uy--tp-ho-chi-minh', false],
      ['Thành ủy', 'body:thanh-uy--tp-ho-chi-minh', true],
      ['UBND Thành phố', 'body:uy-ban-nhan-dan--tp-ho-chi-minh', true],
      ['HĐND TP', 'body:hoi-dong-nhan-dan--tp-ho-chi-minh', true],
    ]);
  });

  it('leaves them bare when the article names another place of that level, even in passing', () => {
    expect(
      bodies(
        'Tỉnh ủy Nghệ An làm việc với đoàn công tác. Ông Trần Văn Hải, đại biểu tỉnh Hà Tĩnh, cho biết UBND tỉnh đã chỉ đạo.',
      ),
    ).toEqual([
      ['Tỉnh ủy Nghệ An', 'body:tinh-uy--nghe-an', false],
      ['UBND tỉnh', 'body:uy-ban-nhan-dan--tinh', false],
    ]);
    // A roundup of two cities: "Cục THADS TP" is either.
    expect(
      bodies('TP Hồ Chí Minh có nhiều án nhất. Còn tại Hà Nội, Cục THADS TP cũng khẩn trương triển khai.'),
    ).toEqual([['Cục THADS TP', 'body:cuc-thi-hanh-an-dan-su--thanh-pho', false]]);
  });

  it('takes no place named only in passing, nor a town for a city, nor another country’s province', () => {
    // The province is where the delegation went, no organ's.
    expect(bodies('Đoàn công tác của Bộ Y tế đến Quảng Ninh. UBND tỉnh báo cáo tình hình.')).toEqual([
      ['Bộ Y tế', 'body:bo-y-te', false],
      ['UBND tỉnh', 'body:uy-ban-nhan-dan--tinh', false],
    ]);
    // "Thành ủy Bắc Ninh" was the town's committee: no centrally-run city for "UBND Thành phố".
    expect(bodies('Thành ủy Bắc Ninh họp. UBND Thành phố báo cáo.', '2020-05-01')).toEqual([
      ['Thành ủy Bắc Ninh', 'body:thanh-uy--bac-ninh', false],
      ['UBND Thành phố', 'body:uy-ban-nhan-dan--thanh-pho', false],
    ]);
    // Laos's province is no province of ours: its council is Laos's.
    expect(bodies('Đoàn đại biểu HĐND tỉnh Xiêng Khoảng thăm Việt Nam. Tỉnh ủy đã đón đoàn.')).toEqual([
      ['HĐND tỉnh Xiêng Khoảng', 'body:hoi-dong-nhan-dan-xieng-khoang-lao', false],
      ['Tỉnh ủy', 'body:tinh-uy', false],
    ]);
    // And a second province named: a bare "Tỉnh ủy" beside ours and it may be either's.
    expect(
      bodies('Tỉnh ủy Thanh Hóa đón đoàn tỉnh Hủa Phăn do đồng chí Bí thư Tỉnh ủy làm trưởng đoàn.').map(
        ([, id]) => id,
      ),
    ).toEqual(['body:tinh-uy--thanh-hoa', 'body:tinh-uy']);
    // Not a province of a country whose provinces have no organ named as ours (Korea's, a German state).
    expect(
      bodies('Tỉnh ủy Nghệ An làm việc với đoàn tỉnh Gyeonggi. Ban Thường vụ Tỉnh ủy thống nhất hợp tác.').map(
        ([, id]) => id,
      ),
    ).toEqual(['body:tinh-uy--nghe-an', 'body:ban-thuong-vu--tinh-uy--nghe-an']);
  });

  it('gives "Đảng ủy xã", "UBND phường" the one commune or ward the article names, as it writes it', () => {
    const text =
      'Đảng ủy xã Tân Lập tổ chức hội nghị. Đồng chí Lò Văn Pản, Bí thư Đảng ủy xã, phát biểu; UBND xã báo cáo tại hội trường xã Tân Lập.';
    expect(engine.find(text).map((s) => [s.text, s.id, s.placeFromArticle])).toEqual([
      ['Đảng ủy xã Tân Lập', 'body:dang-uy--xa-tan-lap', undefined],
      ['Lò Văn Pản', undefined, undefined],
      ['Đảng ủy xã', 'body:dang-uy--xa-tan-lap', 'xã Tân Lập'],
      ['UBND xã', 'body:uy-ban-nhan-dan--xa-tan-lap', 'xã Tân Lập'],
    ]);
    // Another commune, even one whose name is misspelt, or named in passing: no one commune.
    for (const other of ['Đảng ủy xã Phú thái góp ý.', 'Đoàn công tác về xã Phú Lợi.', 'Xã Phú Lợi cũng dự.'])
      expect(bodies(`Đảng ủy xã Tân Lập họp. ${other} UBND xã báo cáo.`).at(-1)).toEqual([
        'UBND xã',
        'body:uy-ban-nhan-dan--xa',
        false,
      ]);
  });

  it('reads a long article in pieces: a place named in an earlier piece serves the later ones, not the reverse', () => {
    const text = `UBND tỉnh họp.\n${'Các đại biểu thảo luận về kinh tế. '.repeat(20)}\nTỉnh ủy Sơn La chỉ đạo.\n${'Hội nghị bàn nhiều việc. '.repeat(20)}\nUBND tỉnh thực hiện.`;
    const reader = engine.read(text, 200, 1);
    const got: [string, string | undefined][] = [];
    for (let spans = reader.next(); spans; spans = reader.next())
      for (const s of spans) if (s.kind === 'body') got.push([s.text, s.id]);
    expect(reader.pieces).toBeGreaterThan(2);
    expect(got).toEqual([
      ['UBND tỉnh', 'body:uy-ban-nhan-dan--tinh'],
      ['Tỉnh ủy Sơn La', 'body:tinh-uy--son-la'],
      ['UBND tỉnh', 'body:uy-ban-nhan-dan--son-la'],
    ]);
  });
});

describe('the card of a bare organ given its place', () => {
  it('names the place, says the article gave it, and gives the merged province’s successor', () => {
    const [, bare] = engine.find('Tỉnh ủy Hà Giang chỉ đạo. Ban Thường vụ Tỉnh ủy kết luận.', '2024-05-01');
    const rows = cardData(bare, '2024-05-01', { index: 0, count: 1 }).rows.map((r) => [r.label, r.value]);
    expect(rows).toEqual([
      ['page.fullName', 'Ban Thường vụ Tỉnh ủy Hà Giang'],
      ['page.placeFromArticle', 'tỉnh Hà Giang'],
      ['page.level', 'page.level.province'],
      ['page.successor', 'Ban Thường vụ Tỉnh ủy Tuyên Quang (từ 2025-07-01)'],
    ]);
  });

  it('makes no name of a listed organ whose owner the article does not write beside it', () => {
    const text =
      'UBND tỉnh Đồng Nai công bố quyết định: ông A tham gia Ban Chấp hành, Ban Thường vụ Đảng ủy UBND tỉnh.';
    const bare = engine.find(text, '2025-12-01').find((s) => s.text === 'Ban Chấp hành')!;
    expect(bare.id).toMatch(/^body:ban-chap-hanh--dang-uy--uy-ban-nhan-dan--/);
    const rows = cardData(bare, '2025-12-01', { index: 0, count: 1 }).rows.map((r) => r.label);
    expect(rows).not.toContain('page.fullName');
    expect(rows).toContain('page.placeFromArticle');
  });

  it('names a commune as the article writes it', () => {
    const [, bare] = engine.find('Đảng ủy phường Mông Dương họp. UBND phường báo cáo.', '2025-09-01');
    const rows = cardData(bare, '2025-09-01', { index: 0, count: 1 }).rows.map((r) => [r.label, r.value]);
    expect(rows).toEqual([
      ['page.fullName', 'Ủy ban nhân dân phường Mông Dương'],
      ['page.placeFromArticle', 'phường Mông Dương'],
      ['page.level', 'page.level.commune'],
    ]);
  });

  it('names Huế as the province it was before 2025, and adds no place on a day not known', () => {
    const text = 'Tỉnh ủy Thừa Thiên Huế họp. Ban Thường vụ Tỉnh ủy kết luận.';
    const rows = (date?: string) =>
      cardData(engine.find(text, date)[1], date, { index: 0, count: 1 }).rows.map((r) => [r.label, r.value]);
    expect(rows('2023-05-01').slice(0, 2)).toEqual([
      ['page.fullName', 'Ban Thường vụ Tỉnh ủy Thừa Thiên Huế'],
      ['page.placeFromArticle', 'tỉnh Thừa Thiên Huế'],
    ]);
    expect(rows(undefined).map(([label]) => label)).not.toContain('page.placeFromArticle');
  });

  it('keeps a city’s name whole, and the term after the place', () => {
    const spans = engine.find(
      'Thành ủy TP.HCM họp. Thành ủy và Ban Chấp hành Đảng bộ thành phố khóa XI thống nhất.',
      '2020-01-10',
    );
    const full = spans.slice(1).map((s) => cardData(s, '2020-01-10', { index: 0, count: 1 }).rows[0]?.value);
    expect(full).toEqual(['Thành ủy thành phố Hồ Chí Minh', 'Ban Chấp hành Đảng bộ thành phố Hồ Chí Minh khóa XI']);
  });
});

describe("a provincial paper's own place", () => {
  const THANH_HOA = { id: 'thanh-hoa', paper: 'Báo Thanh Hóa' };
  const placed = (text: string, home = THANH_HOA, date = '2024-05-01') =>
    engine
      .find(text, date, home)
      .filter((s) => s.kind === 'body')
      .map((s) => [s.text, s.id, s.placeFromSite ?? s.placeFromArticle ?? null]);

  it('gives the bare organs of an article that names no province the paper’s, and says so', () => {
    expect(placed('Ban Thường vụ Tỉnh ủy họp phiên thường kỳ. UBND tỉnh báo cáo tình hình kinh tế - xã hội.')).toEqual([
      ['Ban Thường vụ Tỉnh ủy', 'body:ban-thuong-vu--tinh-uy--thanh-hoa', 'Báo Thanh Hóa'],
      ['UBND tỉnh', 'body:uy-ban-nhan-dan--thanh-hoa', 'Báo Thanh Hóa'],
    ]);
  });

  it('gives way to the province the article names, in a body or in passing', () => {
    expect(placed('Đoàn công tác Tỉnh ủy Nghệ An đến thăm. Tỉnh ủy chỉ đạo các ngành.')).toEqual([
      ['Tỉnh ủy Nghệ An', 'body:tinh-uy--nghe-an', null],
      ['Tỉnh ủy', 'body:tinh-uy--nghe-an', 'Nghệ An'],
    ]);
    // Another province named only in passing: the bare organ may be either's, so it stays bare.
    expect(placed('Đoàn đại biểu tỉnh Nghệ An đến thăm. Tỉnh ủy chỉ đạo các ngành.')).toEqual([
      ['Tỉnh ủy', 'body:tinh-uy', null],
    ]);
    // A place inside a name the gazetteer knows names no place: "Nguyễn Thanh Hải" holds
    // "Thanh Hải" (Qinghai), and the paper's province stands.
    expect(placed('Phó Bí thư Thường trực Tỉnh ủy – Nguyễn Thanh Hải phát biểu.')).toEqual([
      ['Tỉnh ủy', 'body:tinh-uy--thanh-hoa', 'Báo Thanh Hóa'],
    ]);
    // The paper's own province named in passing: the article and the paper agree.
    expect(placed('Nhân dân tỉnh Thanh Hóa đón Tết. Tỉnh ủy chỉ đạo các ngành.')).toEqual([
      ['Tỉnh ủy', 'body:tinh-uy--thanh-hoa', 'Thanh Hóa'],
    ]);
  });

  it('gives nothing to an organ of another level than the paper’s place', () => {
    // A provincial paper's bare "Thành ủy" is a provincial city's, not the province's.
    expect(placed('Thành ủy tổ chức hội nghị.')).toEqual([['Thành ủy', 'body:thanh-uy', null]]);
    expect(placed('Thành ủy tổ chức hội nghị.', { id: 'ha-noi', paper: 'Hà Nội Mới' })).toEqual([
      ['Thành ủy', 'body:thanh-uy--ha-noi', 'Hà Nội Mới'],
    ]);
  });

  it('puts the paper on the card, and a merged province’s successor as for any other', () => {
    const [bare] = engine.find('Tỉnh ủy chỉ đạo các ngành.', '2024-05-01', { id: 'bac-giang', paper: 'Báo Bắc Giang' });
    const rows = cardData(bare, '2024-05-01', { index: 0, count: 1 }).rows.map((r) => [r.label, r.value]);
    expect(rows).toEqual([
      ['page.fullName', 'Tỉnh ủy Bắc Giang'],
      ['page.placeFromSite', 'tỉnh Bắc Giang (Báo Bắc Giang)'],
      ['page.level', 'page.level.province'],
      ['page.successor', 'Tỉnh ủy Bắc Ninh (từ 2025-07-01)'],
    ]);
  });
});
