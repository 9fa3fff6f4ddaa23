/**
 * A steering committee's name after "Ban Chỉ đạo": its level and its task ("Ban Chỉ đạo quốc gia về
 * phòng thủ dân sự", "Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Hải Dương").
 */
import { isClause, RELATION_WORDS } from '../clause';
import type { Scan } from '../scan';
import { localityAt, startsName } from './qualifiers';
import { DOCUMENT_WORDS } from '../lexicon-documents';
import { foreignNameAfterAt } from './person-names';

const YEAR = /^\d{4}$/;

/** A few lower-case words from token k, ending at a comma, "và", punctuation or the rest of the sentence. */
function taskPartAfterComma(s: Scan, k: number): boolean {
  let e = k;
  const place = (j: number) => j > k && s.has(j, 'level');
  const partWord = (j: number) =>
    s.cont(j) && s.isWord(j) && !s.isCap(j) && !/^\d/.test(s.f(j)) && s.f(j) !== 'và' && !isClause(s, j) && !place(j);
  while (e < k + 4 && partWord(e)) e++;
  // (A disease's name and number closes the part: "..., chống dịch Covid-19" + "xây dựng ...".)
  const named = namedWithNumberEnd(s, e);
  if (named > e) return !RELATION_WORDS.has(s.f(k));
  if (e === k || RELATION_WORDS.has(s.f(k))) return false;
  // (Or "như sau", the place the committee is of: "..., tiêu cực" + "tỉnh Hải Dương", or a name
  // after a title: "Trưởng Ban Chỉ đạo ... về Phòng, chống thiên tai" + "Trịnh Đình Dũng".)
  return (
    !s.cont(e) || !s.isWord(e) || s.f(e) === 'và' || isClause(s, e) || s.f(e) === 'như' || place(e) || s.isCapWord(e)
  );
}

/** After a capitalised name joined to its number ("Covid-19") at token k: the token after it, or k. */
function namedWithNumberEnd(s: Scan, k: number): number {
  const joined = s.f(k + 1) === '-' && !s.spaceBefore(k + 1) && !s.spaceBefore(k + 2) && /^\d+$/.test(s.f(k + 2));
  return s.isCapWord(k) && s.cont(k + 2) && joined ? k + 3 : k;
}

/** After a field's abbreviation in brackets at token k, inside a task ("(KH-CN), đổi mới ..."): the token after it, or k. */
function abbreviationInBrackets(s: Scan, k: number): number {
  if (s.f(k) !== '(') return k;
  let j = k + 1;
  while (
    j < k + 6 &&
    s.cont(j) &&
    (s.f(j) === '-' || s.f(j) === '&' || (s.isCapWord(j) && s.c(j) === s.c(j).toUpperCase()))
  )
    j++;
  // (Inside the task only, more of it after: "(BCĐ)" at its end is the committee's own.)
  const more = s.f(j + 1) === ',' || s.f(j + 1) === 'và';
  return j > k + 1 && s.f(j) === ')' && s.cont(j) && more ? j + 1 : k;
}

/** A document named by its number at token k ("Nghị quyết số 18-NQ/TW", "Nghị quyết 23"); not "các Chương trình mục tiêu quốc gia". */
function numberedDocumentAt(s: Scan, k: number): boolean {
  const word = DOCUMENT_WORDS.longestAt(s, k);
  if (!word) return false;
  const n = s.f(word.end) === 'số' ? word.end + 1 : word.end;
  return s.cont(n) && /^\d/.test(s.f(n));
}

/** Words a command board's task opens with: "Ban Chỉ huy" + "Phòng, chống thiên tai", "Tìm kiếm cứu nạn". */
const COMMAND_TASKS = new Set(['phòng', 'tìm', 'ứng']);

/**
 * After "Ban" at token i, a command board named by its task (token e is "Chỉ huy"), read as a
 * steering committee's: "Ban Chỉ huy Phòng, chống thiên tai, tìm kiếm cứu nạn và Phòng thủ dân sự"
 * + "thành phố Hà Nội" (its place is left to be read as the unit's). Returns the task's end, or e.
 */
export function commandTaskEnd(s: Scan, i: number, e: number, isBody: (k: number) => boolean): number {
  if (s.f(i) !== 'ban' || !s.wordsAt(e, ['chỉ', 'huy']) || !s.cont(e + 2) || !COMMAND_TASKS.has(s.f(e + 2))) return e;
  const end = steeringEnd(s, e + 2, isBody);
  // (Nor its area: "Ban Chỉ huy Phòng thủ" + "khu vực 3 - Như Thanh", read as the unit's.)
  for (let k = e + 3; k < end; k++) if (localityAt(s, k, false)?.end === end || s.wordsAt(k, ['khu', 'vực'])) return k;
  return end > e + 2 ? end : e;
}

