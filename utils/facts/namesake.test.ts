import { describe, expect, it } from 'vitest';
import { createEngine, findEntities } from '../entities/index';
import { findOfficial } from '../entities/official-facts';
import { cardData } from './card-data';
import { maybeNamesake, roleKeys } from './namesake';

/** The official a sentence names, with the role and its bodies the engine read. */
const official = (text: string) => findEntities(text).find((s) => s.kind === 'official')!;

describe('roleKeys', () => {
  it('takes the place of a local body, the names of a central one, and nothing from a vague one', () => {
    expect(roleKeys('body:tinh-uy--bac-ninh')).toEqual(['bac-ninh']);
    expect(roleKeys('body:ban-thuong-vu--thanh-uy--tp-ho-chi-minh')).toEqual(['ho-chi-minh']);
    expect(roleKeys('body:quan-khu-7')).toContain('quan-khu-7');
    // A prefix's organ with no place says no place ("uy" of "tinh-uy" matched any Party committee).
    expect(roleKeys('body:ban-thuong-vu--tinh-uy')).toBeNull();
    expect(roleKeys('body:ban-thuong-vu--quan-uy-trung-uong')).toContain('quan-uy-trung-uong');
    // The record's names and aliases: the press's "Tuyên giáo - Dân vận" and the data's "Tuyên giáo và Dân vận".
    expect(roleKeys('body:ban-tuyen-giao-va-dan-van-trung-uong')).toEqual(
      expect.arrayContaining(['ban-tuyen-giao-va-dan-van-trung-uong', 'ban-tuyen-giao-dan-van-trung-uong']),
    );
    // Another country's organ under each of the country's names, as the data may write the office.
    expect(roleKeys('body:bo-ngoai-giao-nga')).toEqual(
      expect.arrayContaining(['bo-ngoai-giao-nga', 'bo-ngoai-giao-lien-bang-nga', 'bo-ngoai-giao-lb-nga']),
    );
    expect(
      maybeNamesake(
        [official('Thứ trưởng Bộ Ngoại giao LB Nga Igor Morgulov tiếp Đại sứ.').roleBodies![0]],
        [
          {
            title: 'Thứ trưởng Bộ Ngoại giao Liên bang Nga',
            from: '2016-01-01',
            to: null,
            source: 'https://example.vn',
          },
        ],
      ),
    ).toBe(false);
    expect(roleKeys('body:uy-ban-nhan-dan--tinh')).toBeNull();
    expect(roleKeys('body:thanh-uy')).toBeNull();
  });
});

