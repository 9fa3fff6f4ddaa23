/**
 * The closed word lists of the body grammar: the head words of units below a ministry, of
 * numbered army units, of foreign missions and of foreign chambers. A unit is one of these heads
 * and its own capitalised name ("Cục" + "Quản lý thị trường", "Vụ" + "Pháp chế"); the data files
 * hold the bodies that are known by name.
 */
import { PhraseList } from './phrase-list';

export type UnitHead =
  /** Takes a name of its own: "Cục Thuế", "Vụ Tổ chức cán bộ", "Cơ quan Cảnh sát điều tra". */
  | 'named'
  /** Takes a number or a name: "Quân khu 4", "Quân đoàn 12", "Quân khu Thủ đô". */
  | 'numbered'
  /** Numbered only with its force: "Vùng 2 Hải quân", "Vùng 3 Cảnh sát biển" ("Vùng I" alone is a wage zone). */
  | 'region'
  /** A mission abroad: "Tổng Lãnh sự quán Việt Nam tại Thượng Hải". */
  | 'mission'
  /** A mission named short, only at a country or an organisation the data knows ("Phái đoàn Việt Nam tại ASEAN"). */
  | 'mission-known'
  /** A foreign chamber, named by its country: "Hạ viện Hoa Kỳ". */
  | 'chamber';

export const UNIT_HEAD_PHRASES: [string, UnitHead][] = [
  ['Cục', 'named'],
  ['Tổng cục', 'named'],
  ['Chi cục', 'named'],
  ['Vụ', 'named'],
  ['Viện', 'named'],
  ['Học viện', 'named'],
  ['Phòng', 'named'],
  ['Ban', 'named'],
  ['Tiểu ban', 'named'],
  ['Văn phòng', 'named'],
  ['Trung tâm', 'named'],
  ['Cơ quan', 'named'],
  ['Ủy ban', 'named'],
  ['Hội đồng', 'named'],
  ['Bộ Tư lệnh', 'named'],
  ['Bộ Chỉ huy', 'named'],
  ['Cảng vụ', 'named'],
  ['Công đoàn', 'named'],
  // A unit's Youth Union organisation: "Đoàn Thanh niên Chính phủ", "Đoàn Thanh niên Bộ Công an".
  ['Đoàn Thanh niên', 'named'],
  ['Chi bộ', 'named'],
  // A court's division: "Tòa Hình sự TAND tỉnh X", "Tòa Kinh tế TAND TP Hà Nội".
  ['Tòa', 'named'],
  ['Đảng ủy', 'named'],
  ['Đảng bộ', 'named'],
  ['Quân khu', 'numbered'],
  ['Quân đoàn', 'numbered'],
  ['Binh đoàn', 'numbered'],
  ['Sư đoàn', 'numbered'],
  ['Lữ đoàn', 'numbered'],
  ['Trung đoàn', 'numbered'],
  ['Hải đoàn', 'numbered'],
  // The Prime Minister's working groups: "Tổ công tác số 2" (unnumbered, one of many: "tổ công tác liên ngành").
  ['Tổ công tác', 'numbered'],
  ['Vùng', 'region'],
  ['Đại sứ quán', 'mission'],
  ['Tổng Lãnh sự quán', 'mission'],
  ['Lãnh sự quán', 'mission'],
  ['Phái đoàn thường trực', 'mission'],
  ['Phái đoàn đại diện thường trực', 'mission'],
  ['Phái đoàn', 'mission-known'],
  ['Cơ quan đại diện', 'mission'],
  ['Hạ viện', 'chamber'],
  ['Thượng viện', 'chamber'],
  ['Nghị viện', 'chamber'],
];
export const UNIT_HEADS = new PhraseList<UnitHead>(UNIT_HEAD_PHRASES);

/**
 * Fields whose name holds a comma (folded): the word before it, and the words after it ("phòng,
 * chống", "phòng cháy, chữa cháy", "cứu hộ, cứu nạn", "cứu nạn, cứu hộ").
 */
export const FIELD_COMMA_PAIRS: [before: string, after: string[]][] = [
  ['phòng', ['chống']],
  ['cháy', ['chữa', 'cháy']],
  ['hộ', ['cứu', 'nạn']],
  ['nạn', ['cứu', 'hộ']],
];

/**
 * Words of the fields units are named after ("Cục Quản lý thị trường", "Vụ Pháp chế", "Cơ quan
 * Cảnh sát điều tra"), beside the ones the data's own names hold (name-words.ts).
 */
