/**
 * The office the text gives a person (EntitySpan.role), which the card shows as "In the text":
 * it must say what the text says of the office, not only its words. Sentences of my own in the
 * style of the news.
 */
import { describe, expect, it } from 'vitest';
import { findEntities } from './index';

const roles = (text: string) =>
  findEntities(text)
    .filter((s) => s.kind === 'official')
    .map((s) => [s.text, s.role]);

describe('roles in the text: elections, ranks, aides, unread organs, counted offices', () => {
  it('gives no one a rank that is being conferred', () => {
    expect(
      roles(
        'Với việc được thăng hàm thượng tướng, Chủ tịch nước Nguyễn Xuân Phúc tin tưởng hai thứ trưởng sẽ hoàn thành nhiệm vụ.',
      ),
    ).toEqual([['Nguyễn Xuân Phúc', 'Chủ tịch nước']]);
    expect(roles('Ông được thăng cấp bậc hàm lên Trung tướng, Giám đốc Công an tỉnh Lê Văn Hùng chúc mừng.')).toEqual([
      ['Lê Văn Hùng', 'Giám đốc Công an tỉnh'],
    ]);
  });

  it('gives a name a rank introduced the offices after its comma, and the next name only the last', () => {
    expect(
      roles(
        'Cùng đi có Thiếu tướng Trần Văn Minh, Thứ trưởng Bộ Quốc phòng, Bí thư Tỉnh ủy Nghệ An Lê Quang Thành và lãnh đạo các bộ.',
      ),
    ).toEqual([
      ['Trần Văn Minh', 'Thứ trưởng Bộ Quốc phòng'],
      ['Lê Quang Thành', 'Bí thư Tỉnh ủy Nghệ An'],
    ]);
  });

  it('takes no brand or organisation written as one word with a capital inside for a person', () => {
    expect(roles('Ông trao đổi với Phó Chủ tịch AmCham tại Hà Nội và Thượng nghị sĩ McCain.')).toEqual([
      ['McCain', 'Thượng nghị sĩ'],
    ]);
  });

  it('keeps a Party office after the name though a company post in lower case follows it', () => {
    expect(
      roles(
        'Khai trừ ra khỏi Đảng đối với ông Lê Văn Hùng - nguyên bí thư Đảng ủy, nguyên chủ tịch Hội đồng Quản trị VCB.',
      ),
    ).toEqual([['Lê Văn Hùng', 'nguyên bí thư Đảng ủy']]);
  });

  it('reads a rank after a word of address as a rank, and the office after the name as the office', () => {
    expect(
      roles('Đoàn do đồng chí Thượng tướng Lê Văn Hùng, Chủ tịch Hội Cựu chiến binh Việt Nam làm trưởng đoàn.'),
    ).toEqual([['Lê Văn Hùng', 'Chủ tịch Hội Cựu chiến binh Việt Nam']]);
  });

  it('gives an office counted as one to one person only', () => {
    expect(roles('Sở chỉ còn một Giám đốc là ông Lê Văn Hùng và ông Trần Quốc Bảo, Phó Giám đốc.')).toEqual([
      ['Lê Văn Hùng', 'Giám đốc'],
      ['Trần Quốc Bảo', 'Phó Giám đốc'],
    ]);
  });

  it('quotes a title before an organ the data cannot read with that organ, never the bare title', () => {
    expect(
      roles('Khởi tố ông Lê Văn Hùng, Phó Chủ tịch UBND tỉnh, Chủ tịch Hội đồng quản lý Quỹ đất tỉnh Hòa Bình.'),
    ).toEqual([['Lê Văn Hùng', 'Phó Chủ tịch UBND tỉnh, Chủ tịch Hội đồng quản lý Quỹ đất tỉnh Hòa Bình']]);
  });

  it("gives an aide no principal's title: the press secretary is not the president", () => {
    expect(
      roles('Tham dự có Thư ký báo chí Tổng thống Dmitri Peskov và Phụ trách Lễ tân Tổng thống Vladislav Kitaev.'),
    ).toEqual([
      ['Dmitri Peskov', undefined],
      ['Vladislav Kitaev', undefined],
    ]);
    expect(roles('Cùng dự có Trợ lý Tổng thống Yuri Ushakov.')).toEqual([['Yuri Ushakov', 'Trợ lý Tổng thống']]);
    // An aide's words further back, and a spouse's: the president's title is neither's (r319).
    expect(
      roles('Gồm Phu nhân Tổng thống Kim Jung-sook; Trợ lý cấp cao về kinh tế cho Tổng thống Hong Jang-pyo.'),
    ).toEqual([
      ['Kim Jung-sook', undefined],
      ['Hong Jang-pyo', undefined],
    ]);
    // A name the data knows after the spouse's words is the principal's: "Phu nhân Thủ tướng Phạm Minh Chính".
    expect(roles('Phu nhân Thủ tướng Phạm Minh Chính thăm trường.')).toEqual([['Phạm Minh Chính', 'Thủ tướng']]);
    // Spelt with "i" for "y", an aide still (r214: the card said the aide was the State President).
    expect(
      roles('Ông Đào Minh Khôi, Phó Chủ nhiệm Văn phòng Chủ tịch nước, trợ lí Chủ tịch nước, đọc lệnh công bố.'),
    ).toEqual([['Đào Minh Khôi', 'Phó Chủ nhiệm Văn phòng Chủ tịch nước, trợ lí Chủ tịch nước']]);
  });

  it('gives the titles before a rank to the name before them, the rank to the name after', () => {
    expect(
      roles(
        'Dự có đồng chí Lê Văn Hùng - Phó Bí thư Tỉnh ủy Phú Thọ, Thiếu tướng Trần Quốc Bảo, Phó Chủ tịch Hội Cựu chiến binh Việt Nam.',
      ),
    ).toEqual([
      ['Lê Văn Hùng', 'Phó Bí thư Tỉnh ủy Phú Thọ'],
      ['Trần Quốc Bảo', 'Phó Chủ tịch Hội Cựu chiến binh Việt Nam'],
    ]);
  });

  it('reads an office after "bầu" as held when the names are elected into another organ', () => {
    expect(
      roles('Hội nghị đã bầu Phó Thủ tướng Trần Văn Hòa, Bộ trưởng Bộ Tài chính Lê Thị Mai vào Ban Bí thư.'),
    ).toEqual([
      ['Trần Văn Hòa', 'Phó Thủ tướng'],
      ['Lê Thị Mai', 'Bộ trưởng Bộ Tài chính'],
    ]);
    expect(roles('Kỳ họp đã bầu Chủ tịch UBND tỉnh Nguyễn Văn An.')).toEqual([
      ['Nguyễn Văn An', 'bầu Chủ tịch UBND tỉnh'],
    ]);
  });
  it('gives another country\'s leader\'s title before "và" to no one of ours, and takes no honorific or former office into a name', () => {
    expect(roles('Tổng thống Indonesia và Chủ tịch nước Võ Văn Thưởng duyệt Đội danh dự.')).toEqual([
      ['Võ Văn Thưởng', 'Chủ tịch nước'],
    ]);
    expect(roles('Tổng thư ký Bộ Ngoại giao Dato’ Sri Amran Mohamed Zin tiếp đoàn.')).toEqual([
      ['Amran Mohamed Zin', 'Tổng thư ký Bộ Ngoại giao'],
    ]);
    expect(roles('HĐND tỉnh miễn nhiệm ông Nguyễn Văn Đước-nguyên Giám đốc Sở Tài chính.')).toEqual([
      ['Nguyễn Văn Đước', 'nguyên Giám đốc Sở Tài chính'],
    ]);
    // One person's two offices, both ours, stay one role.
    expect(roles('Tổng Bí thư và Chủ tịch nước Nguyễn Phú Trọng dự lễ.')).toEqual([
      ['Nguyễn Phú Trọng', 'Tổng Bí thư và Chủ tịch nước'],
    ]);
  });

  it('reads "thường trực" in lower case after a noun as no office of a list (r218)', () => {
    expect(
      roles('Tổ công tác thường trực gồm: ông Lê Đức Hạnh - Phó Giám đốc Sở Y tế, và bà Hà Thu Trang.'),
    ).not.toContainEqual(['Lê Đức Hạnh', 'thường trực']);
    expect(roles('Có 2 ủy viên thường trực gồm: ông Lê Đức Hạnh và bà Hà Thu Trang.')).toEqual([
      ['Lê Đức Hạnh', 'ủy viên thường trực'],
      ['Hà Thu Trang', 'ủy viên thường trực'],
    ]);
  });

  it('reads an office, "hiện nay là", a rank and a name as that name\'s office (r219)', () => {
    expect(roles('Chính ủy Quân khu 9 hiện nay là Trung tướng Đỗ Minh Xương.')).toEqual([
      ['Đỗ Minh Xương', 'Chính ủy Quân khu 9'],
    ]);
  });
});