describe('maybeNamesake', () => {
  it('warns when the article gives a known name an office the data never lists for that person', () => {
    const span = official('Thiếu tướng Nguyễn Văn Hùng, Phó Tư lệnh Quân khu 7, dự lễ giao nhận quân.');
    expect(span.id).toBe('official:nguyen-van-hung');
    expect(span.roleBodies).toEqual(['body:quan-khu-7']);
    expect(maybeNamesake(span.roleBodies, findOfficial(span)!.positions)).toBe(true);
  });

  it('reads the office after a form of address as the office, as after a rank ("đồng chí X, Phó Trưởng ban ...")', () => {
    for (const address of ['đồng chí', 'Đồng chí', 'ông']) {
      const text = `Tại hội nghị, ${address} Nguyễn Văn Hùng, Phó Tư lệnh Quân khu 7 đã công bố quyết định.`;
      const span = official(text);
      expect(span.id, text).toBe('official:nguyen-van-hung');
      expect(span.roleBodies, text).toEqual(['body:quan-khu-7']);
      expect(maybeNamesake(span.roleBodies, findOfficial(span)!.positions), text).toBe(true);
    }
  });

  it("warns on a title alone that no office of the data's person ever had, and only then", () => {
    const text = 'Bốn phó bí thư được chỉ định gồm: Lê Vĩnh Tân (thường trực), Nguyễn Văn Út.';
    const [tan, ut] = findEntities(text).filter((s) => s.kind === 'official');
    expect([tan.role, tan.roleBodies]).toEqual(['phó bí thư', undefined]);
    const warns = (span: typeof tan) =>
      maybeNamesake(span.roleBodies, findOfficial(span)!.positions, { role: span.role });
    // The data's Lê Vĩnh Tân is a minister, never a deputy secretary; its Nguyễn Văn Út was one.
    expect([warns(tan), warns(ut)]).toEqual([true, false]);
    // The sentence's own Nguyễn Mạnh Hùng (vnexpress.net, 2025-10-10) is the data's Tây Ninh one, not the minister.
    const [hung] = findEntities(text.replace('Lê Vĩnh Tân', 'Nguyễn Mạnh Hùng')).filter((s) => s.kind === 'official');
    expect([hung.id, warns(hung)]).toEqual(['official:nguyen-manh-hung-tay-ninh', false]);
  });

  it("warns on a minister's title with a short portfolio that the data's person never had (r333)", () => {
    const warns = (text: string) => {
      const span = official(text);
      return [span.role, maybeNamesake(span.roleBodies, findOfficial(span)!.positions, { role: span.role })];
    };
    // The data's Nguyễn Minh Vũ was a deputy foreign minister, never the minister.
    expect(warns('Dự có Trợ lý Bộ trưởng Ngoại giao Nguyễn Minh Vũ.')).toEqual(['Bộ trưởng Ngoại giao', true]);
    expect(warns('Thứ trưởng Ngoại giao Nguyễn Minh Vũ dự.')).toEqual(['Thứ trưởng Ngoại giao', false]);
    expect(warns('Bộ trưởng Ngoại giao Bùi Thanh Sơn phát biểu.')).toEqual(['Bộ trưởng Ngoại giao', false]);
  });

  it("shows none of the data's facts for a person it has certainly in office elsewhere, placed by the text in a province they never served in (r339)", () => {
    const card = (text: string, date: string) => {
      const span = official(text);
      return cardData(span, date, { index: 0, count: 1 });
    };
    // The data's Nguyễn Mạnh Hùng was the minister that day, and never served in Bình Thuận.
    const hung = card('Chủ tịch HĐND tỉnh Bình Thuận Nguyễn Mạnh Hùng phát biểu.', '2019-12-20');
    expect([hung.otherPerson, hung.atDate, hung.current, hung.role]).toEqual([
      'Bộ trưởng Bộ Thông tin và Truyền thông',
      undefined,
      undefined,
      'Chủ tịch HĐND tỉnh Bình Thuận',
    ]);
    // A province the data's person served in, or a place that is no province (a typo), keeps the facts
    // with the warning.
    const lan = card('Bí thư Tỉnh ủy Vĩnh Phúc Hoàng Thị Thúy Lan phát biểu.', '2019-12-20');
    expect([lan.otherPerson, lan.atDate?.length]).toEqual([undefined, 1]);
    const typo = card('Bí thư Tỉnh ủy Vĩnh Phúcvì Hoàng Thị Thúy Lan phát biểu.', '2019-12-20');
    expect(typo.otherPerson).toBeUndefined();
  });

  it("reads a national organ's branch by its organ, not its place (r346)", () => {
    // The SCB case's Nguyễn Văn Dũng of the State Bank's HCMC branch is not the data's HCMC vice-chairman.
    const span = official('Bị cáo Nguyễn Văn Dũng, Phó giám đốc NHNN Chi nhánh TPHCM, khai.');
    expect(span.roleBodies).toEqual(['body:ngan-hang-nha-nuoc-viet-nam--tp-ho-chi-minh']);
    expect(maybeNamesake(span.roleBodies, findOfficial(span)!.positions, { role: span.role })).toBe(true);
  });

  it("warns on an envoy's office the data's person never held, though it names no body of ours", () => {
    const text = 'Dự có Đại sứ Việt Nam tại Ấn Độ kiêm nhiệm Bhutan và Nepal Nguyễn Thanh Hải.';
    const [hai] = findEntities(text).filter((s) => s.kind === 'official');
    expect([hai.id, hai.role]).toEqual([
      'official:nguyen-thanh-hai',
      'Đại sứ Việt Nam tại Ấn Độ kiêm nhiệm Bhutan và Nepal',
    ]);
    // The data's Nguyễn Thanh Hải sat in the National Assembly; its envoy to the UN was an envoy.
    expect(maybeNamesake(hai.roleBodies, findOfficial(hai)!.positions, { role: hai.role })).toBe(true);
    const envoy = findEntities(
      'Đại sứ, Trưởng Phái đoàn đại diện thường trực Việt Nam tại Liên hợp quốc Đặng Đình Quý phát biểu.',
    );
    const quy = envoy.find((s) => s.kind === 'official')!;
    expect(maybeNamesake(quy.roleBodies, findOfficial(quy)!.positions, { role: quy.role })).toBe(false);
  });

  it('stays quiet when an office of the text is one the data lists, or says nothing to compare', () => {
    const same = [
      'Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch Nguyễn Văn Hùng phát biểu.',
      'Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng, dự hội nghị.',
      'Ủy viên Bộ Chính trị, Chủ tịch Quốc hội Trần Thanh Mẫn chủ trì phiên họp.',
      'Trưởng ban Tuyên giáo - Dân vận Trung ương Nguyễn Trọng Nghĩa dự hội nghị.',
      'Ông Nguyễn Văn Hùng cho biết.',
    ];
    for (const text of same) {
      const span = official(text);
      expect(span.id, text).toMatch(/^official:/);
      const rec = findOfficial(span)!;
      expect(maybeNamesake(span.roleBodies, rec.positions, { role: span.role }), text).toBe(false);
    }
  });

  it('warns when the text puts a civilian of the data in the army or the police, by a rank alone or their organs alone', () => {
    // The data's Nguyễn Văn Được chairs Hồ Chí Minh City's People's Committee and has no rank; of
    // its two Nguyễn Văn Hùng, the minister has none, the other is in the army, not the police.
    const armed = [
      ['Thượng tướng Nguyễn Văn Được phát biểu tại hội nghị.', 'Thượng tướng'],
      [
        'Đại tá Nguyễn Văn Được, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, dự lễ.',
        'Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh',
      ],
      ['Tại buổi lễ, Trung tá Nguyễn Văn Hùng, Phó trưởng Công an huyện, trao quà.', 'Phó trưởng Công an huyện'],
    ];
    for (const [text, role] of armed) {
      const span = official(text);
      expect(span.role, text).toBe(role);
      const rec = findOfficial(span)!;
      expect(maybeNamesake(span.roleBodies, rec.positions, { role: span.role }), text).toBe(true);
    }
    // Someone the data lists in the army or the police, under a rank or in their organs: the same person.
    for (const text of [
      'Đại tướng Phan Văn Giang phát biểu.',
      'Thượng tướng Lương Tam Quang, Thứ trưởng Bộ Công an, dự lễ.',
    ]) {
      const span = official(text);
      const rec = findOfficial(span)!;
      expect(maybeNamesake(span.roleBodies, rec.positions, { role: span.role }), text).toBe(false);
    }
    // An office in a civil organ beside the military one is weighed as before (a province's
    // secretary is also its military Party committee's).
    const positions = [{ title: 'Bí thư Tỉnh ủy Ninh Bình', org: 'Tỉnh ủy Ninh Bình', source: 'https://example.vn/a' }];
    expect(maybeNamesake(['body:tinh-uy', 'body:dang-uy-quan-su--tinh'], positions, { role: 'x' })).toBe(false);
    expect(maybeNamesake(['body:dang-uy-quan-su--tinh'], positions, { role: 'x' })).toBe(true);
    // A bare "Đảng ủy" beside an armed organ is that organ's (r219: a border guard's political
    // commissar was shown as the data's civilian of the same name, with no warning).
    // (The data's person has an office in a Party committee: "Đảng ủy" alone would match it.)
    const civilian = [
      ...positions,
      { title: 'Phó Bí thư Đảng ủy Chính phủ', org: 'Đảng ủy Chính phủ', source: 'https://example.vn/c' },
    ];
    expect(maybeNamesake(['body:dang-uy', 'body:bo-doi-bien-phong'], civilian, { role: 'x' })).toBe(true);
    expect(maybeNamesake(['body:dang-uy', 'body:tinh-uy--ninh-binh'], civilian, { role: 'x' })).toBe(false);
    // Another country's leader the press gives a rank (a head of government who is a general).
    const premier = [{ title: 'Thủ tướng Campuchia', source: 'https://example.vn/b' }];
    expect(maybeNamesake(undefined, premier, { role: 'Đại tướng' })).toBe(true);
    expect(maybeNamesake(undefined, premier, { role: 'Đại tướng', foreign: true })).toBe(false);
  });

  it("stays quiet when a local organ named without its place may be the data's office, whatever else the text adds", () => {
    // The data's Bí thư Tỉnh ủy; the text adds a Central Committee seat the data lacks.
    const positions = [{ title: 'Bí thư Tỉnh ủy Ninh Bình', org: 'Tỉnh ủy Ninh Bình', source: 'https://example.vn/a' }];
    const both = ['body:ban-chap-hanh-trung-uong-dang', 'body:tinh-uy'];
    expect(maybeNamesake(both, positions)).toBe(false);
    // Without the bare organ the Central Committee alone still disagrees with the data.
    expect(maybeNamesake(['body:ban-chap-hanh-trung-uong-dang'], positions)).toBe(true);
    // A bare organ of another kind ("Thành ủy" when the data has a "Tỉnh ủy") says nothing either way.
    expect(maybeNamesake(['body:ban-chap-hanh-trung-uong-dang', 'body:thanh-uy'], positions)).toBe(true);
    // The data writes the organ short ("Chủ tịch UBND tỉnh Phú Thọ"), the id in full ("uy-ban-nhan-dan").
    const chair = [{ title: 'Chủ tịch UBND tỉnh Phú Thọ', org: 'UBND tỉnh Phú Thọ', source: 'https://example.vn/c' }];
    const read = ['body:ban-chap-hanh-trung-uong-dang', 'body:tinh-uy', 'body:uy-ban-nhan-dan--tinh'];
    expect(
      maybeNamesake(read, chair, {
        role: 'Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh',
      }),
    ).toBe(false);
  });

  it("compares another country's organ named without its country by the organ's words", () => {
    // "Chủ tịch Thượng viện Hun Sen": the data's office is "Chủ tịch Thượng viện Campuchia".
    const positions = [{ title: 'Chủ tịch Thượng viện Campuchia', source: 'https://example.vn/a' }];
    expect(maybeNamesake(['body:thuong-vien-nuoc-ngoai'], positions)).toBe(false);
    expect(maybeNamesake(['body:quoc-hoi-nuoc-ngoai'], positions)).toBe(true);
  });

  it('takes an office in the same province as the same person (a secretary who was the chair there)', () => {
    const positions = [{ title: 'Chủ tịch UBND tỉnh Bắc Ninh', source: 'https://example.vn/a' }];
    expect(maybeNamesake(['body:tinh-uy--bac-ninh'], positions)).toBe(false);
    expect(maybeNamesake(['body:tinh-uy--nghe-an'], positions)).toBe(true);
  });

  it('reads a steering board by its place, and one made for a task and no place as saying nothing (r226)', () => {
    const chair = [{ title: 'Chủ tịch UBND thành phố Hà Nội', source: 'https://example.vn/a' }];
    // "Trưởng Ban Chỉ đạo là ông Trần Sỹ Thanh, Chủ tịch UBND thành phố": the board's task is no place.
    const [task] = createEngine()
      .find('Trưởng Ban Chỉ đạo các dự án đường sắt là ông Trần Sỹ Thanh.', '2024-10-20')
      .filter((s) => s.kind === 'official');
    expect(task.roleBodies).toEqual(['body:ban-chi-dao--cac-du-an-duong-sat']);
    expect(maybeNamesake(task.roleBodies, chair, { role: task.role })).toBe(false);
    // A board of a province is that province's: it agrees with an office there, not elsewhere.
    const board = official(
      'Ông Trần Sỹ Thanh, Trưởng Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh Quảng Nam, phát biểu.',
    );
    expect(roleKeys(board.roleBodies![0])).toEqual(['quang-nam']);
    expect(maybeNamesake(board.roleBodies, chair, { role: board.role })).toBe(true);
    const quangNam = [{ title: 'Chủ tịch UBND tỉnh Quảng Nam', source: 'https://example.vn/a' }];
    expect(maybeNamesake(board.roleBodies, quangNam, { role: board.role })).toBe(false);
  });

  it("reads a bare organ in the office by the article's one place, or the paper's", () => {
    // The data's Nguyễn Văn Hùng is a minister; "Phó Bí thư Thành ủy" in an article that names Cần
    // Thơ is Cần Thơ's, which the data never lists for him.
    const text = 'Thành ủy Cần Thơ họp. Đồng chí Nguyễn Văn Hùng, Phó Bí thư Thành ủy, phát biểu.';
    const span = findEntities(text).find((s) => s.kind === 'official')!;
    expect(span.roleBodies).toEqual(['body:thanh-uy--can-tho']);
    expect(maybeNamesake(span.roleBodies, findOfficial(span)!.positions)).toBe(true);
    const [bare] = createEngine()
      .find('Đồng chí Nguyễn Văn Hùng, Phó Bí thư Tỉnh ủy, phát biểu.', '2024-05-01', {
        id: 'nghe-an',
        paper: 'Báo Nghệ An',
      })
      .filter((s) => s.kind === 'official');
    expect(bare.roleBodies).toEqual(['body:tinh-uy--nghe-an']);
    // Without either the bare organ says nothing.
    expect(official('Đồng chí Nguyễn Văn Hùng, Phó Bí thư Tỉnh ủy, phát biểu.').roleBodies).toEqual(['body:tinh-uy']);
  });

  it("finds a foreign party's name in the office of one of its organs", () => {
    expect(roleKeys('body:dang-cong-san-trung-quoc-ban-chap-hanh-trung-uong')).toContain('dang-cong-san-trung-quoc');
    const span = official(
      'Tổng Bí thư Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc, Chủ tịch nước Cộng hòa Nhân dân Trung Hoa Tập Cận Bình đến Hà Nội.',
    );
    expect(span.id).toBe('official:tap-can-binh');
    expect(maybeNamesake(span.roleBodies, findOfficial(span)!.positions)).toBe(false);
  });
});

