/**
 * The words before an office that say what the text tells of it: held before, given or taken now,
 * or only proposed (statusWordsBefore). The card quotes them with the office.
 */
import type { Scan } from '../scan';

/**
 * Words before an office that say what the text tells of it, as the reader must read them with
 * it: held before ("nguyên", "cựu", "trong thời gian giữ chức vụ"), given or taken now ("bổ
 * nhiệm", "miễn nhiệm", "cho thôi giữ chức"), or only proposed ("giới thiệu để bầu giữ chức").
 * The office's words alone ("Chủ tịch HĐND thành phố") would tell the reader the person holds it.
 */
const STATUS_WORDS = [
  'nguyên',
  'cựu',
  'tân',
  'giữ chức',
  'giữ cương vị',
  'bầu',
  'giới thiệu',
  'đề cử',
  'ứng cử',
  'ứng cử viên',
  'ứng viên',
  'tái cử',
  'đắc cử',
  'miễn nhiệm',
  'bãi nhiệm',
  'cách chức',
  // Folded ("xóa"): "xóa tư cách chức vụ" strips a former office; it holds no "cách chức".
  'xoá tư cách chức',
  'thôi',
  'bổ nhiệm',
  'phê chuẩn',
  'chỉ định',
  'điều động',
  'luân chuyển',
  'phân công',
].map((w) => w.split(' '));
/** An office stood for, not held: "ứng cử viên đại biểu Quốc hội", "ứng viên Phó Chủ tịch". */
export const CANDIDACY = /^(ứng (cử )?viên|người ứng cử) /iu;
/** Words that join status words but say nothing alone ("khi", "để", "chức vụ", "bổ sung"). */
const JOINING_WORDS = [
  'vụ',
  'danh',
  'chức',
  'trong thời gian',
  'khi',
  'tiếp tục',
  'để',
  'cho',
  'lại',
  'bổ sung',
  'kết quả',
].map((w) => w.split(' '));

const PHRASE_LISTS = [
  [STATUS_WORDS, true],
  [JOINING_WORDS, false],
] as const;

/**
 * The first token of the status words right before token k (STATUS_WORDS, with JOINING_WORDS
 * between or before them, on k's line), or k when there are none: joining words alone ("khi Bộ
 * trưởng X đến") say nothing of the office.
 */
export function statusWordsBefore(s: Scan, k: number): number {
  let from = k;
  let start = k;
  while (k - from < 12) {
    // The longest phrase that ends here ("xoá tư cách chức" before "cách chức").
    let best: { at: number; status: boolean } | null = null;
    for (const [words, status] of PHRASE_LISTS)
      for (const w of words) {
        const at = from - w.length;
        if (at < 0 || (best && at >= best.at) || !s.wordsAt(at, w)) continue;
        // "tân" of "lễ tân" (protocol) is no new office's: "Phụ trách Lễ tân Tổng thống"; "vụ" and
        // "danh" join only as "chức vụ", "chức danh" (not "Bộ Nội vụ" + "cho tân Bộ trưởng").
        if (s.f(at) === 'tân' && s.f(at - 1) === 'lễ') continue;
        if (!status && (s.f(at) === 'vụ' || s.f(at) === 'danh') && s.f(at - 1) !== 'chức') continue;
        // Capitalised after a capitalised word it is a name's ("Thái Nguyên Bộ trưởng ...").
        if (s.isCap(at) && s.isCapWord(at - 1) && s.cont(at)) continue;
        let sameLine = true;
        for (let j = at + 1; j <= from; j++) sameLine &&= s.cont(j);
        if (sameLine) best = { at, status };
      }
    if (!best) break;
    from = best.at;
    // Joining words count once a status word follows them ("trong thời gian giữ chức vụ").
    if (best.status || start < k) start = best.at;
  }
  // A preposition leads nothing: "trao quyết định cho tân Bí thư ..." is "tân Bí thư ...".
  while (start < k && (s.f(start) === 'cho' || s.f(start) === 'để')) start++;
  return start;
}
