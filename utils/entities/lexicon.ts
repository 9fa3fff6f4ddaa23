/**
 * Closed word lists the rules read: titles that introduce an official, Vietnamese surnames,
 * administrative level words and the words that make a name a street or a school.
 * These are grammar, not facts about particular people or bodies (those live in data/).
 */

/** Titles (case-insensitive). "Phó", "nguyên" and "Thường trực" combine with them in chains. */
export const TITLES = [
  'Tổng Bí thư',
  'Bí thư',
  'Phó Bí thư',
  'Bí thư thứ nhất',
  'Chủ tịch nước',
  'Phó Chủ tịch nước',
  'Chủ tịch',
  'Phó Chủ tịch',
  'Thủ tướng',
  'Phó Thủ tướng',
  'Bộ trưởng',
  'Thứ trưởng',
  'Ủy viên',
  'Ủy viên dự khuyết',
  'Ủy viên chuyên trách',
  'Ủy viên Thường vụ',
  // China's State Councillor, in a chain of offices: "Ủy viên Quốc vụ, Bộ trưởng Bộ Công an Trung Quốc".
  'Ủy viên Quốc vụ',
  'Trưởng ban',
  'Phó Trưởng ban',
  'Trưởng Ban',
  'Chủ nhiệm',
  'Phó Chủ nhiệm',
  'Tổng Thư ký',
  'Chánh án',
  'Phó Chánh án',
  'Thẩm phán',
  'Kiểm sát viên',
  'Viện trưởng',
  'Phó Viện trưởng',
  'Tổng Kiểm toán',
  'Tổng Kiểm toán Nhà nước',
  'Phó Tổng Kiểm toán',
  'Tổng Thanh tra',
  'Phó Tổng Thanh tra',
  'Thống đốc',
  'Phó Thống đốc',
  'Giám đốc',
  'Phó Giám đốc',
  'Tổng Giám đốc',
  'Cục trưởng',
  'Phó Cục trưởng',
  'Tổng cục trưởng',
  'Phó Tổng cục trưởng',
  // A sub-department's head, named by it: "Chi cục trưởng Chi cục Hải quan ...", not "Cục trưởng".
  'Chi cục trưởng',
  'Phó Chi cục trưởng',
  'Vụ trưởng',
  'Phó Vụ trưởng',
  'Chánh Văn phòng',
  'Phó Chánh Văn phòng',
  'Đại sứ',
  'Đại sứ đặc mệnh toàn quyền',
  'Tổng Lãnh sự',
  'Trưởng đoàn',
  'Phó Trưởng đoàn',
  'Trưởng Đoàn',
  'Trưởng Phái đoàn',
  'Trưởng phái đoàn',
  'Phó Trưởng Phái đoàn',
  'Đại biểu Quốc hội',
  'Tổng thống',
  'Phó Tổng thống',
  'Quốc vương',
  // A province's governor in Cambodia and Laos ("Tỉnh trưởng tỉnh Preah Sihanouk").
  'Tỉnh trưởng',
  'Phó Tỉnh trưởng',
  // The Governor-General of a Commonwealth realm ("Toàn quyền Australia Sam Mostyn").
  'Toàn quyền',
  'Nhà vua',
  'Vua',
  'Hoàng đế',
  'Ngoại trưởng',
  'Chủ tịch Quốc hội',
  'Phó Chủ tịch Quốc hội',
  'Đại tướng',
  'Thượng tướng',
  'Trung tướng',
  'Thiếu tướng',
  'Đại tá',
  'Thượng tá',
  'Trung tá',
  'Thiếu tá',
  'Đô đốc',
  'Phó Đô đốc',
  'Chuẩn Đô đốc',
  'Tư lệnh',
  'Chỉ huy trưởng',
  'Phó Chỉ huy trưởng',
  // A unit's commander named by the unit ("Phó Lữ đoàn trưởng Lữ đoàn 146", "Hải đoàn trưởng").
  'Sư đoàn trưởng',
  'Phó Sư đoàn trưởng',
  'Lữ đoàn trưởng',
  'Phó Lữ đoàn trưởng',
  'Trung đoàn trưởng',
  'Phó Trung đoàn trưởng',
  'Hải đoàn trưởng',
  'Phó Hải đoàn trưởng',
  'Phó Tư lệnh',
  'Chính ủy',
  'Phó Chính ủy',
  // A military region's or corps' political department head: "Phó Chủ nhiệm Chính trị Quân khu 5".
  'Chủ nhiệm Chính trị',
  'Phó Chủ nhiệm Chính trị',
  'Tổng Tham mưu trưởng',
  'Trưởng phòng',
  'Phó Trưởng phòng',
  'Chánh Thanh tra',
  // The head of a court's division ("Chánh tòa Hình sự TAND tỉnh X").
  'Chánh tòa',
  'Phó Chánh tòa',
  'Phó Chánh Thanh tra',
  'Thủ trưởng',
  'Người phát ngôn',
  'Phát ngôn viên',
  // A deputy spokesperson ("Phó phát ngôn Bộ Ngoại giao").
  'Phó phát ngôn',
  'Phó Người phát ngôn',
  // A diplomat's rank ("Tham tán chính trị Đại sứ quán ...", "Tham tán Công sứ").
  'Tham tán',
  'Tham tán Công sứ',
  'Tham tán chính trị',
  'Tham tán thương mại',
  'Tham tán kinh tế',
  'Thị trưởng',
  // The US Trade Representative ("Đại diện Thương mại Hoa Kỳ Jamieson Greer", "Trưởng đại diện thương mại").
  'Đại diện Thương mại',
  'Phó Đại diện Thương mại',
  'Trưởng Đại diện Thương mại',
  'Nghị sĩ',
  'Thượng nghị sĩ',
  'Hạ nghị sĩ',
  // "sỹ" for "sĩ", as many papers spell it.
  'Nghị sỹ',
  'Thượng nghị sỹ',
  'Hạ nghị sỹ',
  'Trợ lý',
  'Thư ký',
  'Trưởng Công an',
  'Thường trực',
  'Trưởng Văn phòng',
  'Chủ tịch danh dự',
  'Phó Trưởng Ban',
  // (Written short: "Phó Ban Tuyên giáo và Dân vận Thành ủy".)
  'Phó Ban',
  'Đồng chí',
  'Đặc phái viên',
  'Chủ tịch Thượng viện',
  'Chủ tịch Hạ viện',
  'Thủ hiến',
  'Tỉnh trưởng',
  'Hội trưởng',
  'Ủy viên trưởng',
  'Đại biểu',
  // "ĐBQH Trần Văn A", "ĐBQH chuyên trách": a member of the National Assembly, the body in the abbreviation.
  'ĐBQH',
  // "ĐB Nguyễn Thị Kim Thúy (TP Đà Nẵng)": a deputy, as session reports write it.
  'ĐB',
  'Tỉnh ủy viên',
  'Thành ủy viên',
  'Huyện ủy viên',
  'Đảng ủy viên',
  // Their abbreviations in lists of officials: "Nguyễn Văn A - TUV, Phó Chủ tịch HĐND tỉnh".
  'TUV',
  'ThUV',
  'HUV',
  // A deputy chair in short before an organ: "PCT UBND tỉnh Nguyễn Văn A".
  'PCT',
  // Ủy viên Ban Thường vụ Tỉnh ủy, as provincial papers abbreviate it: "A, UVTVTU, Chủ tịch ...".
  'UVTVTU',
  'UVBTVTU',
  'Phó Chủ tịch thường trực',
  'Chủ tịch UBND',
  'Chủ tịch HĐND',
  'Thủ trưởng cơ quan',
  'Bí thư thứ hai',
  'Tổng Thư ký Liên hợp quốc',
];