describe('an office given after a comma, by the body that gives it (r294)', () => {
  it('reads "X, vừa được Quốc hội bầu làm ..." and "X, được Bộ Chính trị điều động giữ chức ..."', () => {
    expect(
      roles(
        'Ông Nguyễn Long Hải giữ chức Bí thư Đảng ủy Khối doanh nghiệp Trung ương, thay cho ông Y Thanh Hà Niê Kđăm, vừa được Quốc hội bầu làm Chủ tịch Hội đồng Dân tộc của Quốc hội.',
      ),
    ).toContainEqual(['Y Thanh Hà Niê Kđăm', 'vừa được Quốc hội bầu làm Chủ tịch Hội đồng Dân tộc của Quốc hội']);
    expect(roles('Ông Trần Văn An, được Bộ Chính trị điều động giữ chức Bí thư Tỉnh ủy Gia Lai, phát biểu.')).toEqual([
      ['Trần Văn An', 'được Bộ Chính trị điều động giữ chức Bí thư Tỉnh ủy Gia Lai'],
    ]);
  });
});

describe("another country's leader's titles before one of ours", () => {
  it('gives a name of ours the data knows only the titles after the comma that closes the other country', () => {
    // r297: her card read "Tổng Bí thư, Chủ tịch nước Lào, Chủ tịch Quốc hội", her Quốc hội a foreign one.
    const spans = findEntities(
      'Tại cuộc hội kiến với Tổng Bí thư, Chủ tịch nước Lào, Chủ tịch Quốc hội Nguyễn Thị Kim Ngân nói.',
    );
    expect(spans.find((s) => s.kind === 'official')).toMatchObject({
      role: 'Chủ tịch Quốc hội',
      roleBodies: ['body:quoc-hoi'],
    });
    expect(spans.find((s) => s.kind === 'body')?.id).toBe('body:quoc-hoi');
    // The data's man of China keeps his chain whole; so does a name the data does not know.
    expect(roles('Tổng Bí thư Đảng Cộng sản Trung Quốc, Chủ tịch nước Tập Cận Bình tiếp đoàn.')).toEqual([
      ['Tập Cận Bình', 'Tổng Bí thư Đảng Cộng sản Trung Quốc, Chủ tịch nước'],
    ]);
    expect(roles('Hội kiến Tổng Bí thư, Chủ tịch nước Lào, Thủ tướng Phạm Văn Xưa nói.')).toEqual([
      ['Phạm Văn Xưa', 'Tổng Bí thư, Chủ tịch nước Lào, Thủ tướng'],
    ]);
  });
});

