import { describe, expect, it } from 'vitest';
import { describeEntity } from './card';
import { cardRecords } from './records';
import { findEntities } from './index';

const first = (text: string, kind: string) => findEntities(text).find((s) => s.kind === kind)!;

/** A body's level and successor on its card, read from its id's place and the data (card.ts placeOf). */
describe('describeEntity: levels and successors', () => {
  it('says the level a known province or a level word gives, and none where neither does', () => {
    const level = (text: string) => describeEntity(first(text, 'body')).level;
    // A place the data does not know: a city's committee is not a province's, a national
    // organisation's local body is not central.
    expect(level('Thành ủy Vinh tổ chức hội nghị.')).toBeUndefined();
    expect(level('Thành đoàn Vinh phát động.')).toBeUndefined();
    // Named "thành phố" and not a centrally-run city, it is a town: a district until 2025.
    expect(level('Đoàn TNCS Hồ Chí Minh thành phố Vinh ra quân.')).toBe('district');
    // A term after the place does not hide it.
    expect(level('Ban Chấp hành Đoàn TNCS Hồ Chí Minh tỉnh Bình Dương khóa XI họp.')).toBe('province');
    expect(level('Đảng bộ tỉnh Thanh Hóa khóa XX họp.')).toBe('province');
    expect(level('MTTQ Việt Nam huyện Nghi Lộc phát động.')).toBe('district');
    expect(level('Thành ủy Hải Phòng họp.')).toBe('province');
    // A province's town is not the province: "thành phố Thanh Hóa" keeps its level word in the id.
    expect(first('Công an TP Thanh Hóa bắt giữ hai đối tượng.', 'body').id).toBe('body:cong-an--thanh-pho-thanh-hoa');
    expect(first('Công an tỉnh Thanh Hóa bắt giữ hai đối tượng.', 'body').id).toBe('body:cong-an--thanh-hoa');
    expect(level('UBND thành phố Thanh Hóa họp.')).toBe('district');
    // A ward or a commune named after a province (or a city's old name) is that ward: no province,
    // no merged province's successor.
    const ward = describeEntity(
      first('Đảng bộ phường Thái Bình, tỉnh Hưng Yên tổ chức Đại hội.', 'body'),
      '2025-07-29',
    );
    expect([ward.id, ward.level, ward.successor]).toEqual(['body:dang-bo--phuong-thai-binh', 'commune', undefined]);
    expect(first('Đảng ủy phường Sài Gòn họp.', 'body').id).toBe('body:dang-uy--phuong-sai-gon');
    expect(level('Thành ủy Bắc Ninh họp.')).toBe('district');
    expect(level('UBND thành phố Hà Nội họp.')).toBe('province');
    expect(level('Ủy ban nhân dân thành phố Biên Hòa họp.')).toBe('district');
    // Huế was a province until 2025: its "thành phố" was the province's town before, the city after.
    const onDay = (text: string, day?: string) => describeEntity(first(text, 'body'), day).level;
    expect(onDay('Thành ủy Huế họp.', '2023-05-01')).toBe('district');
    expect(onDay('UBND thành phố Huế họp.', '2023-05-01')).toBe('district');
    expect(onDay('UBND thành phố Huế họp.', '2025-09-01')).toBe('province');
    expect(onDay('UBND thành phố Huế họp.')).toBeUndefined();
    expect(onDay('UBND tỉnh Thừa Thiên Huế họp.', '2023-05-01')).toBe('province');
    // A slug drops the marks that tell "quận" from "quân": the army and the Central Military
    // Commission are central, never a district's.
    expect(level('Quân ủy Trung ương họp.')).toBe('central');
    expect(level('Quân đội nhân dân Việt Nam anh hùng.')).toBe('central');
    expect(level('Quận ủy Ba Đình họp.')).toBe('district');
    expect(level('Đảng bộ Quân khu 7 tổ chức đại hội.')).toBeUndefined();
    expect(level('Đảng bộ quận 7 tổ chức đại hội.')).toBe('district');
    // "Quân" of "Quân khu" is no place, nor the slug "quan" a district's.
    expect(level('Bí thư Đảng ủy Quân khu nhiệm kỳ 2020-2025 phát biểu.')).not.toBe('district');
    expect(level('Đảng ủy Quân phát động.')).not.toBe('district');
    expect(level('Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam họp.')).toBe('central');
    // A national organisation with branches at every level, named bare, may be a ward's: no level,
    // and its name as written (not "Trung ương Đoàn ...", the national committee).
    const bare = describeEntity(first('Mặt trận Tổ quốc và các đoàn thể của phường đã vào cuộc.', 'body'));
    expect([bare.name, bare.level]).toEqual(['Mặt trận Tổ quốc', undefined]);
    const youth = describeEntity(first('Đoàn TNCS Hồ Chí Minh đã phát động phong trào.', 'body'));
    expect([youth.name, youth.level]).toEqual(['Đoàn TNCS Hồ Chí Minh', undefined]);
    expect(level('Mặt trận Tổ quốc Việt Nam phát động.')).toBe('central');
    expect(level('Trung ương Đoàn phát động.')).toBe('central');
    // Named in a list that closes with its place, it is that place's (list-scope.ts): not central.
    const listed = (text: string) => describeEntity(first(text, 'body'), '2019-10-10');
    const front = listed('Cùng dự có MTTQ Việt Nam và các tổ chức chính trị - xã hội trên địa bàn tỉnh.');
    expect([front.id, front.level]).toEqual(['body:mat-tran-to-quoc-viet-nam--tinh', 'province']);
    expect(listed('Dự có lãnh đạo MTTQ, đoàn thể tỉnh Lâm Đồng.')).toMatchObject({
      fullName: 'Mặt trận Tổ quốc Việt Nam tỉnh Lâm Đồng',
      level: 'province',
    });
    expect(listed('Bộ đội Biên phòng và các lực lượng trên địa bàn huyện Mường Tè.').id).toBe(
      'body:bo-doi-bien-phong--huyen-muong-te',
    );
    // A Front committee of no place named, in such a list (r339), the same.
    expect(listed('Các cấp ủy, Ban Thường trực Ủy ban MTTQVN và các đoàn thể chính trị xã hội tỉnh giám sát.').id).toBe(
      'body:ban-thuong-truc--uy-ban-mat-tran-to-quoc-viet-nam--tinh',
    );
    // A national organ's branch is its place's (r346: "NHNN Chi nhánh TPHCM" showed the central bank).
    expect(listed('Lãnh đạo NHNN Chi nhánh TPHCM cho biết.')).toMatchObject({
      id: 'body:ngan-hang-nha-nuoc-viet-nam--tp-ho-chi-minh',
      level: 'province',
    });
    expect(listed('Ngân hàng Nhà nước chi nhánh tỉnh Nghệ An cho biết.').level).toBe('province');
    // Not a list's other places ("các tỉnh"), nor after another name: the national one stays.
    expect(level('MTTQ Việt Nam, các đoàn thể và nhân dân các tỉnh biên giới ủng hộ.')).toBe('central');
    expect(level('MTTQ Việt Nam và Chính phủ phối hợp với tỉnh.')).toBe('central');
    // Every province of ours is known: a name after "tỉnh" that is none is a person's, unless it
    // is one of China's provinces.
    const names = (text: string) => findEntities(text).map((s) => `${s.kind}:${s.text}`);
    expect(names('Phó Chánh Văn phòng UBND tỉnh Lê Hào phát biểu.')).toEqual([
      'body:Văn phòng UBND tỉnh',
      'official:Lê Hào',
    ]);
    expect(names('Bí thư Tỉnh ủy tỉnh Hồ Nam Thẩm Hiểu Minh hội kiến.')).toEqual([
      'body:Tỉnh ủy tỉnh Hồ Nam',
      'official:Thẩm Hiểu Minh',
    ]);
    // After the merger, the name as written with the new place, a city's committee its "Thành ủy".
    const successor = (text: string) => describeEntity(first(text, 'body')).successor;
    expect(successor('Ban Thường vụ Tỉnh ủy Bình Dương họp.')).toBe(
      'Ban Thường vụ Thành ủy thành phố Hồ Chí Minh (từ 2025-07-01)',
    );
    expect(successor('Đoàn TNCS Hồ Chí Minh tỉnh Bình Dương họp.')).toBe(
      'Đoàn TNCS Hồ Chí Minh thành phố Hồ Chí Minh (từ 2025-07-01)',
    );
    expect(successor('Tỉnh ủy Hà Giang họp.')).toBe('Tỉnh ủy Tuyên Quang (từ 2025-07-01)');
    // The old tone placement too ("uỷ": no ASCII word boundary after it), and a bare "Ban Chấp
    // hành" read as the article's province's committee: its Party organisation's, the place once.
    // Another country's parliament's committee is not ours: no record, no successor of ours.
    const lao = findEntities('Đoàn đại biểu Ủy ban Tư pháp Quốc hội Lào thăm Việt Nam.').find((s) =>
      s.text.startsWith('Ủy ban'),
    )!;
    expect([lao.text, describeEntity(lao).successor, describeEntity(lao).level]).toEqual([
      'Ủy ban Tư pháp Quốc hội Lào',
      undefined,
      undefined,
    ]);
    expect(successor('Tỉnh uỷ Bình Dương họp.')).toBe('Thành uỷ thành phố Hồ Chí Minh (từ 2025-07-01)');
    const bareBoard = findEntities('Tỉnh ủy Bình Phước họp. Ông A tham gia Ban Chấp hành, Ban Thường vụ Tỉnh ủy.');
    expect(bareBoard.filter((s) => s.kind === 'body').map((s) => describeEntity(s).successor)).toEqual([
      'Tỉnh ủy Đồng Nai (từ 2025-07-01)',
      'Ban Chấp hành Đảng bộ tỉnh Đồng Nai (từ 2025-07-01)',
      'Ban Thường vụ Tỉnh ủy Đồng Nai (từ 2025-07-01)',
    ]);
    // The place's dash however spaced, and a prefix's organ kept where the place is abbreviated.
    for (const text of ['Ban Thường vụ Tỉnh ủy tỉnh Bà Rịa-Vũng Tàu họp.', 'Ban Thường vụ Tỉnh ủy BR-VT họp.'])
      expect(successor(text)).toBe('Ban Thường vụ Thành ủy thành phố Hồ Chí Minh (từ 2025-07-01)');
    // An organ of a kind that ended before the merger ("Ban cán sự đảng", early 2025) has no
    // merged province's successor; bare "Thành ủy", "Đảng đoàn" may be any level's.
    const caucus = describeEntity(first('Ban cán sự đảng UBND tỉnh Hà Giang họp.', 'body'));
    expect([caucus.successor, caucus.validTo]).toEqual([undefined, undefined]);
    // So too a council's Party delegation; and the kind named bare has no one last day (the
    // Government's ended on 2025-01-24, a province's on a day of its own).
    const delegation = describeEntity(first('Đảng đoàn HĐND tỉnh Vĩnh Phúc họp.', 'body'), '2024-04-24');
    expect([delegation.successor, delegation.validTo]).toEqual([undefined, undefined]);
    expect(describeEntity(first('Ban cán sự đảng đã họp.', 'body')).validTo).toBeUndefined();
    // So too a committee's board merged with another early in 2025 ("Ban Tuyên giáo" and "Ban Dân vận").
    const board = describeEntity(first('Ban Tuyên giáo Tỉnh ủy Hà Giang họp.', 'body'), '2024-06-01');
    expect([board.successor, board.validTo]).toEqual([undefined, undefined]);
    expect(level('Ủy ban Kiểm tra Thành ủy họp.')).toBeUndefined();
    // ("local": any local level, which the card does not show.)
    expect(level('Bí thư Đảng đoàn, Chủ tịch Liên đoàn Lao động tỉnh phát biểu.') ?? 'local').toBe('local');
    // A department that ended before its province merged has no merged province's successor.
    const telecom = describeEntity(first('Sở Thông tin và Truyền thông tỉnh Yên Bái họp.', 'body'));
    expect([telecom.validTo, telecom.successor]).toEqual(['2025-02-28', undefined]);
    expect(successor('Sở Y tế tỉnh Vĩnh Phúc họp.')).toBe('Sở Y tế tỉnh Phú Thọ (từ 2025-07-01)');
    // Older provinces, with their own last days (r265): Hà Tây merged into Hà Nội on 2008-08-01;
    // Quảng Nam - Đà Nẵng, split in 1997, is that province (not Đà Nẵng), with no one successor.
    expect(successor('UBND tỉnh Hà Tây họp.')).toBe('Ủy ban nhân dân thành phố Hà Nội (từ 2008-08-01)');
    const split = describeEntity(first('Sở Kế hoạch và Đầu tư tỉnh Quảng Nam - Đà Nẵng họp.', 'body'));
    expect([split.level, split.validTo, split.successor]).toEqual(['province', '1996-12-31', undefined]);
    // A ministry's party caucus did not become the ministry it merged into, nor end on its day.
    const ministryCaucus = describeEntity(first('Ban cán sự đảng Bộ Lao động - Thương binh và Xã hội họp.', 'body'));
    expect([ministryCaucus.successor, ministryCaucus.validTo]).toEqual([undefined, undefined]);
    // A foreign body's slug after an organ of ours is a place's: "Thành ủy Nha Trang" is no
    // White House ("Nhà Trắng"), and a city's committee has no level the data can tell.
    expect(level('Thành ủy Nha Trang họp.')).toBeUndefined();
    expect(level('Nhà Trắng ra thông cáo.')).toBe('foreign');
    // An organisation of nations is international, no other country's: Việt Nam sits in it.
    for (const t of ['Hội đồng Bảo an Liên hợp quốc họp.', 'Đại hội đồng Liên Nghị viện ASEAN họp.', 'EU họp.'])
      expect(level(t)).toBe('international');
    // A body of one term lasts as long as its term: one that ended before the merger had no
    // successor ("Đoàn ĐBQH khóa XIV", 2016-2021), and a term numbered by its locality ends on a
    // day the data does not know, so none is said; the National Assembly's terms are known.
    expect(successor('Đoàn ĐBQH khóa XIV tỉnh Phú Yên họp.')).toBeUndefined();
    expect(successor('Đoàn ĐBQH khóa XV tỉnh Phú Yên họp.')).toBe(
      'Đoàn Đại biểu Quốc hội khóa XV tỉnh Đắk Lắk (từ 2025-07-01)',
    );
    expect(successor('Đảng bộ tỉnh Hà Giang nhiệm kỳ 2015-2020 họp.')).toBeUndefined();
    expect(successor('Đảng bộ tỉnh Hà Giang nhiệm kỳ 2020-2025 họp.')).toBe('Đảng bộ tỉnh Tuyên Quang (từ 2025-07-01)');
    // A province's committee merged into a centrally run city is that city's "Thành ủy", however
    // the old name is spelt ("Bà Rịa-Vũng Tàu").
    expect(successor('Tỉnh ủy Bà Rịa-Vũng Tàu họp.')).toBe('Thành ủy thành phố Hồ Chí Minh (từ 2025-07-01)');
    // (The organ named whole, without the old term: not the bare committee it belongs to.)
    expect(successor('Ban Thường vụ Tỉnh ủy Hà Giang nhiệm kỳ 2020-2025 họp.')).toBe(
      'Ban Thường vụ Tỉnh ủy Tuyên Quang (từ 2025-07-01)',
    );
    expect(successor('Ban Chấp hành Đoàn TNCS Hồ Chí Minh tỉnh Bình Dương khóa XI họp.')).toBeUndefined();
  });
});