describe('a defendant named as an official of the data', () => {
  const warned = (text: string, day: string) => {
    const span = official(text);
    return { role: span.role, warned: cardData(span, day, { index: 0, count: 1 }).unlistedRole !== undefined };
  };

  it('warns when the data has the person in office that day, and not when it has them out of office', () => {
    // The data's Nguyễn Chí Dũng was a minister in 2021: a defendant of that name is someone else.
    expect(warned('Bị cáo Nguyễn Chí Dũng khai tại tòa.', '2021-04-13')).toEqual({ role: 'Bị cáo', warned: true });
    expect(warned('Tại phiên tòa, bị can Nguyễn Chí Dũng bị đề nghị truy tố.', '2021-04-13')).toEqual({
      role: 'bị can',
      warned: true,
    });
    // Before his first office the data has none for him: the same person may well be on trial.
    expect(warned('Bị cáo Nguyễn Chí Dũng khai tại tòa.', '2010-01-01')).toEqual({ role: 'Bị cáo', warned: false });
    // An office the data ends weeks later (removed after the arrest) is the same person's.
    expect(warned('Cơ quan điều tra khởi tố bị can Hoàng Thị Thúy Lan.', '2024-03-27')).toEqual({
      role: 'bị can',
      warned: false,
    });
  });

  it('keeps the office the text gives after the name, which the card compares as before', () => {
    const span = official('Bị cáo Nguyễn Đức Chung, nguyên Chủ tịch UBND TP Hà Nội, xin giảm án.');
    expect(span.role).toBe('nguyên Chủ tịch UBND TP Hà Nội');
    expect(cardData(span, '2021-04-13', { index: 0, count: 1 }).unlistedRole).toBeUndefined();
  });
});

