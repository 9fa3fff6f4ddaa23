import { describe, expect, it } from 'vitest';
import { describeEntity } from './card';
import { createEngine, findEntities } from './index';
import { cardData } from '../facts/card-data';

const first = (text: string, kind: string) => findEntities(text).find((s) => s.kind === kind)!;

describe('describeEntity', () => {
  it('names an official by the record; the positions on a day come from held.ts (cardData)', () => {
    const span = first('Đồng chí Võ Văn Thưởng phát biểu.', 'official');
    expect(describeEntity(span)).toMatchObject({
      kind: 'official',
      name: 'Võ Văn Thưởng',
      id: 'official:vo-van-thuong',
    });
    const titles = (day: string) => (cardData(span, day, { index: 0, count: 1 }).atDate ?? []).map((p) => p.title);
    expect(titles('2022-12-12')).toContain('Thường trực Ban Bí thư');
    expect(titles('2022-12-12')).not.toContain('Chủ tịch nước');
    expect(titles('2023-06-01')).toContain('Chủ tịch nước');
  });

  it('does not show an office the text calls former as perhaps held when the data is not sure of its end', () => {
    const titles = (text: string, day: string) =>
      (cardData(first(text, 'official'), day, { index: 0, count: 1 }).atDate ?? []).map((p) => p.title);
    // The data: Phó Trưởng Ban Tổ chức Trung ương from 2024-09-05 to 2025-10-06, an end not confirmed.
    expect(titles('Ông Đỗ Trọng Hưng phát biểu.', '2025-10-06')).toContain('Phó Trưởng Ban Tổ chức Trung ương');
    expect(
      titles('Ông Đỗ Trọng Hưng, nguyên Phó Trưởng Ban Tổ chức Trung ương, bị kỷ luật.', '2025-10-06'),
    ).not.toContain('Phó Trưởng Ban Tổ chức Trung ương');
    // A position the data is sure of is the data's: "nguyên" changes nothing of it.
    expect(titles('Đồng chí Võ Văn Thưởng, nguyên Thường trực Ban Bí thư, phát biểu.', '2022-12-12')).toContain(
      'Thường trực Ban Bí thư',
    );
  });

  it('says a name of the watch list was found by the watch list, never by a rule, and keeps the data’s facts when it has them', () => {
    const engine = createEngine({
      extraTerms: [
        { kind: 'official', name: 'Nguyễn Văn Thuận' },
        { kind: 'official', name: 'Võ Văn Thưởng' },
        { kind: 'body', name: 'Câu lạc bộ Nhà báo trẻ' },
      ],
    });
    const spans = engine.find('Ông Nguyễn Văn Thuận, Võ Văn Thưởng và Câu lạc bộ Nhà báo trẻ.');
    expect(spans.map((s) => s.id)).toEqual([
      'watch:nguyen-van-thuan',
      'watch:vo-van-thuong',
      'watch:cau-lac-bo-nha-bao-tre',
    ]);
    for (const span of spans) {
      const rows = cardData(span, '2022-12-12', { index: 0, count: 1 }).rows;
      expect(rows, span.text).toContainEqual({
        label: 'page.foundBy',
        value: 'page.foundBy.watchList',
        translate: true,
      });
      expect(
        rows.map((r) => r.label),
        span.text,
      ).not.toContain('page.noRecord');
    }
    // A person the data knows keeps their positions on the article's day.
    expect(cardData(spans[1], '2022-12-12', { index: 0, count: 1 }).atDate?.map((p) => p.title)).toContain(
      'Thường trực Ban Bí thư',
    );
    // A person found by a rule still says so.
    const byRule = findEntities('Phó Chủ tịch UBND tỉnh Lê Văn Bình phát biểu.').find((s) => s.kind === 'official')!;
    expect(byRule.id?.startsWith('watch:')).toBeFalsy();
    expect(cardData(byRule, undefined, { index: 0, count: 1 }).rows.map((r) => r.label)).toContain('page.noRecord');
  });

  it('says when the article gives a known name an office the data never lists for that person', () => {
    const card = (text: string) =>
      cardData(findEntities(text).find((s) => s.kind === 'official')!, '2026-03-09', { index: 0, count: 1 });
    const other = card('Thiếu tướng Nguyễn Văn Hùng, Phó Tư lệnh Quân khu 7, dự lễ giao nhận quân.');
    expect(other.entityId).toBe('official:nguyen-van-hung');
    expect(other.unlistedRole).toBe('Phó Tư lệnh Quân khu 7');
    // The data's facts stay, under the warning.
    expect(other.sources.length).toBeGreaterThan(0);
    for (const text of [
      'Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch Nguyễn Văn Hùng phát biểu.',
      'Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng, dự hội nghị.',
      'Chủ tịch nước Lương Cường, Chủ tịch Quốc hội Trần Thanh Mẫn dự lễ.',
    ])
      expect(card(text).unlistedRole, text).toBeUndefined();
  });

  it('names a body as written, abbreviations spelled out, never doubled', () => {
    const cases: [string, string, string][] = [
      ['Ban Chấp hành Trung ương Đảng khóa IX họp.', 'Ban Chấp hành Trung ương Đảng khóa IX', 'central'],
      ['Ủy ban nhân dân tỉnh Bình Dương họp.', 'Ủy ban nhân dân tỉnh Bình Dương', 'province'],
      ['UBND tỉnh Bình Dương họp.', 'Ủy ban nhân dân tỉnh Bình Dương', 'province'],
      ['Bộ KH&ĐT cho biết.', 'Bộ Kế hoạch và Đầu tư', 'central'],
      // A fuller name of its own the text uses stays: the record's may be an earlier one.
      [
        'Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực họp.',
        'Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực',
        'central',
      ],
      ['Bộ Công thương cho biết.', 'Bộ Công Thương', 'central'],
      // The abbreviation's last word written again after it ("BCH Trung ương" + "Đảng khóa XII").
      ['Ủy viên BCH Trung ương Đảng khóa XII dự.', 'Ban Chấp hành Trung ương Đảng khóa XII', 'central'],
      // "VN" after an abbreviation is the name's "Việt Nam", and the place after it makes it the province's.
      ['Nguyên lãnh đạo MTTQ VN tỉnh Kiên Giang dự.', 'Mặt trận Tổ quốc Việt Nam tỉnh Kiên Giang', 'province'],
    ];
    for (const [text, name, level] of cases)
      expect(describeEntity(first(text, 'body')), text).toMatchObject({ name, fullName: name, level });
  });

  it("says no level for a court's seat: a high court or a regional one is not the province's", () => {
    const high = describeEntity(first('Tòa án nhân dân cấp cao tại Đà Nẵng xét xử phúc thẩm.', 'body'));
    expect(high).toMatchObject({ id: 'body:toa-an-nhan-dan--cap-cao--da-nang', level: undefined });
    const area = describeEntity(first('Viện kiểm sát nhân dân khu vực 3 - Hà Nội truy tố.', 'body'));
    expect(area).toMatchObject({ id: 'body:vien-kiem-sat-nhan-dan--khu-vuc-3--ha-noi', level: undefined });
    // The province's own court keeps its level.
    expect(describeEntity(first('Tòa án nhân dân TP Hà Nội tuyên án.', 'body')).level).toBe('province');
  });

  it('never gives a foreign party’s organ our Politburo’s or Central Committee’s card', () => {
    for (const text of [
      'Bộ Chính trị Đảng Nhân dân Cách mạng Lào đã quyết định.',
      'Trung ương Đảng Cộng sản Trung Quốc gửi điện mừng.',
      'Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào bế mạc hội nghị.',
      'Đoàn đại biểu Ban Bí thư Trung ương Đảng Cộng sản Trung Quốc sang thăm.',
    ]) {
      const span = first(text, 'body');
      expect(span.text, text).toMatch(/(Lào|Trung Quốc)$/);
      expect(span.id, text).not.toMatch(/^body:(bo-chinh-tri|ban-bi-thu|ban-chap-hanh-trung-uong-dang)(--|$)/);
      const data = cardData(span, '2025-10-01', { index: 0, count: 1 });
      expect(data.name, text).toBe(span.text);
      expect(data.rows, text).toEqual([]);
      expect(data.sources, text).toEqual([]);
    }
    // Ours keeps its card, named in full or not.
    expect(first('Trung ương Đảng Cộng sản Việt Nam đã họp.', 'body').id).toBe('body:ban-chap-hanh-trung-uong-dang');
    expect(first('Bộ Chính trị đã họp.', 'body').id).toBe('body:bo-chinh-tri');
  });

  it('never gives another country’s parliament, government, ministry or court, nor another organisation’s organ, the card of ours', () => {
    for (const [text, id] of [
      ['Quốc hội Lào thông qua nghị quyết.', 'body:quoc-hoi-lao'],
      ['Bộ Quốc phòng Campuchia cử đoàn sang thăm.', 'body:bo-quoc-phong-campuchia'],
      ['Chính phủ Trung Quốc hoan nghênh.', 'body:chinh-phu-trung-quoc'],
      ['Tòa án nhân dân tối cao Lào ký thỏa thuận.', 'body:toa-an-nhan-dan-toi-cao-lao'],
      ['Ủy ban Thường vụ Quốc hội Lào họp.', 'body:uy-ban-thuong-vu-quoc-hoi-lao'],
      // Not another country's, but not the Party's Secretariat either: the Youth Union's.
      [
        'Ban Bí thư Trung ương Đoàn ban hành kế hoạch.',
        'body:trung-uong-doan-thanh-nien-cong-san-ho-chi-minh-ban-bi-thu',
      ],
    ]) {
      const span = first(text, 'body');
      expect(span.id, text).toBe(id);
      const data = cardData(span, '2025-10-01', { index: 0, count: 1 });
      expect(data.name, text).toBe(span.text);
      expect(data.rows, text).toEqual([]);
      expect(data.sources, text).toEqual([]);
    }
    // An id of its own and no facts of ours on the card:
    for (const [text, id] of [
      // named bare in a foreigner's office, another country's too (which one, the text does not say there);
      ['Chủ tịch Quốc hội Woo Won-shik hội đàm với Chủ tịch Quốc hội Trần Thanh Mẫn.', 'body:quoc-hoi-nuoc-ngoai'],
      ['Bộ trưởng Bộ Quốc phòng Tea Seiha tiếp đoàn.', 'body:bo-quoc-phong-nuoc-ngoai'],
      ['Chủ tịch Quốc hội Đại Hàn Dân Quốc Woo Won-shik thăm Việt Nam.', 'body:quoc-hoi-han-quoc'],
      // an organisation of one agency's staff, neither the national organisation nor the agency;
      ['Đoàn TNCS Hồ Chí Minh cơ quan Bộ Tài chính tổ chức đại hội.', 'body:doan-thanh-nien-co-quan-bo-tai-chinh'],
      ['Bí thư Đoàn cơ quan Bộ Tài chính phát biểu.', 'body:doan-thanh-nien-co-quan-bo-tai-chinh'],
      ['Công đoàn cơ quan Bộ Y tế trao quà.', 'body:cong-doan-co-quan-bo-y-te'],
      // an organ whose country closes a list the organ begins, or "nước bạn".
      ['Đoàn làm việc với đại diện Bộ Ngoại giao và một số bộ, ngành của Nga.', 'body:bo-ngoai-giao-nga'],
      ['Chính phủ và nhân dân Campuchia đánh giá cao sự giúp đỡ.', 'body:chinh-phu-campuchia'],
      ['Chính phủ nước bạn đã hỗ trợ kịp thời.', 'body:chinh-phu-nuoc-ban'],
    ]) {
      const span = first(text, 'body');
      expect(span.id, text).toBe(id);
      const rows = cardData(span, '2025-10-01', { index: 0, count: 1 }).rows.map((r) => r.value);
      expect(rows, text).toEqual(id.endsWith('-nuoc-ngoai') ? ['page.level.foreign'] : []); // (another country's)
    }
    // Other countries in general are a class, no body; Việt Nam's, two countries' or a list of
    // named bodies keep ours.
    for (const text of [
      'Thủ tướng cảm ơn Nhà nước, Chính phủ, lãnh đạo cấp cao và nhân dân các nước.',
      'Lãnh đạo Chính phủ các nước ASEAN đã thống nhất.',
    ])
      expect(findEntities(text), text).toEqual([]);
    for (const [text, id] of [
      ['Bộ Công an và các bộ, ngành của Việt Nam sẽ phối hợp.', 'body:bo-cong-an'],
      ['Chính phủ và nhân dân Lào Cai đã vượt qua thiên tai.', 'body:chinh-phu'],
      ['Bộ Ngoại giao và các cơ quan của Lào và Việt Nam đã phối hợp.', 'body:bo-ngoai-giao'],
      ['Bộ Ngoại giao và Bộ Quốc phòng Lào đã cử đoàn sang thăm.', 'body:bo-ngoai-giao'],
      ['Quốc hội hai nước tổ chức hội thảo.', 'body:quoc-hoi'],
    ])
      expect(first(text, 'body').id, text).toBe(id);
    // An office that names another country (and never Việt Nam) is that country's, the name read
    // as Vietnamese or not, and so is the office written after it; "Bộ Tư pháp" names no France.
    for (const text of [
      'Ủy viên Thường vụ Bộ Chính trị, Ủy viên trưởng Nhân đại toàn quốc Trung Quốc Triệu Lạc Tế hội kiến Chủ tịch nước.',
      'Phó Thủ tướng Trung Quốc Đinh Tiết Tường, Ủy viên Thường vụ Bộ Chính trị, thăm Việt Nam.',
    ]) {
      const span = first(text, 'body');
      expect(span.id, text).toBe('body:bo-chinh-tri-nuoc-ngoai');
      expect(cardData(span, '2025-10-01', { index: 0, count: 1 }).rows.map((r) => r.value)).toEqual([
        'page.level.foreign',
      ]);
    }
    expect(first('Quốc hội nghe Bộ trưởng Bộ Tư pháp Nguyễn Hải Ninh trình bày.', 'official').roleBodies).toEqual([
      'body:bo-tu-phap',
    ]);
    expect(first('Ủy viên Trung ương Đảng, Đại sứ Việt Nam tại Trung Quốc Phạm Sao Mai dự.', 'body').id).toBe(
      'body:ban-chap-hanh-trung-uong-dang',
    );
    // Our leader's chain, in apposition before a foreign guest's name, stays ours; the guest holds
    // no office of it; a Spanish name is foreign too.
    const visit = createEngine().find(
      'Nhận lời mời của đồng chí Trần Thanh Mẫn, Ủy viên Bộ Chính trị, Chủ tịch Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam, đồng chí Khamla Sengkham thăm Việt Nam. Bà Yolanda Ferrer Gómez, Chủ tịch Ủy ban Đối ngoại của Quốc hội, tiếp đoàn.',
    );
    expect(visit.filter((s) => s.kind === 'body').map((s) => s.id)).toEqual([
      'body:bo-chinh-tri',
      'body:quoc-hoi',
      'body:uy-ban-doi-ngoai-nuoc-ngoai',
    ]);
    // (A form of address is no office: the card shows none.)
    expect(visit.find((s) => s.text === 'Khamla Sengkham')).toMatchObject({ kind: 'official' });
    expect(visit.find((s) => s.text === 'Khamla Sengkham')?.role).toBeUndefined();
    // A Vietnamese name with a surname the data does not list keeps our organ.
    expect(first('Chủ tịch Tổng Liên đoàn Lao động Việt Nam Ngọ Duy Hiểu phát biểu.', 'body').id).toBe(
      'body:tong-lien-doan-lao-dong-viet-nam',
    );
    expect(
      createEngine()
        .find('Chủ tịch Quốc hội Woo Won-shik hội đàm với Chủ tịch Quốc hội Trần Thanh Mẫn.')
        .filter((s) => s.kind === 'body')
        .map((s) => s.id),
    ).toEqual(['body:quoc-hoi-nuoc-ngoai', 'body:quoc-hoi']);
    // Its head is not ours either; our own, named with "Việt Nam", keeps its record.
    const head = createEngine()
      .find('Chủ tịch Quốc hội Lào Saysomphone Phomvihane hội đàm.')
      .find((s) => s.kind === 'official');
    expect(head?.roleBodies).toEqual(['body:quoc-hoi-lao']);
    expect(first('Chính phủ Việt Nam hoan nghênh.', 'body').id).toBe('body:chinh-phu');
    expect(first('Tòa án nhân dân tối cao Việt Nam ký thỏa thuận.', 'body').id).toBe('body:toa-an-nhan-dan-toi-cao');
  });

  it('reads the organs in a list of another country’s side as that country’s, never ours', () => {
    const bodies = (text: string) => findEntities(text).flatMap((s) => (s.kind === 'body' ? [s.id] : []));
    expect(
      bodies(
        'Về phía Trung Quốc có Ủy viên Bộ Chính trị, Bộ trưởng Ngoại giao Vương Nghị. Về phía Việt Nam có Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an Tô Lâm.',
      ),
    ).toEqual(['body:bo-chinh-tri-nuoc-ngoai', 'body:bo-chinh-tri', 'body:bo-cong-an']);
    expect(bodies('Phía bạn có Bộ trưởng Bộ Quốc phòng Chansamone Chanyalath.')).toEqual([
      'body:bo-quoc-phong-nuoc-ngoai',
    ]);
  });

  it('gives every organ of a foreign leader’s title chain that party, though only one organ names it', () => {
    const engine = createEngine();
    const ids = (text: string) =>
      engine
        .find(text)
        .filter((s) => s.kind === 'body')
        .map((s) => [s.text, s.id]);
    // The Politburo and the Commission are Laos's: the party is named once, after the last organ.
    expect(
      ids(
        'Ông Sinlavong Khoutphaythoune, Ủy viên Bộ Chính trị, Trưởng Ban Tổ chức Trung ương Đảng NDCM Lào, phát biểu.',
      ),
    ).toEqual([
      ['Bộ Chính trị', 'body:dang-nhan-dan-cach-mang-lao-bo-chinh-tri'],
      ['Ban Tổ chức Trung ương Đảng NDCM Lào', 'body:dang-nhan-dan-cach-mang-lao-ban-to-chuc-trung-uong'],
    ]);
    const official = engine
      .find('Ủy viên Bộ Chính trị, Thường trực Ban Bí thư Đảng Nhân dân Cách mạng Lào Bounthong Chitmany tiếp đoàn.')
      .find((s) => s.kind === 'official');
    expect(official?.roleBodies).toEqual([
      'body:dang-nhan-dan-cach-mang-lao-bo-chinh-tri',
      'body:dang-nhan-dan-cach-mang-lao-ban-bi-thu',
    ]);
    // A chain of ours stays ours, even with a foreign party later in the sentence.
    expect(
      ids('Ủy viên Bộ Chính trị, Thường trực Ban Bí thư Trần Cẩm Tú tiếp Đoàn đại biểu Đảng Nhân dân Cách mạng Lào.'),
    ).toEqual([
      ['Bộ Chính trị', 'body:bo-chinh-tri'],
      ['Ban Bí thư', 'body:ban-bi-thu'],
      ['Đảng Nhân dân Cách mạng Lào', 'body:dang-nhan-dan-cach-mang-lao'],
    ]);
    // After a name and a comma, "Thường trực Ban Bí thư" goes on the title chain: the Secretariat is marked.
    expect(ids('Đồng chí Trần Cẩm Tú, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư tiếp đoàn.')).toEqual([
      ['Bộ Chính trị', 'body:bo-chinh-tri'],
      ['Ban Bí thư', 'body:ban-bi-thu'],
    ]);
  });

  it('names a central body written with "TƯ", "T.Ư" or "TW" in full, with its record', () => {
    for (const [text, id, name] of [
      ['Ban Tổ chức TW hướng dẫn.', 'body:ban-to-chuc-trung-uong', 'Ban Tổ chức Trung ương'],
      ['Văn phòng T.Ư Đảng thông báo.', 'body:van-phong-trung-uong-dang', 'Văn phòng Trung ương Đảng'],
      ['Ủy ban Kiểm tra TƯ kết luận.', 'body:uy-ban-kiem-tra-trung-uong', 'Ủy ban Kiểm tra Trung ương'],
    ]) {
      const span = first(text, 'body');
      expect(span.id, text).toBe(id);
      expect(describeEntity(span).name, text).toBe(name);
    }
  });

  it('keeps the role of an official found by rule', () => {
    const card = describeEntity(first('Phó Bí thư Huyện ủy Tuy Phước Trần Văn Mười nói.', 'official'));
    expect(card.role).toBe('Phó Bí thư Huyện ủy Tuy Phước');
  });

  it('gives a merged ministry its successor and a merged province the new one', () => {
    const m = describeEntity(first('Bộ Kế hoạch và Đầu tư cho biết.', 'body'));
    expect(m).toMatchObject({
      fullName: 'Bộ Kế hoạch và Đầu tư',
      level: 'central',
      successor: 'Bộ Tài chính (từ 2025-03-01)',
      validTo: '2025-02-28',
    });
    // The successor's own first day, when the data has it.
    expect(describeEntity(first('Ban Tuyên giáo Trung ương cho biết.', 'body')).successor).toBe(
      'Ban Tuyên giáo và Dân vận Trung ương (từ 2025-02-03)',
    );
    // A province's department is not the national one its bare name passed to (r310).
    const customs = describeEntity(first('Cục Hải quan Lạng Sơn phát hiện vụ buôn lậu.', 'body'));
    expect(customs).toMatchObject({ level: 'province', validTo: '2025-02-28' });
    expect(customs.successor).toBeUndefined();
    const p = describeEntity(first('UBND tỉnh Bình Dương cho biết.', 'body'));
    expect(p.fullName).toBe('Ủy ban nhân dân tỉnh Bình Dương');
    expect(p.level).toBe('province');
    expect(p.successor).toContain('Hồ Chí Minh');
    const d = describeEntity(first('Huyện ủy Tuy Phước cho biết.', 'body'));
    expect(d.level).toBe('district');
    // A district's office ended with the districts; a commune's office of the same kind did not.
    const office = describeEntity(first('Phòng Tư pháp huyện Tuy Phước cho biết.', 'body'));
    expect(office).toMatchObject({ level: 'district', successor: 'Cấp huyện kết thúc hoạt động từ 2025-07-01' });
    expect(describeEntity(first('Công an huyện Tuy Phước cho biết.', 'body')).successor).toBe(
      'Công an cấp huyện kết thúc hoạt động từ 2025-03-01',
    );
    const commune = describeEntity(first('Phòng Kinh tế xã Tuy Phước cho biết.', 'body'));
    expect(commune.level).toBe('commune');
    expect(commune.successor).toBeUndefined();
    expect(describeEntity(first('Phòng Văn hóa - Xã hội phường Quy Nhơn Nam phối hợp.', 'body')).level).toBe('commune');
  });

  it('reads type, issuer, number and year of a document', () => {
    expect(describeEntity(first('Nghị định 100/2019/NĐ-CP', 'resolution'))).toMatchObject({
      docType: 'Nghị định',
      number: '100',
      year: '2019',
      issuer: 'Chính phủ',
    });
    expect(describeEntity(first('Theo 23-NQ/TW', 'resolution'))).toMatchObject({ docType: 'Nghị quyết', number: '23' });
    expect(describeEntity(first('Hiến pháp năm 2013', 'resolution'))).toMatchObject({
      docType: 'Hiến pháp',
      year: '2013',
    });
    expect(describeEntity(first('Nghị quyết 31/2024/QH15', 'resolution')).issuer).toBe('Quốc hội khóa 15');
    // "TU" is a provincial-level Party committee's code: a province's Tỉnh ủy or a city's Thành ủy
    // (Hà Nội's directives are "-CT/TU" too).
    expect(describeEntity(first('Chỉ thị số 35-CT/TU của Thành ủy Hà Nội', 'resolution')).issuer).toBe(
      'Tỉnh ủy hoặc Thành ủy trực thuộc Trung ương',
    );
    expect(describeEntity(first('Theo Nghị định 81/2017 của Chính phủ', 'resolution'))).toMatchObject({
      number: '81',
      year: '2017',
    });
    // An unknown short code in the type's place is no issuer.
    expect(describeEntity(first('Giấy phép 145/GP-BTTTT', 'resolution')).issuer).toBe(
      'Bộ Thông tin và Truyền thông (đến 2025-02-28)',
    );
    // An amending law's title ends with the amended law's year, not its own.
    expect(
      describeEntity(
        first('Luật sửa đổi, bổ sung một số điều của Bộ luật Hình sự năm 2015 được thông qua.', 'resolution'),
      ).year,
    ).toBeUndefined();
    expect(describeEntity(first('Luật Đất đai năm 2013 quy định.', 'resolution')).year).toBe('2013');
    // Nor its number and issuer, when the amended code's symbol ends its title.
    const amending = describeEntity(
      first(
        'Bộ Tư pháp soạn thảo Luật sửa đổi, bổ sung một số điều của Bộ luật Hình sự số 100/2015/QH13.',
        'resolution',
      ),
    );
    expect([amending.docType, amending.number, amending.issuer, amending.year]).toEqual([
      'Luật',
      undefined,
      undefined,
      undefined,
    ]);
    // Nor does a term's last year date a congress's resolution (its congress sat at the term's start).
    expect(
      describeEntity(first('Nghị quyết Đại hội Đảng bộ phường Tân Định nhiệm kỳ 2020 - 2025 đã đề ra.', 'resolution'))
        .year,
    ).toBeUndefined();
    // A plenum's or a congress's number is theirs, not the document's.
    for (const text of ['Nghị quyết Hội nghị Trung ương 5 đã chỉ rõ.', 'Nghị quyết Đại hội 12 của Đảng đã nêu.'])
      expect(describeEntity(first(text, 'resolution')).number, text).toBeUndefined();
  });
});
