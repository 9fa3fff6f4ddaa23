import { describe, expect, it } from 'vitest';
import { describeEntity } from './card';
import { findEntities } from './index';

/** The ids the engine gives the bodies of `text`. */
const ids = (text: string) => findEntities(text).flatMap((s) => (s.kind === 'body' ? [s.id] : []));

/** Another country's organs and a foreign party's: one id each, however the text names them, so one dossier. */
describe('foreign ids', () => {
  it("names another country's organ by the country, however the text names the country", () => {
    expect(ids('Bộ Ngoại giao Nga, Bộ Ngoại giao Liên bang Nga và Bộ Ngoại giao LB Nga.')).toEqual(
      Array(3).fill('body:bo-ngoai-giao-nga'),
    );
    expect(ids('Quốc hội Lào và Quốc hội nước CHDCND Lào.')).toEqual(Array(2).fill('body:quoc-hoi-lao'));
    expect(ids('Hạ viện Hoa Kỳ, Hạ viện Mỹ.')).toEqual(Array(2).fill('body:ha-vien-my'));
    expect(ids('Đại sứ quán Hoa Kỳ và Đại sứ quán Mỹ.')).toEqual(Array(2).fill('body:dai-su-quan--dai-su-quan-my'));
    // A foreign party's organ by one name, however the text reaches it.
    expect(
      ids(
        'Trung ương Đảng Cộng sản Trung Quốc, Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc và Ủy viên Bộ Chính trị, Trưởng Ban Liên lạc Đối ngoại Trung ương Đảng Cộng sản Trung Quốc.',
      ).slice(0, 2),
    ).toEqual(Array(2).fill('body:dang-cong-san-trung-quoc-ban-chap-hanh-trung-uong'));
    expect(ids('Bộ Chính trị Trung ương Đảng Cộng sản Trung Quốc họp.')).toEqual([
      'body:dang-cong-san-trung-quoc-bo-chinh-tri',
    ]);
    // A national qualifier, then the country: the country's council, never ours.
    expect(ids('Hội đồng An ninh Quốc gia LB Nga, Hội đồng An ninh Quốc gia Liên bang Nga.')).toEqual(
      Array(2).fill('body:hoi-dong-an-ninh-quoc-gia-nga'),
    );
  });

  it("gives a bare organ the country after the list's last organ, and ours where the list names two countries", () => {
    expect(ids('Dưới sự lãnh đạo của Quốc hội, Chính phủ Hoàng gia Campuchia, đất nước phát triển.')).toEqual([
      'body:quoc-hoi-campuchia',
      'body:chinh-phu-campuchia',
    ]);
    expect(ids('Quốc hội và Chính phủ Lào đã thông qua.')).toEqual(['body:quoc-hoi-lao', 'body:chinh-phu-lao']);
    expect(ids('Quốc hội, Chính phủ Việt Nam luôn ủng hộ.')).toEqual(['body:quoc-hoi', 'body:chinh-phu']);
    expect(ids('Quốc hội, Chính phủ Campuchia và Việt Nam.')).toEqual(['body:quoc-hoi', 'body:chinh-phu-campuchia']);
    // An organ that names Việt Nam is ours whatever the list names after it (rounds 205, 206).
    expect(ids('Quốc hội Việt Nam và Quốc hội Lào ký thỏa thuận.')).toEqual(['body:quoc-hoi', 'body:quoc-hoi-lao']);
  });

  it('gives a national organ of a state ("bang") to another country, its state with it (r333)', () => {
    // A state the data knows (bodies.json regions): the state's organ, with its country.
    expect(ids('Chính phủ bang Bayern ký kết. Hạ viện tiểu bang New South Wales họp.')).toEqual([
      'body:chinh-phu-bayern-duc',
      'body:ha-vien-new-south-wales-australia',
    ]);
    // One it does not know (Berlin, a city too, is left out of the regions): another country's.
    expect(ids('Chính phủ bang Berlin ký kết.')).toEqual(['body:chinh-phu-bang-berlin-nuoc-ngoai']);
    // After a title, a name the data does not know as a state may be the holder's: the organ alone.
    const found = findEntities('Chủ tịch Quốc hội bang Astrid Wallmann tiếp đoàn.');
    expect(found.map((s) => [s.kind, s.text, s.id ?? ''])).toEqual([
      ['body', 'Quốc hội bang', 'body:quoc-hoi-bang-nuoc-ngoai'],
      ['official', 'Astrid Wallmann', ''],
    ]);
    // Not "bang giao" (relations), nor a federation's own name.
    expect(ids('Quốc hội bang giao với các nước.')).toEqual(['body:quoc-hoi']);
  });

  it("gives a local organ of a place the data does not know, then another country's region or name, to that country (r343)", () => {
    expect(ids('Phó Bí thư Thành ủy thành phố Phòng Thành Cảng, Quảng Tây, Trung Quốc đón đoàn.')).toEqual([
      'body:thanh-uy-phong-thanh-cang-trung-quoc',
    ]);
    // (No level or successor of ours: no district of ours that ended in 2025.)
    const card = describeEntity(findEntities('Thị ủy thị xã Bằng Tường, Trung Quốc đón đoàn.')[0], '2024-05-10');
    expect([card.id, card.level, card.successor]).toEqual(['body:thi-uy-bang-tuong-trung-quoc', undefined, undefined]);
    // The country in full, "nước" and its state's form first, as countryAfter reads it everywhere else.
    expect(ids('Thị ủy thị xã Bằng Tường, nước Cộng hòa Nhân dân Trung Hoa đón đoàn.')).toEqual([
      'body:thi-uy-bang-tuong-trung-quoc',
    ]);
    // Our own town, with its province or our country after it, stays ours.
    expect(ids('UBND thành phố Vinh, Nghệ An họp.')).toEqual(['body:uy-ban-nhan-dan--thanh-pho-vinh']);
  });

  it("takes no country from a word of a person's name in an office", () => {
    // "Đức" (Germany) inside "Vũ Đức Đam": our Government, as his office is.
    expect(ids('Ông Nguyễn Văn Trịnh, Trợ lý Phó Thủ tướng Chính phủ Vũ Đức Đam, bị kỷ luật.')).toEqual([
      'body:chinh-phu',
    ]);
  });

  it('gives a bare organ after "và" another country\'s when one title chairs both, and ours otherwise', () => {
    expect(ids('Chủ tịch Thượng viện Liên bang và Quốc hội Davi Alcolumbre phát biểu.')).toEqual([
      'body:thuong-vien-lien-bang-nuoc-ngoai',
      'body:quoc-hoi-nuoc-ngoai',
    ]);
    // A title of its own, or Việt Nam named, or no title over both: ours.
    expect(ids('Chủ tịch Hạ viện Nhật Bản và Chủ tịch Quốc hội Trần Thanh Mẫn hội đàm.')[1]).toBe('body:quoc-hoi');
    expect(ids('Chủ tịch Thượng viện Campuchia và Quốc hội Việt Nam.')[1]).toBe('body:quoc-hoi');
    expect(ids('Hợp tác giữa Thượng viện Nga và Quốc hội.')[1]).toBe('body:quoc-hoi');
  });

  it('gives the parliament a country elects that country, and ours to Việt Nam', () => {
    expect(ids('Campuchia đã tổ chức thành công cuộc bầu cử Quốc hội khóa VI vừa qua.')).toEqual([
      'body:quoc-hoi-campuchia--khoa-vi',
    ]);
    expect(ids('Lào vừa tổ chức bầu cử Quốc hội khóa IX.')).toEqual(['body:quoc-hoi-lao--khoa-ix']);
    expect(ids('Việt Nam đã tổ chức thành công cuộc bầu cử Quốc hội khóa XV.')).toEqual(['body:quoc-hoi--khoa-xv']);
    expect(ids('Cử tri cả nước tham gia bầu cử Quốc hội khóa XV.')).toEqual(['body:quoc-hoi--khoa-xv']);
  });
});