describe('describeEntity: a body named with its own abbreviation', () => {
  it('names the record once, whether the abbreviation leads or sits in brackets inside the name', () => {
    for (const text of [
      'Dịp này, NHNN Việt Nam trao tặng bằng khen.',
      'Trong đó Ngân hàng Nhà nước (NHNN) Việt Nam dẫn đầu khối thi đua.',
      'Ngân hàng Nhà nước Việt Nam họp báo.',
    ]) {
      const span = first(text, 'body');
      expect(span.id, text).toBe('body:ngan-hang-nha-nuoc-viet-nam');
      expect(describeEntity(span).name, text).toBe('Ngân hàng Nhà nước Việt Nam');
    }
    // An abbreviation with a place after it keeps the place: "UBND tỉnh Bình Dương".
    expect(describeEntity(first('UBND tỉnh Bình Dương họp.', 'body')).name).toBe('Ủy ban nhân dân tỉnh Bình Dương');
  });
});

describe('describeEntity: a district that ended before the district level did', () => {
  it('names what the district became, and when, before the level ended (bodies.json districtsMerged)', () => {
    const successor = (text: string) => describeEntity(first(text, 'body'), '2019-03-22').successor;
    const thuDuc = 'Thành phố Thủ Đức (từ 2021-01-01); cấp huyện kết thúc hoạt động từ 2025-07-01';
    expect(successor('UBND quận Thủ Đức họp.')).toBe(thuDuc);
    expect(successor('Ban Thường vụ Quận ủy Thủ Đức kỷ luật hai cán bộ.')).toBe(thuDuc);
    expect(successor('Quận ủy Quận 9 họp.')).toBe(thuDuc);
    expect(successor('Công an quận Thủ Đức bắt giữ đối tượng.')).toBe(
      'Thành phố Thủ Đức (từ 2021-01-01); công an cấp huyện kết thúc hoạt động từ 2025-03-01',
    );
    // Another district of the city lasted as long as the level.
    // A town that became a city long before: thị xã Hà Tĩnh, thành phố from 2007.
    expect(successor('Chánh Văn phòng HĐND, UBND Thị xã Hà Tĩnh phát biểu.')).toBe(
      'Thành phố Hà Tĩnh (từ 2007); cấp huyện kết thúc hoạt động từ 2025-07-01',
    );
    expect(successor('Ông Mai Văn Huỳnh, Chủ tịch UBND huyện Phú Quốc, phát biểu.')).toBe(
      'Thành phố Phú Quốc (từ 2021-03-01); cấp huyện kết thúc hoạt động từ 2025-07-01',
    );
    // A district that became a town (r359): its Huyện ủy ended then, not in 2025.
    expect(successor('Ông từng là Bí thư Huyện ủy Duy Tiên, tỉnh Hà Nam.')).toBe(
      'Thị xã Duy Tiên (từ 2020-01-01); cấp huyện kết thúc hoạt động từ 2025-07-01',
    );
    // Huyện Tĩnh Gia became thị xã Nghi Sơn (renamed) on 2020-06-01 (Nghị quyết 933/NQ-UBTVQH14).
    expect(successor('Ông từng là Bí thư Huyện ủy Tĩnh Gia, tỉnh Thanh Hóa.')).toBe(
      'Thị xã Nghi Sơn (từ 2020-06-01); cấp huyện kết thúc hoạt động từ 2025-07-01',
    );
    // No district named: which one, and whether it lasted to 2025, is not known.
    expect(successor('Bí thư Thị đoàn phát biểu.')).toBeUndefined();
    expect(successor('UBND huyện đã họp.')).toBeUndefined();
    expect(successor('UBND quận Gò Vấp họp.')).toBe('Cấp huyện kết thúc hoạt động từ 2025-07-01');
    expect(successor('UBND TP Thủ Đức họp.')).toBe('Cấp huyện kết thúc hoạt động từ 2025-07-01');
    // A district named as a province is ("Hòa Bình" of Bạc Liêu): no province's merger is its successor.
    expect(successor('Ông từng là Bí thư Huyện ủy Hòa Bình, Chủ nhiệm Ủy ban kiểm tra Tỉnh ủy Bạc Liêu.')).toBe(
      'Cấp huyện kết thúc hoạt động từ 2025-07-01',
    );
    // A province's steering committee is no merged province's: what it became the data does not say.
    const steering = describeEntity(
      first('Ban này thay thế Ban chỉ đạo chuyển đổi số tỉnh Quảng Bình.', 'body'),
      '2025-03-12',
    );
    expect(steering).toMatchObject({ level: 'province' });
    expect(steering.successor).toBeUndefined();
    // Each merger is sourced.
    const { districtsMerged, sources } = cardRecords();
    for (const m of districtsMerged) expect(sources[m.src], m.successor).toMatch(/^https:\/\//);
  });
});

describe('describeEntity: ours or another country’s (missions, a governor’s chain)', () => {
  it('says a mission or a friendship association named after Việt Nam first is ours, not foreign', () => {
    const level = (text: string) => describeEntity(first(text, 'body')).level;
    expect(level('Đại sứ quán Việt Nam tại Trung Quốc tổ chức lễ kỷ niệm.')).toBeUndefined();
    expect(level('Hội Hữu nghị Việt Nam - Lào tổ chức gặp mặt.')).toBeUndefined();
    expect(level('Đại sứ quán Trung Quốc tại Việt Nam tổ chức lễ kỷ niệm.')).toBe('foreign');
    expect(level('Hội Hữu nghị Lào - Việt Nam tổ chức gặp mặt.')).toBe('foreign');
    // A name of ours that ends in "nước ngoài" is no organ abroad (r301).
    expect(level('Vụ Phát triển thị trường nước ngoài cho biết kim ngạch tăng.')).toBeUndefined();
    expect(level('Đoàn Thượng viện sang thăm Việt Nam.')).toBe('foreign');
    // A rank and a name after a foreigner's start another person, whose office is ours (r319).
    expect(
      level(
        'Hội kiến Thủ tướng Hàn Quốc Han Duck-soo, Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng mong muốn hợp tác.',
      ),
    ).toBe('central');
    // A foreign leader's entourage, the country not named (r322).
    expect(level('Tháp tùng Thủ tướng Christopher Luxon có các cố vấn thuộc Văn phòng Quốc hội.')).toBe('foreign');
    // "Cùng đi với" a leader the data knows as another country's: the entourage's organs are theirs (r328).
    expect(level('Cùng đi với Thủ tướng Lý Hiển Long có: ông A, Quốc vụ khanh cao cấp, Bộ Quốc phòng.')).toBe(
      'foreign',
    );
    expect(level('Cùng đi với Tổng Bí thư Tô Lâm có: Bộ trưởng Bộ Quốc phòng Phan Văn Giang.')).toBe('central');
    // A bare Party organ in a sentence about another country's party (r326); ours where ours is named.
    const cpp = 'Đảng Nhân dân Campuchia (CPP) đã tổ chức Hội nghị Ban chấp hành Trung ương lần thứ 43.';
    const organ = findEntities(cpp).filter((s) => s.kind === 'body')[1];
    expect(organ.id).toBe('body:dang-nhan-dan-campuchia-ban-chap-hanh-trung-uong');
    expect(describeEntity(organ).level).not.toBe('central');
    expect(level('Tổng Bí thư dự Hội nghị Ban Chấp hành Trung ương lần thứ 10.')).toBe('central');
    // Parliamentary friendship groups alike (r305).
    expect(level('Nhóm Nghị sỹ Hữu nghị Việt Nam-Nhật Bản họp phiên thứ tư.')).toBeUndefined();
    expect(level('Liên minh Nghị sĩ hữu nghị Nhật Bản - Việt Nam sang thăm.')).toBe('foreign');
  });

  it('gives a Lao or Cambodian province’s chain no organ of ours: foreign, country unknown', () => {
    const text = 'Dự có đồng chí Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Salavan phát biểu.';
    const bodies = findEntities(text).filter((s) => s.kind === 'body');
    expect(bodies.map((b) => [b.text, describeEntity(b).level])).toEqual([
      ['Trung ương Đảng', 'foreign'],
      ['Tỉnh ủy', 'foreign'],
    ]);
    // Ours stays ours.
    expect(describeEntity(first('Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Lâm Đồng phát biểu.', 'body')).level).toBe(
      'central',
    );
  });
});

describe("describeEntity: a listed province's organ's successor", () => {
  it('names the merged province’s organ without the list’s plural (r318)', () => {
    const card = describeEntity(
      first('Phê chuẩn kết quả bầu của Hội đồng nhân dân các tỉnh Bình Định, Phú Yên.', 'body'),
    );
    expect(card.successor).toBe('Hội đồng nhân dân tỉnh Gia Lai (từ 2025-07-01)');
  });
});