/** Steering committees named by their task: "Ban Chỉ đạo cải cách hành chính", "... khắc phục sự cố ...". */
const STEERING_TOPICS = new Set(
  'cải khắc phòng đổi phát chuyển chương điều thi giảm công quản tây nông các ứng tìm phổ sắp đẩy chống bầu'.split(' '),
);
/** Verbs that open with a task's word but say what the committee does ("Trưởng Ban Chỉ đạo phát biểu"). */
const NOT_TASK = new Set([
  'phát biểu',
  'phát hiện',
  'phát động',
  'phát hành',
  'công bố',
  'công nhận',
  'chuyển giao',
  'điều hành',
]);
/** Words that end a steering committee's task. */
const TOPIC_STOP = new Set(
  'đã sẽ đang là có được bị tại trong trên với cho để của đến từ theo khi nhằm do nên thì mà này đó về họp yêu đề chỉ làm tổ báo nhấn cũng vừa như ông bà'.split(
    ' ',
  ),
);
const MAX_TOPIC = 26;
/** After "về" a verb says the committee came to do something ("về dự", "về làm việc"): no task. */
const CAME_TO = new Set('dự thăm làm tham chủ chỉ giám kiểm đến tới họp báo nhận trao tặng chung khảo'.split(' '));

/**
 * The end of a steering committee's name after "Ban Chỉ đạo" (token e): its level ("Trung ương",
 * "Nhà nước", "quốc gia"), then its task: "về" and what it is about, or the task's own words
 * ("chống buôn lậu, gian lận thương mại và hàng giả", "Đổi mới và Phát triển doanh nghiệp"), up
 * to the rest of the sentence; "của Chính phủ" after it, or before "về". `named`: the committee follows a title
 * ("Trưởng Ban Chỉ đạo về ..."), where "về" names its task. Returns -1 for a class of committees
 * ("Ban Chỉ đạo cấp tỉnh ...").
 */