/** Our Central Committee's boards, and the UN Security Council: one id each, however long the text writes them. */
describe('central boards and the Security Council', () => {
  it('gives a board named with the Central Committee its own record, with the term', () => {
    expect(
      ids(
        'Ban Đối ngoại Trung ương, Ban Đối ngoại Trung ương Đảng và Ban Đối ngoại Trung ương Đảng Cộng sản Việt Nam.',
      ),
    ).toEqual(Array(3).fill('body:ban-doi-ngoai-trung-uong'));
    expect(ids('Ủy ban Kiểm tra Trung ương khóa XIV và Ủy ban Kiểm tra Trung ương Đảng khóa XIV.')).toEqual(
      Array(2).fill('body:uy-ban-kiem-tra-trung-uong--khoa-xiv'),
    );
    expect(ids('Hội đồng Bảo an Liên Hợp Quốc họp; Hội đồng Bảo an ra tuyên bố.')).toEqual(
      Array(2).fill('body:hoi-dong-bao-an-lien-hop-quoc'),
    );
  });

  it("gives a mass organisation's central committee, named so, no Party id", () => {
    expect(ids('Bà là Ủy viên Ban Chấp hành TƯ Hội LHPN khóa XII.')).not.toContain(
      'body:ban-chap-hanh-trung-uong-dang',
    );
    expect(ids('Ban Chấp hành Trung ương Hội Nông dân Việt Nam họp.')).toEqual([
      'body:ban-chap-hanh--hoi-nong-dan-viet-nam',
    ]);
  });

  it("gives an organ of another country's province or region that region's id, never the national organ's or ours", () => {
    const spans = (text: string) => findEntities(text).map((x) => `${x.kind[0]}:${x.text}:${x.id ?? ''}`);
    expect(spans('Phó Chủ tịch Chính hiệp Quảng Tây dự buổi tiếp.')).toEqual([
      'b:Chính hiệp Quảng Tây:body:chinh-hiep-quang-tay-trung-quoc',
    ]);
    expect(ids('Lãnh đạo Ban Thường vụ Nhân Đại Khu tự trị dân tộc Choang Quảng Tây đã tiếp đoàn.')).toEqual([
      'body:nhan-dai-quang-tay-trung-quoc-ban-thuong-vu',
    ]);
    expect(ids('Nhân Đại Quảng Đông và Ủy ban Thường vụ Nhân đại toàn quốc Trung Quốc.')).toEqual([
      'body:nhan-dai-quang-dong-trung-quoc',
      'body:uy-ban-thuong-vu-dai-hoi-dai-bieu-nhan-dan-toan-quoc',
    ]);
    expect(ids('Đoàn làm việc với Chính phủ nhân dân tỉnh Vân Nam.')).toEqual(['body:chinh-phu-van-nam-trung-quoc']);
    expect(ids('Bí thư Tỉnh ủy Vân Nam và Giám đốc Sở Ngoại vụ tỉnh Vân Nam tiếp đoàn.')).toEqual([
      'body:tinh-uy-van-nam-trung-quoc',
      'body:so-ngoai-vu-van-nam-trung-quoc',
    ]);
    // Laos's provinces too, and the name of its own tongue after an office of one, whole.
    expect(spans('Bí thư Tỉnh ủy Hủa Phăn Phút Phăn Kẹo Vông Xay phát biểu.')).toEqual([
      'b:Tỉnh ủy Hủa Phăn:body:tinh-uy-hua-phan-lao',
      'o:Phút Phăn Kẹo Vông Xay:',
    ]);
    // Organs only another country's region has are bodies with the region only.
    expect(
      spans('Bí thư Khu ủy Khu tự trị dân tộc Choang Quảng Tây Trần Cương, Chủ tịch Chính quyền Quảng Tây Vi Thao dự.'),
    ).toEqual([
      'b:Khu ủy Khu tự trị dân tộc Choang Quảng Tây:body:khu-uy-quang-tay-trung-quoc',
      'o:Trần Cương:',
      'b:Chính quyền Quảng Tây:body:chinh-quyen-nhan-dan-quang-tay-trung-quoc',
      'o:Vi Thao:',
    ]);
    expect(spans('Cấp ủy, chính quyền tỉnh đã vào cuộc; Khu ủy Khu V lãnh đạo kháng chiến.')).toEqual([]);
    // A province of ours of the same name is ours: "Hà Nam".
    expect(ids('Bí thư Tỉnh ủy Hà Nam và Chủ tịch UBND tỉnh Hà Nam.')).toEqual([
      'body:tinh-uy--ha-nam',
      'body:uy-ban-nhan-dan--ha-nam',
    ]);
  });

  it("gives a caption's chain the party named after a comma, a party its name past its country, and the Government the country after 'người dân'", () => {
    expect(
      ids('Ủy viên Bộ Chính trị, Bí thư Ban Bí thư, Trưởng Ban Tuyên truyền Trung ương, Đảng Cộng sản Trung Quốc.'),
    ).toEqual([
      'body:dang-cong-san-trung-quoc-bo-chinh-tri',
      'body:dang-cong-san-trung-quoc-ban-bi-thu',
      'body:dang-cong-san-trung-quoc-ban-tuyen-truyen-trung-uong',
      'body:dang-cong-san-trung-quoc',
    ]);
    // Ours, named so, stays ours.
    expect(ids('Ủy viên Bộ Chính trị, Thường trực Ban Bí thư, Đảng Cộng sản Việt Nam.')).toEqual([
      'body:bo-chinh-tri',
      'body:ban-bi-thu',
      'body:dang-cong-san-viet-nam',
    ]);
    // A board of ours that names our Party takes no other's from the chain after the comma.
    expect(
      ids(
        'Theo Ban Đối ngoại Trung ương Đảng Cộng sản Việt Nam, Tổng Bí thư Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc sẽ sang thăm.',
      ),
    ).toEqual(['body:ban-doi-ngoai-trung-uong', 'body:dang-cong-san-trung-quoc-ban-chap-hanh-trung-uong']);
    expect(ids('Chủ tịch Đảng Nước Nga Thống nhất hội kiến.')).toEqual(['body:dang-nuoc-nga-thong-nhat']);
    expect(ids('Ông chuyển lời thăm hỏi của Chính phủ và người dân Nga.')).toEqual(['body:chinh-phu-nga']);
  });

  it("gives one side's people their side's organs through a State Councillor's chain and down a long list (r215)", () => {
    // The chain goes on past "Ủy viên Quốc vụ" to the country it names: the military commission is that country's.
    expect(
      ids(
        'Dự hội đàm có Thượng tướng Lý Văn Hải, Ủy viên Quân ủy Trung ương, Ủy viên Quốc vụ, Bộ trưởng Bộ Quốc phòng Trung Quốc.',
      ),
    ).toEqual(['body:quan-uy-trung-uong-nuoc-ngoai', 'body:bo-quoc-phong-trung-quoc']);
    // A list of one side's people, item after item between semicolons: the last is still that side's.
    const items = Array.from(
      { length: 6 },
      (_, n) =>
        `Trần Quân ${['Bình', 'Hải', 'Lâm', 'Sơn', 'Vĩnh', 'Tường'][n]}, Phó Chủ nhiệm Văn phòng Hội đồng Nhà nước số ${n + 1}`,
    );
    const side = (country: string) =>
      ids(
        `Về phía ${country} có các đồng chí: ${items.join('; ')}; Lưu Minh Đào, Bộ trưởng Bộ Thương mại cùng nhiều quan chức.`,
      ).at(-1);
    expect(side('Trung Quốc')).toBe('body:bo-thuong-mai-nuoc-ngoai');
    expect(side('Việt Nam')).toBe('body:bo-thuong-mai');
  });

  it("reads no country in a person's given name after 'và' (r213: \"Bộ Khoa học Công nghệ và Hồ Anh\", Britain's)", () => {
    expect(ids('Bị cáo gồm một cán bộ Bộ Y tế và Trần Anh Sơn, thượng tá, nguyên cán bộ quân y.')).toEqual([
      'body:bo-y-te',
    ]);
    // A longer name of a ministry with its country after it is still the country's.
    expect(ids('Bộ Ngoại giao và Hợp tác quốc tế Campuchia ra thông cáo.')).toEqual([
      'body:bo-ngoai-giao-va-hop-tac-quoc-te-campuchia',
    ]);
  });

  it("gives an area of another country's audit office that country's id, never ours (r217)", () => {
    expect(ids('Đoàn làm việc với KTNN khu vực Bắc Lào và Kiểm toán Nhà nước khu vực VII.')).toEqual([
      'body:ktnn-khu-vuc-bac-lao',
      'body:kiem-toan-nha-nuoc--khu-vuc-vii',
    ]);
  });

  it('reads a Cambodian royal style as no name: the King is the name after it', () => {
    const officials = findEntities(
      'Thay mặt Quốc vương Campuchia Preah Bat Samdech Preah Boromneath Norodom Sihamoni, Thủ tướng đón đoàn.',
    ).filter((s) => s.kind === 'official');
    expect(officials.map((s) => [s.text, s.id])).toEqual([['Norodom Sihamoni', 'official:norodom-sihamoni']]);
  });
});