describe('a deputy’s seat', () => {
  const warns = (text: string, day: string) => cardData(official(text), day, { index: 0, count: 1 }).unlistedRole;
  it('says nothing against the person: the data lists few deputies (r264)', () => {
    expect(warns('Quốc hội bãi nhiệm đại biểu Quốc hội khoá XV Nguyễn Thanh Long.', '2022-06-07')).toBeUndefined();
    expect(warns('Đại biểu Quốc hội Nguyễn Thanh Long phát biểu.', '2022-06-07')).toBeUndefined();
    // Another office beside it is weighed as before: the minister was never Vĩnh Long's chairman.
    expect(warns('Chủ tịch UBND tỉnh Vĩnh Long Nguyễn Thanh Long phát biểu.', '2022-06-07')).toBe(
      'Chủ tịch UBND tỉnh Vĩnh Long',
    );
  });
});

describe('an office the text writes short', () => {
  it("agrees with the data's office ('Bộ trưởng Y tế', 'Phó thủ tướng'), but not a local organ's without its place", () => {
    const warns = (text: string, day: string) => {
      const span = official(text);
      return cardData(span, day, { index: 0, count: 1 }).unlistedRole !== undefined;
    };
    // The Central Committee seat is not in the data; the ministry, written short, is.
    expect(warns('Ủy viên Trung ương Đảng, Bộ trưởng Y tế Đào Hồng Lan phát biểu.', '2025-08-29')).toBe(false);
    expect(warns('Ủy viên Trung ương Đảng, Phó thủ tướng Lê Thành Long dự.', '2025-08-29')).toBe(false);
    // Without the short office, a seat the data lacks disagrees with the data, as before.
    const minister = [{ title: 'Bộ trưởng Bộ Y tế', org: 'Chính phủ', source: 'https://example.vn/a' }];
    const seat = official('Ủy viên Trung ương Đảng Đào Hồng Lan phát biểu.');
    expect(maybeNamesake(seat.roleBodies, minister, { role: seat.role })).toBe(true);
    expect(maybeNamesake(seat.roleBodies, minister, { role: 'Ủy viên Trung ương Đảng, Bộ trưởng Y tế' })).toBe(false);
    // "Phó Bí thư Tỉnh ủy" is any province's: An Giang's chair is not the data's Thái Nguyên man.
    const positions = [
      { title: 'Phó Bí thư Tỉnh ủy Thái Nguyên', org: 'Tỉnh ủy Thái Nguyên', source: 'https://example.vn/a' },
    ];
    expect(
      maybeNamesake(['body:tinh-uy--an-giang'], positions, { role: 'Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh' }),
    ).toBe(true);
  });
});