describe("an aide's words before a leader's titles", () => {
  it("gives a known leader's name the leader's titles, and an aide the data knows the aide's", () => {
    // r340: the minister's card read "thư ký Bộ trưởng Y tế"; r334: the aide's read "Tổng Bí thư, Chủ tịch nước".
    expect(roles('Bị cáo Trần Văn Khải (cựu thư ký Bộ trưởng Y tế Nguyễn Thanh Long) khai.')).toEqual([
      ['Trần Văn Khải', 'cựu thư ký Bộ trưởng Y tế Nguyễn Thanh Long'],
      ['Nguyễn Thanh Long', 'Bộ trưởng Y tế'],
    ]);
    expect(roles('Dự có Trợ lý Tổng Bí thư, Chủ tịch nước Tô Ân Xô.')).toEqual([
      ['Tô Ân Xô', 'Trợ lý Tổng Bí thư, Chủ tịch nước'],
    ]);
    // "Tổng Thư ký" is a title of its own.
    expect(roles('Tổng Thư ký Quốc hội Bùi Văn Cường phát biểu.')).toEqual([['Bùi Văn Cường', 'Tổng Thư ký Quốc hội']]);
  });
});

describe('an appointment with "làm"', () => {
  it("leaves the appointee's new office out of the next name's chain (r348)", () => {
    expect(
      roles(
        'Bộ Chính trị phân công ông Đinh Tiến Dũng làm Bí thư Thành ủy Hà Nội, Chủ tịch Quốc hội Vương Đình Huệ trao quyết định.',
      ),
    ).toEqual([
      ['Đinh Tiến Dũng', undefined],
      ['Vương Đình Huệ', 'Chủ tịch Quốc hội'],
    ]);
  });
});