describe("another country's side", () => {
  it("reads the bare national organs of a side's list or a foreign leader's entourage as that country's (r235)", () => {
    expect(ids('Về phía Nga có Bộ trưởng Ngoại giao Sergei Lavrov; đại diện Bộ Quốc phòng; Bộ Tư pháp.')).toEqual([
      'body:bo-quoc-phong-nuoc-ngoai',
      'body:bo-tu-phap-nuoc-ngoai',
    ]);
    const entourage =
      'Tháp tùng Tổng thống Liên bang Nga Vladimir Putin có Bộ trưởng Tư pháp Konstantin Chuichenko; đại diện Bộ Quốc phòng.';
    expect(ids(entourage).at(-1)).toBe('body:bo-quoc-phong-nuoc-ngoai');
    // A foreign minister's ministry named with a dash, which the data does not know: the chain's
    // organs are not ours (r235: the Politburo was shown as ours), nor the ministry (r249: one the
    // data does not know was shown with no level, as if ours).
    expect(ids('Ủy viên Bộ Chính trị, Bộ trưởng Bộ Giáo dục - Thể thao Thongsalith Mangnomek dự.')).toEqual([
      'body:bo-chinh-tri-nuoc-ngoai',
      'body:bo-giao-duc-the-thao-nuoc-ngoai',
    ]);
    // One of our organs' abbreviations before another country's parliament is that parliament's (r253).
    expect(ids('Chủ nhiệm UBDT Quốc hội Lào thăm Việt Nam.')).toEqual(['body:uy-ban-dan-toc-quoc-hoi-lao']);
    // Our leader's entourage to another country is ours.
    expect(ids('Tháp tùng Tổng Bí thư Tô Lâm thăm Lào có đại diện Bộ Quốc phòng.')).toEqual(['body:bo-quoc-phong']);
  });
});