describe('an office that names its holder alone, and a seat the Charter gives with it', () => {
  const pm = [{ title: 'Thủ tướng Chính phủ', org: 'Chính phủ', source: 'https://example.vn/a' }];
  const gs = [
    {
      title: 'Tổng Bí thư Ban Chấp hành Trung ương Đảng',
      org: 'Ban Chấp hành Trung ương khóa X',
      source: 'https://example.vn/b',
    },
  ];
  it("agrees with the data's Prime Minister on 'Thủ tướng', though the Party post beside it is not in the data", () => {
    const role = 'Bí thư Đảng ủy Chính phủ, Thủ tướng';
    expect(maybeNamesake(['body:dang-uy-chinh-phu'], pm, { role })).toBe(false);
    // Not a deputy's: "Thủ tướng" is no "Phó Thủ tướng".
    const deputy = [{ title: 'Phó Thủ tướng Chính phủ', org: 'Chính phủ', source: 'https://example.vn/c' }];
    expect(maybeNamesake(['body:dang-uy-chinh-phu'], deputy, { role })).toBe(true);
  });
  it("agrees with the data's General Secretary re-elected by the Party's full name, not with another party's", () => {
    const role = 'tái đắc cử Tổng Bí thư Đảng Cộng sản Việt Nam';
    expect(maybeNamesake(['body:dang-cong-san-viet-nam'], gs, { role })).toBe(false);
    const other = 'Tổng Bí thư Đảng Cộng sản Trung Quốc';
    expect(maybeNamesake(['body:dang-cong-san-trung-quoc'], gs, { role: other })).toBe(true);
  });
  it('sets a local organ without its place against a person the data lists in no local office', () => {
    const deputyMinister = [
      { title: 'Thứ trưởng Bộ Ngoại giao', org: 'Bộ Ngoại giao', source: 'https://example.vn/d' },
    ];
    const role = 'Phó Chủ tịch UBND TP';
    expect(maybeNamesake(['body:uy-ban-nhan-dan--thanh-pho'], deputyMinister, { role })).toBe(true);
    // Once a provincial secretary, the person may be written so: the data may lack the post.
    const once = [
      ...deputyMinister,
      { title: 'Bí thư Tỉnh ủy Bình Phước', org: 'Tỉnh ủy Bình Phước', source: 'https://example.vn/e' },
    ];
    expect(maybeNamesake(['body:uy-ban-nhan-dan--thanh-pho'], once, { role })).toBe(false);
  });

  it('reads a General Secretary as a member of the Politburo, and no other office so', () => {
    expect(maybeNamesake(['body:bo-chinh-tri'], gs, { role: 'nguyên Ủy viên Bộ Chính trị' })).toBe(false);
    expect(maybeNamesake(['body:bo-chinh-tri'], pm, { role: 'nguyên Ủy viên Bộ Chính trị' })).toBe(true);
  });
});

describe("another country's leader", () => {
  it("agrees with the data's office of the same country, written without the organ", () => {
    const span = official('Thủ tướng Chính phủ Hoàng Gia Campuchia Samdech Techo Hun Sen phát biểu.');
    expect(span).toMatchObject({ id: 'official:hun-sen', roleBodies: ['body:chinh-phu-campuchia'] });
    const rec = findOfficial(span)!;
    expect(maybeNamesake(span.roleBodies, rec.positions, { role: span.role, foreign: true })).toBe(false);
    // Another country's organ still disagrees.
    expect(maybeNamesake(['body:chinh-phu-lao'], rec.positions, { role: 'Thủ tướng', foreign: true })).toBe(true);
  });
});