/** Words that start a sentence or a phrase, never a name ("Trong thời gian ...", "Chiều 6/6"). */
export const NOT_NAME = (
  'Trong Theo Tại Với Khi Sau Trước Đây Đó Này Chiều Sáng Tối Trưa Ngày Hôm Năm Tháng Tuần Qua Cùng Còn ' +
  'Những Các Một Hai Ba Bốn Nhiều Mọi Nhưng Và Hoặc Vì Do Nên Để Cho Từ Đến Về Trên Dưới Ngoài Giữa Như ' +
  'Ban Bộ Sở Cục Vụ Viện Hội Ủy Uỷ Đảng Văn Phòng Tổng Trung Quốc Nhà Chính Tỉnh Thành Huyện Đoàn Công Ông ' +
  'Bà Anh Chị Em Đồng Thủ Phó Chủ Bí Tòa Đại Thượng Hạ Lãnh Tân Cựu Nguyên Mặt Liên Đài Báo Thông Tin Ảnh ' +
  'Hiện Thời Ngay Lúc Mặc Tuy Bên Dù Nếu Song Riêng ' +
  // Places and units a title may precede ("Giám đốc Vườn Quốc gia ...", "Trưởng Trạm ...", "Thường trực Tổ Biên tập").
  'Vườn Trường Bệnh Khu Trạm Hạt Đồn Nhóm Tổ'
).split(' ');