describe('a list after ":" of one other country’s people (r293)', () => {
  it('reads a bare national organ in it as that country’s, not when the item names one of ours', () => {
    const delegation =
      'Thành phần đoàn gồm có ông: Trương Đức Giang, Ủy viên Thường vụ Bộ Chính trị, Ủy viên trưởng Ủy ban Thường vụ Đại hội Đại biểu Nhân dân Toàn quốc Trung Quốc; Tống Đào, Trưởng ban Liên lạc đối ngoại Trung ương Đảng Cộng sản Trung Quốc; Trương Nghiệp Toại, Thứ trưởng Bộ Ngoại giao; Cao Yến, Thứ trưởng Bộ Thương mại.';
    expect(ids(delegation).slice(-2)).toEqual(['body:bo-ngoai-giao-nuoc-ngoai', 'body:bo-thuong-mai-nuoc-ngoai']);
    // A name the data knows as ours in the item: our ministry.
    expect(
      ids(
        'Dự hội đàm có: Bộ trưởng Bộ Ngoại giao Lào Saleumxay Kommasith; Thứ trưởng Bộ Công an Lào Vilay Lakhamphong; Thứ trưởng Bộ Ngoại giao Đỗ Hùng Việt và các quan chức.',
      ).at(-1),
    ).toBe('body:bo-ngoai-giao');
    // One item naming the country is not enough: "Đức" in a name is no country.
    expect(ids('Dự có: ông Trương Đức Giang, Bí thư Tỉnh ủy; ông Lê An, Thứ trưởng Bộ Ngoại giao.').at(-1)).toBe(
      'body:bo-ngoai-giao',
    );
  });
});