export const DOMAIN_WORDS = [
  'biến đổi khí hậu',
  'pháp chế',
  'thị trường',
  'điều tra',
  'phục vụ hành chính công',
  'tổ chức cán bộ',
  'kế hoạch tài chính',
  'hợp tác quốc tế',
  'thi đua khen thưởng',
  'kiểm tra giám sát',
  'xử lý vi phạm',
  'thi hành án dân sự',
  'hình sự',
  'kinh tế',
  'ma túy',
  'môi trường',
  'giao thông',
  'trật tự xã hội',
  'an ninh',
  'an toàn',
  'xuất nhập cảnh',
  'phòng cháy chữa cháy',
  'cứu nạn cứu hộ',
  'đối ngoại',
  'lãnh thổ',
  'đào tạo sau đại học',
  'thị trường trong nước',
  'liên lạc',
  'quan hệ quốc tế',
  'tự nhiên',
  'giải quyết khiếu nại tố cáo',
  'biên phòng',
  'phòng thủ',
  'chính trị nội bộ',
  'tham mưu',
  'hậu cần kỹ thuật',
  'dự trữ',
  'thống kê',
  'bảo hiểm',
  'đất đai',
  'tài nguyên khoáng sản',
  'kiểm lâm',
  'thủy lợi',
  'thủy sản',
  'chăn nuôi thú y',
  'trồng trọt',
  'bảo vệ thực vật',
  'đê điều',
  'phòng chống thiên tai',
  'văn thư lưu trữ',
  'công chức viên chức',
  'tiền lương',
  'việc làm',
  'người có công',
  'bảo trợ xã hội',
  'trẻ em',
  'bình đẳng giới',
  'dân tộc',
  'tôn giáo',
  'khoa học công nghệ',
  'khoa học kỹ thuật',
  'hợp tác xã',
  'chuyển đổi số',
  // A congress's sub-committees: "Tiểu ban Văn kiện", "Tiểu ban Nhân sự".
  'văn kiện',
  'nhân sự',
  // Fields in ministries' department names.
  'đô thị',
  'bất động sản',
  'chất lượng công trình xây dựng',
  'khoa học công nghệ và môi trường',
  'nguồn lợi thủy sản',
  'nuôi trồng thủy sản',
  'ngoài nước',
  'kinh tế số',
  'khí tượng thủy văn',
  'thông tin truyền thông',
  'báo chí xuất bản',
  'phát thanh truyền hình',
  'văn hóa thể thao du lịch',
  'gia đình',
  'di sản',
  'y tế dự phòng',
  'khám chữa bệnh',
  'an toàn thực phẩm',
  'giáo dục đào tạo',
  'giáo dục thường xuyên',
  'xây dựng',
  'đô thị',
  'nhà ở',
  'quy hoạch kiến trúc',
  'hạ tầng',
  'đường bộ',
  'đường sắt',
  'đường thủy',
  'hàng không',
  'hàng hải',
  'đăng kiểm',
  'công nghiệp',
  'thương mại',
  'xúc tiến thương mại',
  'cạnh tranh',
  'năng lượng',
  'điện lực',
  'hóa chất',
  'ngân sách',
  'nợ công',
  'doanh nghiệp',
  'tài sản công',
  'quản lý giá',
  'tín dụng',
  'tiền tệ',
  'ngoại hối',
  'phổ biến giáo dục pháp luật',
  'trợ giúp pháp lý',
  'hộ tịch quốc tịch chứng thực',
  'bổ trợ tư pháp',
  'công chứng',
  'đấu giá',
  'cơ yếu',
  'biên giới',
  'cửa khẩu',
  'cảnh sát cơ động',
  'phòng chống tội phạm',
  'tiếp công dân',
  'khiếu nại tố cáo',
  'dân nguyện',
  'công tác đại biểu',
  'đảng viên',
  'kiểm soát',
  'tiêu chuẩn đo lường chất lượng',
  'sở hữu trí tuệ',
  'chuyển đổi số',
  'viễn thông',
  'tần số',
  'an toàn thông tin',
  'quân y',
  'quân huấn',
  'tác chiến',
  'cứu trợ',
  'nông thôn',
  'khuyến nông',
  'hợp tác xã',
  'lễ tân',
  'lãnh sự',
  'thông tấn',
  'tư tưởng',
  'khu kinh tế',
  'khu công nghiệp',
  'khu chế xuất',
  'khu công nghệ cao',
];

/** Qualifiers after a unit's name that belong to it: "Hội đồng Thi đua - Khen thưởng Trung ương". */
export const UNIT_QUALIFIER_PHRASES: [string, true][] = [
  ['Trung ương', true],
  // Not "TƯ", "TW": this list is matched folded, and "tư" is a word ("Tư tưởng").
  ['T . Ư', true],
  ['quốc gia', true],
  ['Nhà nước', true],
];
export const UNIT_QUALIFIERS = new PhraseList<true>(UNIT_QUALIFIER_PHRASES);