/**
 * Words that end a name run ("Nguyễn Văn A Chiều 6/6 ..."). "Phát" and "Chủ" are given names too
 * ("Lê Văn Phát"): they end one only as "Phát biểu", "Chủ trì" (finders/title-chains.ts).
 */
export const NAME_BREAK = (
  'Trong Theo Tại Với Khi Sau Trước Đây Đó Này Chiều Sáng Tối Trưa Ngày Hôm Tháng Tuần Qua Cùng Còn Những ' +
  'Các Một Nhưng Và Hoặc Vì Do Nên Để Cho Từ Đến Về Trên Dưới Ngoài Giữa Như Hiện Ngay Lúc Mặc Tuy Bên Dù ' +
  'Nếu Song Ông Bà Nhấn Cho Đề Yêu'
).split(' ');

/** A title followed by one of these is a company post, not an office. */
export const COMPANY_WORDS = [
  'Công ty',
  'Tập đoàn',
  'Tổng công ty',
  'Doanh nghiệp',
  'Ngân hàng TMCP',
  'Công ty cổ phần',
  'tập đoàn',
  'công ty',
  // A company's boards: "Chủ tịch HĐQT kiêm Tổng Giám đốc Công ty cổ phần ...".
  'HĐQT',
  'Hội đồng quản trị',
  'HĐTV',
  'Hội đồng thành viên',
];

/** Words that stand before a title without breaking the chain. */
export const TITLE_MODIFIERS = ['nguyên', 'cựu', 'tân', 'quyền', 'cố'];

/** Vietnamese surnames: a name after a title or before ", <title>" starts with one of these. */
export const SURNAMES = (
  'Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Đào Mai Trương Lương ' +
  'Phùng Vương Cái Lò Hà Chu Tô Viên Tạ Trịnh Lại Lưu Đoàn Cao Kiều Quách Thái Tăng Văn Lâm Triệu Hứa ' +
  'Mạc Kim Châu Diệp Giang Khổng Khúc La Lã Lạc Lục Mã Nghiêm Ninh Nông Quan Quang Sầm Thạch Thân ' +
  'Tôn Từ Ưng Vi Y Âu Bạch Bế Cầm Chẩu Chử Cù Đàm Đới Hầu Kha Khuất Lăng Lò Lý Mẫn ' +
  'Nhữ Phí Phương Sơn Tiêu Trang Trình Tống Uông Vòng Xa Hồng Doãn Bàn Danh Thịnh Hàn Du Lữ Đồng Cấn Tất Ngọ Quản Luyện Vân ' +
  // Surnames of the northern provinces' Tày, Nùng, Thái and Hmong officials.
  'Ma Giàng Sùng Thào Lầu Mùa Lường Quàng Tòng ' +
  // and of the Central Highlands' Jrai, Ê Đê, Bahnar and Stiêng officials ("Ksor", "Rơ Mah", "Điểu").
  'Ksor Siu Rah Kpă Puih Rơ Rcom Byă Điểu'
).split(' ');