export function steeringEnd(s: Scan, e: number, isBody: (k: number) => boolean, named = false): number {
  if (s.f(e) === 'cấp' && s.cont(e)) return -1;
  // Named by its number, its level or a place after it: "Ban Chỉ đạo 389 Quốc gia", "Ban Chỉ đạo
  // 138/Chính phủ", "Ban Chỉ đạo 389 tỉnh Nghệ An".
  if (s.cont(e) && /^\d{2,3}$/.test(s.f(e))) {
    let k = s.f(e + 1) === '/' && !s.spaceBefore(e + 1) ? e + 2 : e + 1;
    if (s.wordsAt(k, ['chính', 'phủ']) || s.wordsAt(k, ['quốc', 'gia']) || s.wordsAt(k, ['trung', 'ương'])) k += 2;
    return s.cont(k) && s.has(k, 'level') ? (localityAt(s, k, false)?.end ?? k) : k;
  }
  // The Government's, before its task: "Ban Chỉ đạo của Chính phủ về phát triển khoa học, ...".
  const governments = s.wordsAt(e, ['của', 'chính', 'phủ']) && s.f(e + 3) === 'về' && STEERING_TOPICS.has(s.f(e + 4));
  // (The centre abbreviated too: "Ban Chỉ đạo TW về phòng chống thiên tai".)
  const central = s.cont(e) && (s.c(e) === 'TW' || s.c(e) === 'TƯ');
  const leveled =
    governments ||
    central ||
    s.wordsAt(e, ['trung', 'ương']) ||
    s.wordsAt(e, ['nhà', 'nước']) ||
    s.wordsAt(e, ['quốc', 'gia']);
  if (leveled) e += governments ? 3 : central ? 1 : 2;
  const capTopic = s.isCapWord(e) && !s.longest(e, 'title') && !s.isSurname(e) && !isBody(e);
  // "về ..." names the task after a level ("Ban Chỉ đạo quốc gia về phòng thủ dân sự"); without
  // one it reads as what the committee is doing ("Ban Chỉ đạo về kiểm tra ...").
  const about = (leveled || (named && !CAME_TO.has(s.f(e + 1)))) && s.f(e) === 'về' && s.cont(e + 1) && s.isWord(e + 1);
  const topicWord = STEERING_TOPICS.has(s.f(e)) && !s.isCap(e) && !NOT_TASK.has(`${s.f(e)} ${s.f(e + 1)}`);
  if (s.cont(e) && (capTopic || about || topicWord)) {
    const from = about ? e + 1 : e;
    let k = from;
    let cut = false;
    let servesDocument = false;
    while (k < from + MAX_TOPIC && s.cont(k)) {
      const f = s.f(k);
      // The committee's place, which the data knows, ends the task: "... tiêu cực" + "tỉnh Hải Dương".
      const place = k > from && s.has(k, 'level') ? localityAt(s, k, false) : null;
      // A comma joins the parts of a task ("phòng, chống tham nhũng, lãng phí, tiêu cực") when a
      // short part follows it and ends where the task can end.
      if (f === ',') {
        if (k > from && taskPartAfterComma(s, k + 1)) k++;
        else {
          // A part that goes on past where one can end it may still be the task's: no end is sure.
          cut =
            !capTopic &&
            s.cont(k + 1) &&
            s.isWord(k + 1) &&
            !s.isCap(k + 1) &&
            !isClause(s, k + 1) &&
            !RELATION_WORDS.has(s.f(k + 1));
          break;
        }
      } else if (k > from && f === 'cấp' && s.has(k + 1, 'level') && s.cont(k + 1)) {
        k += 2; // "... thi tốt nghiệp THPT cấp tỉnh": the level closes the task
        break;
      } else if (f === 'số' && !/^\d/.test(s.f(k + 1)))
        k++; // "chuyển đổi số"
      else if (f === '-' && k > from && YEAR.test(s.f(k - 1)) && YEAR.test(s.f(k + 1)) && s.cont(k + 1))
        k += 2; // "giai đoạn 2021-2025"
      else if (
        f === '-' &&
        k > from &&
        s.isCapWord(k - 1) &&
        s.isCapWord(k + 1) &&
        !s.spaceBefore(k) &&
        !s.spaceBefore(k + 1)
      )
        k += 2; // "phát triển KT-XH"
      else if (f === '-' && k > from && s.isWord(k - 1) && !s.isCap(k + 1) && s.isWord(k + 1) && s.cont(k + 1))
        k += 2; // "khoa học - công nghệ"
      else if (k > from && abbreviationInBrackets(s, k) > k)
        k = abbreviationInBrackets(s, k); // "khoa học - công nghệ (KH-CN)"
      else if (k > from && s.wordsAt(k, ['quốc', 'gia']) && (s.f(k + 2) === 'và' || !s.isWord(k + 2))) {
        k += 2; // "phòng thủ dân sự quốc gia" + "và lãnh đạo các tỉnh": the level closes the name
        break;
      } else if (f === 'và' && !capTopic && s.isCap(k + 1) && !s.wordsAt(k + 1, ['đề', 'án']))
        break; // "... tiêu cực" + "và Ban Nội chính" (a task named in capitals goes on: "Đổi mới và Phát triển doanh nghiệp")
      else if (f === 'và' && !s.isCap(k + 1) && DOCUMENT_WORDS.longestAt(s, k + 1))
        break; // "... tiêu cực" + "và kết luận của UBKT": what it issued, not its task
      else if (k > from && s.isCap(k) && s.wordsAt(k, ['đề', 'án']) && s.cont(k + 2) && /^\d+$/.test(s.f(k + 2))) {
        k += 3; // "... chuyển đổi số và Đề án 06", the task's last part
        break;
      } else if (k > from && namedWithNumberEnd(s, k) > k) {
        k = namedWithNumberEnd(s, k); // "dịch Covid-19", the task's last words, and its place: "... tỉnh Quảng Ninh"
        const at = s.cont(k) && s.has(k, 'level') ? localityAt(s, k, false) : null;
        if (at && !at.guessed) k = at.end;
        break;
      } else if (place?.guessed === false || (place && s.longest(k, 'loc')?.end === place.end)) {
        // (A place the data knows, its level in its name too: "TP.HCM".)
        k = place.end;
        break;
      } else if (
        !s.isWord(k) ||
        (k > from &&
          (isClause(s, k) ||
            TOPIC_STOP.has(f) ||
            f === 'các' ||
            isBody(k) ||
            startsName(s, k, true) ||
            foreignNameAfterAt(s, k)))
      )
        break;
      else if (k > from && s.isCap(k) && numberedDocumentAt(s, k)) {
        servesDocument = true; // "... về tổng kết" + "Nghị quyết số 18-NQ/TW": named by the document it serves
        break;
      } else k++;
    }
    while (k > from && (s.f(k - 1) === ',' || s.f(k - 1) === 'và')) k--;
    // A task that runs on past the longest one read is not cut inside a word of it: the head alone.
    // Nor a name in capitals cut inside its run ("Ban Chỉ đạo Hội" + "Báo toàn quốc 2025").
    const cutName = capTopic && s.cont(k) && s.isCapWord(k) && s.isCapWord(k - 1) && !startsName(s, k);
    const runsOn = (k >= from + MAX_TOPIC && s.cont(k) && s.isWord(k) && !isClause(s, k)) || cut || cutName;
    // A committee named by the document it serves is its head alone (the guidelines' "Ban Chỉ đạo
    // Trung ương" + "tổng kết ... Nghị quyết 23").
    if (k > from && !runsOn && !servesDocument) e = k;
  }
  if (s.wordsAt(e, ['của', 'chính', 'phủ'])) e += 3;
  return e;
}