describe('roles in the text: a sub-department’s head, a country’s long name', () => {
  it('reads "Chi cục trưởng" whole, not "Cục trưởng" (r349)', () => {
    expect(roles('Thay mặt đơn vị, Chi cục trưởng Đinh Văn Tạo cam kết hoàn thành chỉ tiêu thu ngân sách.')).toEqual([
      ['Đinh Văn Tạo', 'Chi cục trưởng'],
    ]);
    expect(roles('Phó Chi cục trưởng Chi cục Thuế quận 3 Lý Thị Hoa báo cáo.')).toEqual([
      ['Lý Thị Hoa', 'Phó Chi cục trưởng Chi cục Thuế quận 3'],
    ]);
  });
  it('keeps "thiểu số" in a unit’s name: no number starts there (r358)', () => {
    expect(roles('Bà Lò Thị Mai, Vụ trưởng Vụ Dân tộc thiểu số đã tiếp đoàn đại biểu người có uy tín.')).toEqual([
      ['Lò Thị Mai', 'Vụ trưởng Vụ Dân tộc thiểu số'],
    ]);
  });
  it('reads a title over two organs joined by "và" (r360: "Bộ trưởng Cuba" for the head of both councils)', () => {
    expect(
      roles('Nhận lời mời của Chủ tịch Hội đồng Nhà nước và Hội đồng Bộ trưởng Cuba Pablo Ruiz, đoàn lên đường.'),
    ).toEqual([['Pablo Ruiz', 'Chủ tịch Hội đồng Nhà nước và Hội đồng Bộ trưởng Cuba']]);
    expect(roles('Năm 1985, Chủ tịch Hội đồng Bộ trưởng Lê Văn Định thăm Lào.')).toEqual([
      ['Lê Văn Định', 'Chủ tịch Hội đồng Bộ trưởng'],
    ]);
  });
  it('ends a source’s titles after "Theo" at the comma: the name after is another’s (r376)', () => {
    expect(roles('Theo Tổng thống Pháp, Thủ tướng Đức Hans Keller ủng hộ kế hoạch này.')).toEqual([
      ['Hans Keller', 'Thủ tướng Đức'],
    ]);
  });
  it('reads the office after a grade between commas, not the grade (r375)', () => {
    expect(roles('Ông Trần Văn Khải, Kiểm sát viên trung cấp, Viện trưởng Viện KSND quận 3 phát biểu.')).toEqual([
      ['Trần Văn Khải', 'Viện trưởng Viện KSND quận 3'],
    ]);
  });
  it('ends the United Kingdom’s full name before the name after it (r353: "Ireland Jeremy Hunt")', () => {
    expect(
      roles(
        'Nhận lời mời của Bộ trưởng Ngoại giao Liên hiệp Vương quốc Anh và Bắc Ireland Robert Kenton, đoàn đã thăm Anh.',
      ),
    ).toEqual([['Robert Kenton', 'Bộ trưởng Ngoại giao Liên hiệp Vương quốc Anh và Bắc Ireland']]);
  });
});