describe('a bare local organ in one title chain with another country’s (r297)', () => {
  it('is that place’s, not ours', () => {
    expect(
      ids('Cùng đi có Bí thư Thành ủy, Chủ tịch HĐND TP Vientiane Anouphab Tounalom và Phó Thủ tướng Lào.').slice(0, 2),
    ).toEqual(['body:thanh-uy-nuoc-ngoai', 'body:hoi-dong-nhan-dan-vieng-chan-lao']);
    expect(ids('Bí thư Thành ủy, Chủ tịch HĐND TP Hà Nội Nguyễn Văn An phát biểu.')[0]).toBe('body:thanh-uy--ha-noi');
    // A name in Latin letters after "đồng chí" holds the office after it, and its organs are its country's.
    expect(
      ids(
        'Đoàn đã được đồng chí Phandouangchit Vongsa, Ủy viên Trung ương Đảng, Chủ tịch Mặt trận Lào xây dựng đất nước, đón tiếp.',
      )[0],
    ).toBe('body:ban-chap-hanh-trung-uong-dang-nuoc-ngoai');
  });
});

describe('foreign ids: any party named with its country, and our side of a pair', () => {
  it('gives a party organ to a party whose name ends in another country, not only a communist one (r360)', () => {
    expect(ids('Bộ Chính trị Đảng Lao động Triều Tiên đã quyết định.')[0]).toBe(
      'body:dang-lao-dong-trieu-tien-bo-chinh-tri',
    );
    // Ours, named in full, and a country after it in the sentence: still ours.
    expect(ids('Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam và Trung Quốc.')[0]).toBe(
      'body:ban-chap-hanh-trung-uong-dang',
    );
    expect(ids('Ủy viên Bộ Chính trị Đảng khóa XII thăm Trung Quốc.')[0]).toBe('body:bo-chinh-tri');
    // A person's name after "Đảng" is no party's, though "Anh" is a country's word.
    expect(ids('Dự có nguyên Thường trực Ban Bí thư Trung ương Đảng Lê Hồng Anh.')).toEqual(['body:ban-bi-thu']);
  });
  it('keeps our organs ours in the office of one who chairs a pair’s body, Việt Nam and another (r360)', () => {
    expect(ids('Phó Bí thư Đảng ủy Quốc hội, Chủ tịch Nhóm Nghị sỹ hữu nghị Việt Nam-Cuba Vũ Hải Hà dự.')[0]).toBe(
      'body:dang-uy-quoc-hoi',
    );
    expect(
      ids(
        'Ủy viên Bộ Chính trị, Thường trực Ban Bí thư, Chủ tịch Nhóm Nghị sỹ Hữu nghị Việt Nam-Nhật Bản Trương Thị Mai tiếp đoàn.',
      ).slice(0, 2),
    ).toEqual(['body:bo-chinh-tri', 'body:ban-bi-thu']);
    // Both organs another country's, "Nhà nước" kept whole in the id ("nước" of "Quốc hội nước Lào" goes).
    expect(ids('Chủ tịch Hội đồng Nhà nước và Hội đồng Bộ trưởng Cuba Pablo Ruiz đến.')).toEqual([
      'body:hoi-dong-nha-nuoc-nuoc-ngoai',
      'body:hoi-dong-bo-truong-cuba',
    ]);
    expect(ids('Hội đồng Nhà nước Cuba và Quốc hội nước Lào.')).toEqual([
      'body:hoi-dong-nha-nuoc-cuba',
      'body:quoc-hoi-lao',
    ]);
    // A foreigner chairing the other side's group: that country's assembly.
    expect(ids('Chủ tịch Quốc hội, Chủ tịch Nhóm nghị sĩ hữu nghị Cuba - Việt Nam Juan Esteban Lazo dự.')[0]).toBe(
      'body:quoc-hoi-nuoc-ngoai',
    );
  });
});
