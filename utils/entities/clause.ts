/**
 * Where the rest of a sentence starts after a name: a predicate, an auxiliary, a conjunction.
 * An open name (a law's title, a unit's name) runs up to such a word and no further, so
 * "Cục Thuế nhận định Nghị quyết ..." gives "Cục Thuế", not "Cục Thuế nhận định".
 */
import type { Scan } from './scan';

/** Single words that start the rest of a sentence. */
export const CLAUSE_WORDS = new Set(
  (
    'được đã sẽ đang vừa là không chưa cũng còn thì mà nhưng nếu khi nhằm để này đó nay ấy kia cần phải bị ' +
    'do vì nên rằng hay hoặc nêu ghi ngày tháng năm số sau trước luôn vẫn đều họp ký gửi đạt trao tặng cùng'
  ).split(' '),
);

/** Two-word predicates ("quy định", "cho biết", "đề xuất" ...). */
export const CLAUSE_PAIR_LIST = [
  'quy định',
  'thông qua',
  'có hiệu',
  'sửa đổi',
  'bổ sung',
  'hướng dẫn',
  'ban hành',
  'yêu cầu',
  'cho phép',
  'cho biết',
  'chịu trách',
  'đặt ra',
  'thay thế',
  'điều chỉnh',
  'áp dụng',
  'khẳng định',
  'nhấn mạnh',
  'xác định',
  'đề xuất',
  'đề nghị',
  'kiến nghị',
  'nhận định',
  'đánh giá',
  'chỉ đạo',
  'triển khai',
  'phát hiện',
  'kiểm tra',
  'phối hợp',
  'thông báo',
  'công bố',
  'khởi tố',
  'thực hiện',
  'tiến hành',
  'hoàn thành',
  'tổ chức',
  'làm việc',
  'tham mưu',
  'báo cáo',
  'phê duyệt',
  'phê chuẩn',
  'quyết định',
  'chủ trì',
  'thẩm định',
  'xử lý',
  'xử phạt',
  'thu hút',
  'tăng cường',
  'đẩy mạnh',
  'khuyến cáo',
  'tuyên bố',
  'thống nhất',
  'ghi nhận',
  'tập trung',
  'khẩn trương',
  'tiếp nhận',
  'kiện toàn',
  'giao cho',
  'bắt giữ',
  'trình bày',
  'tiếp tục',
  'tiếp xúc',
  'tiếp đón',
  'có trách',
  'có văn',
  'khai giảng',
  'khai mạc',
  'bế mạc',
  'ký kết',
  'phát động',
  'tham dự',
  'chúc mừng',
  'ra mắt',
  'chuẩn bị',
  'rà soát',
  'suy thoái',
  'tuyên dương',
  'đón nhận',
  'vinh dự',
  'phát biểu',
  'khen thưởng',
  'hội đàm',
  'hội kiến',
  'sơ kết',
  'tổng kết',
  'bày tỏ',
  'xem xét',
  // What a speech or a ceremony does ("Cục Di sản văn hóa" + "long trọng tổ chức", + "ôn lại chặng đường").
  'long trọng',
  'trân trọng',
  'nhiệt liệt',
  'ôn lại',
  'nhìn lại',
  'điểm lại',
  'kể từ',
  'gửi lời',
  'chia sẻ',
  'cam kết',
  'mong muốn',
  // An appointment's verb and the office after it: "Cục trưởng Cục Chăn nuôi" + "làm Thứ trưởng" (not "Bộ Việc làm").
  ...'thứ phó trưởng chủ giám bí tổng cục vụ'.split(' ').map((w) => `làm ${w}`),
  // "đồng tổ chức" (co-organised), "đồng chủ trì", "đồng thời": not a name's word ("Cục ... đồng").
  'đồng tổ',
  'đồng chủ',
  'đồng thời',
];
const CLAUSE_PAIRS = new Map<string, Set<string>>();
for (const pair of CLAUSE_PAIR_LIST) {
  const [a, b] = pair.split(' ');
  let set = CLAUSE_PAIRS.get(a);
  if (!set) CLAUSE_PAIRS.set(a, (set = new Set()));
  set.add(b);
}

/** Token k starts the rest of a sentence. */
export function isClause(s: Scan, k: number): boolean {
  const f = s.f(k);
  // "số" starts a number ("Quyết định số 12"), except as the last syllable of a field's name seen
  // in names ("chuyển đổi số", "kinh tế số"), and of "thiểu số" ("Vụ Dân tộc thiểu số").
  if (f === 'số' && (s.isNamePair(k - 1, k) || s.f(k - 1) === 'thiểu')) return false;
  // "vừa" (just now) ends one, but "vừa và nhỏ", "nhỏ và vừa" (small and medium) are words of it.
  if (f === 'vừa' && (s.wordsAt(k + 1, ['và', 'nhỏ']) || s.wordsAt(k - 2, ['nhỏ', 'và']))) return false;
  // "bị" (passive) starts one, but "thiết bị" (equipment), "dự bị" (reserve) are words of it.
  if (f === 'bị' && (s.f(k - 1) === 'thiết' || s.f(k - 1) === 'dự') && s.cont(k)) return false;
  return CLAUSE_WORDS.has(f) || (CLAUSE_PAIRS.get(f)?.has(s.f(k + 1)) ?? false);
}

/** Tokens k and k + 1 are a two-word predicate ("tổ chức", "cho biết"). */
export function isClausePair(s: Scan, k: number): boolean {
  return CLAUSE_PAIRS.get(s.f(k))?.has(s.f(k + 1)) ?? false;
}

/** Words that end an open name unless a known name holds them ("của", "tại", "với" ...). */
export const RELATION_WORDS = new Set(
  'của tại theo với trong về từ đến tới vào cho có các những một đối trên dưới giữa qua bằng thuộc như'.split(' '),
);

/** The marks that end a sentence. */
export const SENTENCE_ENDS: ReadonlySet<string> = new Set(['.', ';', '!', '?']);

/** The dashes a text writes between a name and its titles, or after a source tag: "A - Bí thư", "(ĐCSVN) –". */
export const DASHES: ReadonlySet<string> = new Set(['-', '–', '—']);

/**
 * Token k goes on the name before it: a capitalised word on its line, or a lower-case one that
 * neither starts the rest of the sentence nor relates it ("Ban cán sự" + "lớp", + "Đoàn").
 */
export const nameGoesOn = (s: Scan, k: number): boolean =>
  s.cont(k) && s.isWord(k) && (s.isCap(k) || (!isClause(s, k) && !RELATION_WORDS.has(s.f(k)) && s.f(k) !== 'và'));
