/**
 * The office the text gives a person (EntitySpan.role), which the card shows as "In the text":
 * it must say what the text says of the office, not only its words. Sentences of my own in the
 * style of the news.
 */
import { describe, expect, it } from 'vitest';
import { createEngine, findEntities } from './index';
import type { EntitySpan } from './types';

const roles = (text: string) =>
  findEntities(text)
    .filter((s) => s.kind === 'official')
    .map((s) => [s.text, s.role]);

describe('roles in the text', () => {
  it('gives no one the title inside a body\'s name, nor the office "given" to the person before "và"', () => {
    // (Round 157: "tư lệnh" of "Bộ tư lệnh" was read as the general's title.)
    expect(roles('Hội nghị diễn ra tại Bộ tư lệnh Quân khu 7, Thượng tướng Hoàng Văn Sơn chủ trì.')).toEqual([
      ['Hoàng Văn Sơn', 'Thượng tướng'],
    ]);
    expect(
      roles(
        'Bổ nhiệm ông Lê Văn Hải giữ chức Thứ trưởng Bộ Quốc phòng và Trung tướng Đỗ Minh Tâm giữ chức Tư lệnh Cảnh sát biển Việt Nam.',
      ),
    ).toEqual([
      ['Lê Văn Hải', 'giữ chức Thứ trưởng Bộ Quốc phòng'],
      ['Đỗ Minh Tâm', 'giữ chức Tư lệnh Cảnh sát biển Việt Nam'],
    ]);
  });

  it('reads an office "in charge of" an organ as one chain, the next name\'s, not the previous one\'s', () => {
    expect(
      roles('Dự có Phó Chủ tịch Lê Văn Hòa, Phó Giám đốc phụ trách Sở Y tế Trần Thanh Thủy và các đại biểu.').map(
        ([name, role]) => `${name}: ${role}`,
      ),
    ).toContain('Trần Thanh Thủy: Phó Giám đốc phụ trách Sở Y tế');
  });

  it('reads offices joined by dashes as one chain, and no preposition before a status word', () => {
    expect(
      roles(
        'Dự có ông Hồ Văn Lành – Ủy viên Ban Chấp hành Trung ương Đảng – Bí thư Tỉnh ủy – Trưởng Đoàn ĐBQH tỉnh, bà Trần Thị Lựu – Phó Bí thư Tỉnh ủy.',
      ),
    ).toEqual([
      ['Hồ Văn Lành', 'Ủy viên Ban Chấp hành Trung ương Đảng – Bí thư Tỉnh ủy – Trưởng Đoàn ĐBQH tỉnh'],
      ['Trần Thị Lựu', 'Phó Bí thư Tỉnh ủy'],
    ]);
    expect(roles('Ông trao quyết định cho tân Bí thư Tỉnh ủy - Thiếu tướng Lê Văn Mười.')).toEqual([
      ['Lê Văn Mười', 'tân Bí thư Tỉnh ủy - Thiếu tướng'],
    ]);
  });

  it('gives a mention with no office of its own the office the article gives the same person, before or after', () => {
    const text =
      'Ban Thường vụ chỉ định bổ sung ông Nguyễn Văn Thắng vào Ban Chấp hành. Tân Chủ tịch Liên đoàn Lao động thành phố Hà Nội Nguyễn Văn Thắng phát biểu. Lãnh đạo thành phố chúc mừng ông Nguyễn Văn Thắng.';
    expect(roles(text).map(([, role]) => role)).toEqual(
      Array(3).fill('Tân Chủ tịch Liên đoàn Lao động thành phố Hà Nội'),
    );
    // Read in pieces, as the content script reads a long article, the earlier mention takes it too.
    const reader = createEngine().read(text.replaceAll('. ', '.\n\n'), 80);
    expect(reader.pieces).toBeGreaterThan(1);
    const read: EntitySpan[] = [];
    for (let piece = reader.next(); piece; piece = reader.next()) read.push(...piece);
    expect(read.filter((s) => s.kind === 'official').map((s) => s.role)).toEqual(
      Array(3).fill('Tân Chủ tịch Liên đoàn Lao động thành phố Hà Nội'),
    );
  });

  it("gives a name after an appointee's offices only the title after their last comma", () => {
    const text =
      'Bộ Chính trị chỉ định ông Nguyễn Hồng Diên giữ chức vụ Ủy viên Ban Thường vụ Đảng ủy Quốc hội, Phó Bí thư chuyên trách Đảng ủy Quốc hội, Thủ tướng Phạm Minh Chính chúc mừng.';
    expect(roles(text).find(([name]) => name === 'Phạm Minh Chính')).toEqual(['Phạm Minh Chính', 'Thủ tướng']);
  });

  it("gives a name no title of a document's issuer before the comma: the issuer's", () => {
    expect(
      roles('Theo Quyết định của Thủ tướng Chính phủ, Thiếu tướng Trần Văn Khải giữ chức Tư lệnh Quân khu 9.'),
    ).toEqual([['Trần Văn Khải', 'giữ chức Tư lệnh Quân khu 9']]);
    expect(roles('Theo Quyết định của Thủ tướng Chính phủ Lê Văn Sơn, ông An nghỉ hưu.')).toEqual([
      ['Lê Văn Sơn', 'Thủ tướng Chính phủ'],
    ]);
  });

  it("gives a name none of the plural titles before it: they are other people's", () => {
    for (const joint of ['và', ',']) {
      const text = `Trả lời câu hỏi của các vị đại biểu Quốc hội${joint === ',' ? ',' : ' và'} Bộ trưởng Lê Văn Minh cho biết.`;
      expect(roles(text), text).toEqual([['Lê Văn Minh', 'Bộ trưởng']]);
    }
    // A plural title with a list after a colon is every listed person's.
    expect(roles('Các đồng chí Phó Bí thư Tỉnh ủy: Nguyễn Văn An, Trần Văn Bình dự.')).toEqual([
      ['Nguyễn Văn An', 'đồng chí Phó Bí thư Tỉnh ủy'],
      ['Trần Văn Bình', 'đồng chí Phó Bí thư Tỉnh ủy'],
    ]);
  });

  it('keeps "nguyên", "cựu", "tân" before an office, capitalised or not', () => {
    expect(roles('Nguyên Chủ tịch Quốc hội Nguyễn Văn An dự lễ; cựu Bộ trưởng Trần Văn Bình gửi lẵng hoa.')).toEqual([
      ['Nguyễn Văn An', 'Nguyên Chủ tịch Quốc hội'],
      ['Trần Văn Bình', 'cựu Bộ trưởng'],
    ]);
    expect(roles('Dự có đồng chí Lê Văn Cường, nguyên Chủ tịch nước.')).toEqual([
      ['Lê Văn Cường', 'nguyên Chủ tịch nước'],
    ]);
  });

  it('keeps the words that propose, give or take the office: the reader must not read it as held', () => {
    expect(
      roles(
        'Ban Chấp hành Đảng bộ thành phố giới thiệu để bầu giữ chức Chủ tịch UBND thành phố nhiệm kỳ 2021-2026 đối với ông Phạm Văn Dũng, Phó Bí thư Thành ủy.',
      ),
    ).toEqual([['Phạm Văn Dũng', 'giới thiệu để bầu giữ chức Chủ tịch UBND thành phố nhiệm kỳ 2021-2026']]);
    expect(
      roles('HĐND tỉnh miễn nhiệm chức danh Chủ tịch UBND tỉnh nhiệm kỳ 2021-2026 đối với ông Hoàng Văn Đức.'),
    ).toEqual([['Hoàng Văn Đức', 'miễn nhiệm chức danh Chủ tịch UBND tỉnh nhiệm kỳ 2021-2026']]);
    expect(roles('Ông Vũ Văn Hải, trong thời gian giữ chức vụ Phó Chủ tịch UBND tỉnh, đã vi phạm.')).toEqual([
      ['Vũ Văn Hải', 'trong thời gian giữ chức vụ Phó Chủ tịch UBND tỉnh'],
    ]);
    expect(roles('Ông Đỗ Văn Khoa thôi giữ chức Giám đốc Sở Nội vụ.')).toEqual([
      ['Đỗ Văn Khoa', 'thôi giữ chức Giám đốc Sở Nội vụ'],
    ]);
    expect(roles('Ông Đỗ Văn Khoa từng giữ chức Giám đốc Sở Nội vụ.')).toEqual([
      ['Đỗ Văn Khoa', 'từng giữ chức Giám đốc Sở Nội vụ'],
    ]);
  });

  it('quotes no "vụ" of an organ\'s name ("Bộ Nội vụ") before a new office (r233)', () => {
    expect(
      roles('Bà Lê Thị Hoa bàn giao nhiệm vụ người đứng đầu Bộ Nội vụ cho tân Bộ trưởng Trần Văn Khôi.'),
    ).toContainEqual(['Trần Văn Khôi', 'tân Bộ trưởng']);
  });

  it('gives the one replaced no office of the verb after his name (r228)', () => {
    // "A thay ông B làm X": X is A's from now, B's no more.
    for (const text of [
      'Ông Lê Minh Khang thay ông Trịnh Quốc Hào làm Trưởng Ban Nội chính Tỉnh ủy.',
      'Bộ Chính trị điều động ông Lê Minh Khang thay thế đồng chí Trịnh Quốc Hào giữ chức Trưởng Ban Nội chính Tỉnh ủy.',
    ])
      expect(
        roles(text).filter(([name, role]) => name === 'Trịnh Quốc Hào' && role),
        text,
      ).toEqual([]);
    // Not after a name that was not replaced.
    expect(roles('Ông Trịnh Quốc Hào làm Trưởng Ban Nội chính Tỉnh ủy.')).toEqual([
      ['Trịnh Quốc Hào', 'làm Trưởng Ban Nội chính Tỉnh ủy'],
    ]);
  });

  it('gives a name the office before it as held, not given, when the office given follows the name', () => {
    // "bổ nhiệm [his office now] Name giữ chức [the office given]": the verb is the later office's.
    expect(
      roles('Quốc hội phê chuẩn bổ nhiệm Bí thư Tỉnh ủy Lai Châu Hoàng Văn Tâm giữ chức Bộ trưởng Bộ Xây dựng.'),
    ).toEqual([['Hoàng Văn Tâm', 'Bí thư Tỉnh ủy Lai Châu']]);
    expect(roles('Bộ Chính trị phân công Phó Thủ tướng Lê Văn Nghĩa làm Bí thư Thành ủy Hải Phòng.')).toEqual([
      ['Lê Văn Nghĩa', 'Phó Thủ tướng'],
    ]);
    // With no office after the name, the verb gives the one before it; "nguyên" stays, held before.
    expect(roles('Thủ tướng bổ nhiệm Thứ trưởng Bộ Y tế Trần Văn Lộc.')).toEqual([
      ['Trần Văn Lộc', 'bổ nhiệm Thứ trưởng Bộ Y tế'],
    ]);
    expect(roles('Nguyên Bí thư Thành đoàn Phạm Văn Hòa được chỉ định giữ chức Bí thư Đảng ủy phường.')).toEqual([
      ['Phạm Văn Hòa', 'Nguyên Bí thư Thành đoàn'],
    ]);
  });

  it('gives each person the titles that are theirs: on another\'s behalf, and two people joined by "và"', () => {
    expect(roles('Thay mặt Thủ tướng, Phó Thủ tướng Chính phủ Trần Văn Hòa ký quyết định.')).toEqual([
      ['Trần Văn Hòa', 'Phó Thủ tướng Chính phủ'],
    ]);
    expect(
      roles(
        'Thừa ủy quyền, ông Nguyễn Văn Thành, Thứ trưởng Bộ Nội vụ và đại tướng Phan Văn Hải, Bộ trưởng Bộ Quốc phòng, trao quyết định.',
      ),
    ).toEqual([
      ['Nguyễn Văn Thành', 'Thứ trưởng Bộ Nội vụ'],
      ['Phan Văn Hải', 'Bộ trưởng Bộ Quốc phòng'],
    ]);
  });

  it('gives no office of the next clause\'s subject after a fronted "Ngoài ông A,"', () => {
    const text =
      'Ông Lê Văn Mười, nguyên Chủ tịch UBND tỉnh, bị cảnh cáo. Ngoài ông Lê Văn Mười, Thủ tướng cũng kỷ luật hai người.';
    // (The second mention has the office the article gives him, never the Prime Minister's.)
    expect(roles(text)).toEqual([
      ['Lê Văn Mười', 'nguyên Chủ tịch UBND tỉnh'],
      ['Lê Văn Mười', 'nguyên Chủ tịch UBND tỉnh'],
    ]);
    expect(roles('Xóa tư cách chức vụ Chủ tịch UBND tỉnh giai đoạn 2010 - 2015 đối với ông Phạm Duy Cường.')).toEqual([
      ['Phạm Duy Cường', 'Xóa tư cách chức vụ Chủ tịch UBND tỉnh'],
    ]);
  });

  it('takes no status word from a place\'s name ("Thái Nguyên Bộ trưởng ...", a table run together)', () => {
    expect(roles('Thái Nguyên Bộ trưởng Bộ Công an Lương Tam Quang Hưng Yên')).toEqual([
      ['Lương Tam Quang', 'Bộ trưởng Bộ Công an'],
    ]);
  });

  it('gives no role for a form of address alone, and none for words that only join ("khi")', () => {
    expect(roles('Đồng chí Nguyễn Văn An phát biểu.')).toEqual([['Nguyễn Văn An', undefined]]);
    expect(roles('Khi Bộ trưởng Trần Văn Bình đến, hội nghị bắt đầu.')).toEqual([['Trần Văn Bình', 'Bộ trưởng']]);
  });
  it('reads no office in a palace’s name ("Phủ Chủ tịch"), but keeps "Văn phòng Phủ Thủ tướng" an office', () => {
    expect(roles('Sáng 12/5, tại Phủ Chủ tịch, Chủ tịch nước Trần Văn Tâm tiếp Đại sứ.')).toEqual([
      ['Trần Văn Tâm', 'Chủ tịch nước'],
    ]);
    expect(roles('Dự có ông Khamphan Phommathat, Bộ trưởng, Chủ nhiệm Văn phòng Phủ Thủ tướng Lào.')).toEqual([
      ['Khamphan Phommathat', 'Bộ trưởng, Chủ nhiệm Văn phòng Phủ Thủ tướng Lào'],
    ]);
  });
  it('reads no office in an organ’s name that holds a title word ("Ban Bí thư")', () => {
    expect(roles('Thay mặt Bộ Chính trị, Ban Bí thư, Tổng Bí thư Trần Văn Nam phát biểu chỉ đạo.')).toEqual([
      ['Trần Văn Nam', 'Tổng Bí thư'],
    ]);
    expect(roles('Dự có ông Lê Văn Thành, Phó Trưởng Ban Thường trực Ban Tổ chức Trung ương.')).toEqual([
      ['Lê Văn Thành', 'Phó Trưởng Ban Thường trực Ban Tổ chức Trung ương'],
    ]);
  });
  it('gives the ambassador a caption receives his own title, not the host’s', () => {
    expect(roles('Tiếp Đại sứ Maroc, Chủ tịch nước Trần Văn Quang đề nghị hai nước tăng cường hợp tác.')).toEqual([
      ['Trần Văn Quang', 'Chủ tịch nước'],
    ]);
    // One man's two offices after the same kind of verb stay his.
    expect(roles('Hội kiến Tổng Bí thư, Chủ tịch nước Lào Bun Nhăng, Thủ tướng nêu rõ.')).toEqual([
      ['Bun Nhăng', 'Tổng Bí thư, Chủ tịch nước Lào'],
    ]);
  });
  it('gives the next person after "và đồng chí" none of the titles before it, and an assistant’s principal his own', () => {
    expect(
      roles(
        'Kỷ luật đồng chí Lê Văn Hải, nguyên Ủy viên Bộ Chính trị, nguyên Bí thư Thành ủy và đồng chí Lê Văn Quân, nguyên Chủ tịch UBND thành phố.',
      ),
    ).toEqual([
      // (His whole chain: a title after its "nguyên" goes on it.)
      ['Lê Văn Hải', 'nguyên Ủy viên Bộ Chính trị, nguyên Bí thư Thành ủy'],
      ['Lê Văn Quân', 'nguyên Chủ tịch UBND thành phố'],
    ]);
    expect(roles('Ông Nguyễn Văn Trình, Trợ lý Phó Thủ tướng Chính phủ Vũ Văn Đan, bị kỷ luật.')).toEqual([
      ['Nguyễn Văn Trình', 'Trợ lý Phó Thủ tướng Chính phủ Vũ Văn Đan'],
      ['Vũ Văn Đan', 'Phó Thủ tướng Chính phủ'],
    ]);
  });
  it('gives the one a title holder hands a decision to none of the holder’s titles', () => {
    expect(roles('Ông Hoàng Văn Quý, Phó Trưởng Ban Tổ chức Trung ương trao quyết định cho ông Lê Văn Vinh.')).toEqual([
      ['Hoàng Văn Quý', 'Phó Trưởng Ban Tổ chức Trung ương'],
    ]);
    // "cho" right after the office gives the office: "bổ nhiệm 2 Thứ trưởng cho các ông, bà: A, B".
    expect(roles('Thủ tướng bổ nhiệm 2 Thứ trưởng cho các ông, bà: Trần Văn Bảy, Lê Thị Tám.')).toEqual([
      ['Trần Văn Bảy', 'Thứ trưởng'],
      ['Lê Thị Tám', 'Thứ trưởng'],
    ]);
  });

  it('gives the name after "title, đồng chí" the title without the address, but not a title a verb gave another', () => {
    expect(roles('Phát biểu tại hội nghị, Bí thư Tỉnh ủy, đồng chí Nguyễn Văn An nhấn mạnh.')).toEqual([
      ['Nguyễn Văn An', 'Bí thư Tỉnh ủy'],
    ]);
    // "Đoàn Chủ tịch" is a presidium, no office: the titles after the name are his.
    expect(
      roles('Thay mặt Đoàn Chủ tịch, đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh trình bày báo cáo.'),
    ).toEqual([['Nguyễn Văn An', 'Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh']]);
    expect(roles('Ủy viên Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam Nguyễn Văn An dự.')).toEqual([
      ['Nguyễn Văn An', 'Ủy viên Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam'],
    ]);
    // "A làm Phó trưởng ban, đồng chí B - ...": the deputy is A.
    expect(
      roles(
        'Đồng chí Lê Văn Tâm - Phó Bí thư Tỉnh ủy làm Phó trưởng ban, đồng chí Trần Văn Bảy - Chủ tịch UBND tỉnh làm Phó trưởng ban Thường trực.',
      ),
    ).toEqual([
      ['Lê Văn Tâm', 'Phó Bí thư Tỉnh ủy'],
      ['Trần Văn Bảy', 'Chủ tịch UBND tỉnh'],
    ]);
  });

  it('gives a name after an envoy’s "của" + title no office unless the data knows it, and an assistant title whole', () => {
    expect(
      roles('Tháp tùng có Đặc phái viên về Khí hậu của Tổng thống Robert Lane và Trợ lý Ngoại trưởng Mark Dennison.'),
    ).toEqual([
      ['Robert Lane', undefined],
      ['Mark Dennison', 'Trợ lý Ngoại trưởng'],
    ]);
    // The data knows the name: the principal's titles; an invitation's "của" is no envoy's.
    expect(roles('Đặc phái viên của Tổng Bí thư, Chủ tịch nước Trung Quốc Tập Cận Bình đến Hà Nội.')).toEqual([
      ['Tập Cận Bình', 'Tổng Bí thư, Chủ tịch nước Trung Quốc'],
    ]);
    expect(roles('Theo lời mời của Chủ tịch Quốc hội Lào Xổm Xay, đoàn lên đường.')).toEqual([
      ['Xổm Xay', 'Chủ tịch Quốc hội Lào'],
    ]);
  });

  it('reads no office in an office or an embassy named after its head, and reads diplomats’ and deputy spokespeople’s titles', () => {
    // (The name may be found, a namesake of someone the data knows: no office of the text's.)
    expect(roles('Phụ trách Văn phòng Tổng Bí thư Nguyễn Văn An dự buổi tiếp.').filter(([, r]) => r)).toEqual([]);
    expect(roles('Chánh Văn phòng Chủ tịch nước Lê Văn Hải dự.')).toEqual([
      ['Lê Văn Hải', 'Chánh Văn phòng Chủ tịch nước'],
    ]);
    expect(roles('Tham tán chính trị Đại sứ quán Trung Quốc tại Việt Nam Trương Minh phát biểu.')).toEqual([
      ['Trương Minh', 'Tham tán chính trị Đại sứ quán Trung Quốc tại Việt Nam'],
    ]);
    expect(roles('Phó phát ngôn Bộ Ngoại giao Đoàn Văn Khải cho biết.')).toEqual([
      ['Đoàn Văn Khải', 'Phó phát ngôn Bộ Ngoại giao'],
    ]);
  });

  it('gives the titles after "A -" to A, not to the next "đồng chí B -"', () => {
    expect(
      roles(
        'Dự có đồng chí Phạm Văn Đức - Bí thư Đảng ủy, Chủ tịch HĐND phường, đồng chí Vũ Văn Hải - Phó Bí thư Đảng ủy, Chủ tịch UBND phường.',
      ),
    ).toEqual([
      ['Phạm Văn Đức', 'Bí thư Đảng ủy, Chủ tịch HĐND phường'],
      ['Vũ Văn Hải', 'Phó Bí thư Đảng ủy, Chủ tịch UBND phường'],
    ]);
  });

  it('says an office stood for is stood for, and gives a listed candidate the office after the name', () => {
    expect(roles('Ứng cử viên đại biểu HĐND tỉnh Nguyễn Văn Thành trình bày chương trình hành động.')).toEqual([
      ['Nguyễn Văn Thành', 'Ứng cử viên đại biểu HĐND tỉnh'],
    ]);
    expect(
      roles(
        'Đơn vị bầu cử số 1 có 5 ứng viên đại biểu Quốc hội khóa XVI gồm: bà Lê Thị Mai - Phó Bí thư Tỉnh ủy, Trưởng Đoàn ĐBQH tỉnh; ông Trần Văn Bình - Giám đốc Sở Tư pháp.',
      ),
    ).toEqual([
      ['Lê Thị Mai', 'Phó Bí thư Tỉnh ủy, Trưởng Đoàn ĐBQH tỉnh'],
      ['Trần Văn Bình', 'Giám đốc Sở Tư pháp'],
    ]);
  });

  it("gives a listed name its own office after it where that one names the list's place, and not where the list names it", () => {
    expect(
      roles(
        'HĐND tỉnh miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh đối với ông Trịnh Văn Sáu, nguyên Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh Kon Tum, do chuyển công tác.',
      ),
    ).toEqual([['Trịnh Văn Sáu', 'nguyên Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh Kon Tum']]);
    expect(
      roles(
        'Các Phó Bí thư Tỉnh ủy Kon Tum, gồm: ông Trịnh Văn Sáu - Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; ông Lê Văn Bảy - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.',
      ),
    ).toEqual([
      ['Trịnh Văn Sáu', 'Phó Bí thư Tỉnh ủy Kon Tum'],
      ['Lê Văn Bảy', 'Phó Bí thư Tỉnh ủy Kon Tum'],
    ]);
  });

  it('gives a name listed under a bare title its own office in brackets, which names the organ', () => {
    expect(
      roles(
        'Viện có 3 phó viện trưởng là bà Đỗ Thị Hoa và các ông Lý Văn Tâm, Phạm Quốc Bảo (Viện trưởng Viện kiểm sát quân sự trung ương).',
      ),
    ).toEqual([
      ['Đỗ Thị Hoa', 'phó viện trưởng'],
      ['Lý Văn Tâm', 'phó viện trưởng'],
      ['Phạm Quốc Bảo', 'Viện trưởng Viện kiểm sát quân sự trung ương'],
    ]);
  });

  it("gives a name after a counted crowd's title and an address the office after the name, and reads one given by 'đã được ... giữ chức'", () => {
    expect(
      roles('Hội nghị có gần 800 đại biểu, đồng chí Trần Quốc Hưng, Phó Bí thư Tỉnh ủy Gia Lai, chủ trì.'),
    ).toEqual([['Trần Quốc Hưng', 'Phó Bí thư Tỉnh ủy Gia Lai']]);
    expect(
      roles('Ông Lê Văn Sáu thay ông Trần Quốc Hưng đã được điều động giữ chức Bí thư Đảng ủy xã Đông Sơn.'),
    ).toContainEqual(['Trần Quốc Hưng', 'đã được điều động giữ chức Bí thư Đảng ủy xã Đông Sơn']);
  });

  it('gives a bare title the office that names its organ, which the article gives the same person', () => {
    const text =
      'Ông Nguyễn Văn Thắng giữ chức Phó Chủ tịch UBND tỉnh Bắc Ninh. Hiện UBND tỉnh có 5 phó chủ tịch: ông Nguyễn Văn Thắng, ông Lê Minh Tuấn.';
    expect(roles(text)).toEqual([
      ['Nguyễn Văn Thắng', 'giữ chức Phó Chủ tịch UBND tỉnh Bắc Ninh'],
      ['Nguyễn Văn Thắng', 'giữ chức Phó Chủ tịch UBND tỉnh Bắc Ninh'],
      ['Lê Minh Tuấn', 'phó chủ tịch'],
    ]);
  });

  it("leaves an authoriser's second seat with the first, not with the name after it", () => {
    expect(
      roles(
        'Thừa ủy quyền của Tổng Bí thư, Chủ tịch nước, Phó Chủ nhiệm Văn phòng Chủ tịch nước Lê Thị Hoa trao quyết định.',
      ),
    ).toEqual([['Lê Thị Hoa', 'Phó Chủ nhiệm Văn phòng Chủ tịch nước']]);
  });
});