/** Surnames so common that a capitalised run starting with one is a person, not a place. */
export const STRONG_SURNAMES = 'Nguyễn Trần Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Ngô Trịnh Đinh Trương'.split(' ');

/** Administrative level words that precede a place name. */
export const LEVELS = [
  'tỉnh',
  'thành phố',
  'TP',
  'TP.',
  'Tp',
  'Tp.',
  'huyện',
  'quận',
  'thị xã',
  'TX',
  'TX.',
  'xã',
  'phường',
  // ("P.Châu Đốc", "H.Nghi Xuân", "Q.Tân Bình": a ward's, district's level word written short, with its dot.)
  'P.',
  'H.',
  'Q.',
  'thị trấn',
  'Thủ đô',
  'đặc khu',
  'bang',
  'thủ đô',
];
/** Level words for the province and city level (used for a body's level). */
export const PROVINCE_LEVELS = new Set(['tỉnh', 'thành phố', 'tp', 'tp.', 'thủ đô']);

/** A name right after one of these is a street, school, square ... named after a person. */
export const FALSE_FRIEND_BEFORE = [
  'đường',
  'phố',
  'trường',
  'THPT',
  'THCS',
  // A gifted school's word between: "Trường THPT chuyên Lê Quý Đôn".
  'THPT chuyên',
  'THCS chuyên',
  'trường chuyên',
  'phổ thông',
  'tiểu học',
  'mầm non',
  'quảng trường',
  'cầu',
  'hầm',
  'sân bay',
  'công viên',
  'lăng',
  'tượng đài',
  'bảo tàng',
  'giải thưởng',
  'di tích',
  'khu di tích',
  'nhà tưởng niệm',
  'tư tưởng',
  'đại lộ',
  'hẻm',
  'ngõ',
  'ngách',
  'tàu',
  'huân chương',
  'học bổng',
  'Đại học',
  // Written short: "Trường ĐH Tôn Đức Thắng", "Trường CĐ Lý Tự Trọng".
  'ĐH',
  'CĐ',
  'cao đẳng',
  'trung cấp',
  'học viện',
  'bệnh viện',
  'phòng',
  'chung cư',
  'khu phố',
  'ấp',
  'thôn',
  'bến',
  'chợ',
  'đền',
  'chùa',
  'nhà',
  'di chúc',
  'thời',
  'thời đại',
  'bút danh',
  'lớp',
  'giải',
];

/** Words that make a following organ generic ("các cấp ủy", "UBND các tỉnh"). */
export const GENERIC_BEFORE = ['các', 'những', 'mỗi', 'từng', 'nhiều', 'một số', 'mọi'];
export const GENERIC_AFTER = ['các', 'cấp', 'những', 'nhiều', 'mỗi'];

/**
 * Other words the grammar compares tokens with: in the packed lexicon, so a page reads them
 * without making a string per token.
 */
export const GRAMMAR_WORDS = (
  'phó quyền luật bộ hiến pháp lệnh sửa đổi bổ sung một số điều của các khóa khoá nhiệm kỳ trung ương nhà nước ' +
  'quốc gia về hội nghị lần thứ ban chấp hành đảng đại biểu toàn cấp chính phủ cộng sản khu vực người tại và ' +
  'sn sinh năm ông bà trưởng chánh thuộc nước ngày tháng kỷ học khoa ngành dự sư ủy uỷ viên thường vụ trực'
).split(' ');
