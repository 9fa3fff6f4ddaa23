/**
 * The fields a unit's name is made of, read word by word (units.ts): a field in lower case
 * ("Vụ Khoa học công nghệ và môi trường"), fields joined by "và", "-" or "&" ("Vụ Kế hoạch - Tài
 * chính"), or listed with commas ("Học viện Khoa học, Công nghệ và Đổi mới sáng tạo", "Cục Cảnh sát
 * điều tra tội phạm về tham nhũng, kinh tế, buôn lậu").
 */
import { isClause, RELATION_WORDS } from '../clause';
import { FIELD_COMMA_PAIRS, UNIT_HEADS } from '../lexicon-bodies';
import type { Scan } from '../scan';
import { COUNT_WORDS } from './class-references';
import { WORDS_OF_ADDRESS } from './name-lists';

/** A list of fields in a name ("Khoa học, Công nghệ và Đổi mới sáng tạo"): at most this many tokens. */
const MAX_LISTED_NAME = 14;

/** The one- or two-word field at token j is joined to a capitalised one by "và", "-" or "&". */
export function fieldJoined(s: Scan, j: number): boolean {
  for (const k of [j + 1, j + 2]) {
    const f = s.f(k);
    if ((f === 'và' || f === '-' || f === '&') && s.isCapWord(k + 1) && s.cont(k + 1)) return true;
  }
  return false;
}

/** Lower-case words of a field's name from token k, ending where a name can end; else k. */
export function fieldEnd(s: Scan, k: number): number {
  const e = nameWordsEnd(s, k);
  return e > k && !lowerWord(s, e) ? e : k;
}

/**
 * A name that lists its fields ("Học viện Khoa học, Công nghệ và Đổi mới sáng tạo", "Vụ Khoa học,
 * Giáo dục, Tài nguyên và Môi trường"): from the comma at token c, capitalised fields separated
 * by commas, closed by "và" and a last field. Returns c when that is not what follows: a list
 * never closed by "và" is several units ("Sở Tài chính, Nội vụ, Tư pháp"), and so is one after
 * "các" ("các Vụ Pháp chế, Tổ chức cán bộ và Kế hoạch"), or one whose first member the gazetteer
 * knows as a body by itself ("Sở Tài chính, Nội vụ và Tư pháp").
 */
export function fieldListEnd(s: Scan, c: number, nameStart: number, stops: (j: number) => boolean): number {
  const head = nameStart - 1;
  if (COUNT_WORDS.has(s.f(head - 1))) return c;
  if (s.longest(head, 'body', (_, end) => end === c)) return c;
  let e = c;
  while (e < nameStart + MAX_LISTED_NAME && s.cont(e) && s.cont(e + 1)) {
    const f = s.f(e);
    if (f !== ',' && f !== 'và') break;
    if (!s.isCapWord(e + 1) || stops(e + 1) || UNIT_HEADS.longestAt(s, e + 1)) return c;
    // A field: its capitalised first word, then its lower-case words ("Đổi mới sáng tạo").
    let w = nameWordsEnd(s, e + 2);
    if (w === e + 2 && s.isCapWord(w) && s.isCap(e + 1) && !stops(w) && !UNIT_HEADS.longestAt(s, w)) w++;
    // The last field must end the name where it can end (not before a word it cannot place).
    if (f === 'và') return lowerWord(s, w) && !s.has(w, 'level') ? c : w;
    e = w;
  }
  return c;
}

/** The name's words [k, e) end with a field in lower case after "về" ("... về tham nhũng"). */
export function aboutLowerCase(s: Scan, k: number, e: number): boolean {
  for (let j = e - 1; j > k && !s.isCap(j); j--) if (s.f(j) === 'về') return true;
  return false;
}

/**
 * More fields in lower case after such a one, listed with commas: "Cục Cảnh sát điều tra tội phạm
 * về tham nhũng, kinh tế, buôn lậu", "... về kinh tế, tham nhũng và buôn lậu". Items of one to three words, two or more, the list ending the
 * name before a bracket, a sentence's mark, a comma before a capital or an organ's name ("...
 * buôn lậu Công an tỉnh X"). Returns c (the first comma) when that is not what follows.
 */
export function lowerListEnd(s: Scan, c: number): number {
  let e = c;
  let items = 0;
  // (The last item may come after "và": "... về tham nhũng, kinh tế và buôn lậu".)
  let last = false;
  while (!last && (s.f(e) === ',' || (s.f(e) === 'và' && items > 0)) && s.cont(e + 1) && lowerWord(s, e + 1)) {
    last = s.f(e) === 'và';
    let w = e + 2;
    while (w < e + 4 && lowerWord(s, w)) w++;
    (e = w), items++;
  }
  const f = s.f(e);
  const ends =
    !s.cont(e) || f === '(' || f === '.' || f === ';' || (f === ',' && s.isCapWord(e + 1)) || s.has(e, 'body');
  return items >= 2 && ends ? e : c;
}

/** What "dự" (attends) is followed by: a meeting, a ceremony, a list. */
const ATTENDED = new Set(['họp', 'buổi', 'lễ', 'hội', 'cuộc', 'phiên', 'kỳ', 'đại', 'các', 'và']);

export const lowerWord = (s: Scan, e: number) =>
  s.cont(e) &&
  s.isWord(e) &&
  !s.isCap(e) &&
  !/^\d/.test(s.f(e)) &&
  s.f(e) !== 'và' &&
  // "dự" attends before a mark or what is attended ("Vụ Tổ chức phi chính phủ" + "dự họp"); "dự
  // án", "dự toán" are a name's words.
  !(s.f(e) === 'dự' && (!s.isWord(e + 1) || ATTENDED.has(s.f(e + 1)))) &&
  // (A relation word may begin a field's word: "đối ngoại" in "Vụ Kinh tế đối ngoại"; a clause
  // word one of three syllables seen together in names: "sau đại học" in "Ban Quản lý đào tạo sau đại
  // học", or the second of a capitalised word's two: "cần" in "Tổng cục Hậu cần".)
  (!RELATION_WORDS.has(s.f(e)) || lowerPair(s, e)) &&
  (!isClause(s, e) || (lowerPair(s, e) && lowerPair(s, e + 1)) || (s.isCap(e - 1) && s.isNamePair(e - 1, e)));

/** Tokens k and k + 1 are two syllables seen together in names, the second in lower case. */
const lowerPair = (s: Scan, k: number) => s.isNamePair(k, k + 1) && s.isWord(k + 1) && !s.isCap(k + 1);

/**
 * Lower-case words of a name from token e: the second syllable of a word begun before ("Cảnh"
 * + "sát"), two syllables seen together in a name ("thị trường"), or a last syllable seen in one
 * before what is not a lower-case word.
 */
export function nameWordsEnd(s: Scan, e: number): number {
  for (;;) {
    // A level word that ends a word of a name is not a level: "Hợp tác xã".
    if (!lowerWord(s, e) || (s.has(e, 'level') && !s.isNamePair(e - 1, e))) return e;
    if (s.isNamePair(e - 1, e)) e++;
    else if (lowerWord(s, e + 1) && s.isNamePair(e, e + 1)) e += 2;
    else if (s.isNameWord(e) && !lowerWord(s, e + 1)) return e + 1;
    else return e;
  }
}

/**
 * A unit's name in lower case from token e right before what the unit belongs to (`isBody`):
 * "Ban" + "liên lạc đối ngoại" + "T.Ư Đảng Cộng sản Trung Quốc". Words seen in names only, two
 * at least; the end, or e. ("thường trực" says what the unit does, "Văn phòng thường trực" + "Ban
 * Chỉ đạo ...": no name.)
 */
export function lowerNameBefore(s: Scan, e: number, isBody: (k: number) => boolean): number {
  if (s.isCap(e) || s.wordsAt(e, ['thường', 'trực'])) return e;
  // (A field's comma pair too: "Cục" + "cứu hộ, cứu nạn" + "Bộ Quốc phòng".)
  let end = nameWordsEnd(s, e);
  if (s.f(end) === ',' && commaPairEnd(s, end) > end) end = commaPairEnd(s, end);
  return end > e + 1 && s.cont(end) && s.isCap(end) && isBody(end) ? end : e;
}

/** The Party congress named in full: "Đại hội đại biểu toàn quốc" + "lần thứ XIV". */
const CONGRESS = ['đại', 'hội', 'đại', 'biểu', 'toàn', 'quốc'];

/**
 * After a name ending with the congress's full name at token e ("Tiểu ban Văn kiện Đại hội đại
 * biểu toàn quốc"), its number and whose it is: "lần thứ XIV của Đảng" (the short "Đại hội XIV" is
 * read as any number after a name). The end, or e.
 */
export function congressEnd(s: Scan, e: number): number {
  const counted = s.wordsAt(e, ['lần', 'thứ']) && s.cont(e + 2) && /^([IVXL]+|\d+)$/.test(s.c(e + 2));
  if (!counted || !s.wordsAt(e - CONGRESS.length, CONGRESS)) return e;
  // (And whose congress: "... lần thứ XIV" + "của Đảng".)
  return s.wordsAt(e + 3, ['của', 'đảng']) && s.isCap(e + 4) ? e + 5 : e + 3;
}

/**
 * After a comma at token e inside one field's name (FIELD_COMMA_PAIRS): the field's end, or e.
 * "phòng, chống" goes on only into more of the field's words ("phòng, chống tội phạm ...").
 */
export function commaPairEnd(s: Scan, e: number): number {
  const pair = FIELD_COMMA_PAIRS.find(([before, after]) => s.f(e - 1) === before && s.wordsAt(e + 1, after));
  if (!pair) return e;
  const end = e + 1 + pair[1].length;
  const more = nameWordsEnd(s, end);
  return pair[1].length > 1 ? Math.max(end, more) : more > end ? more : e;
}

/** The end of two to four lower-case words from token k that end where the line pauses, or 0. */
export function lowerRunEnd(s: Scan, k: number): number {
  let e = k;
  while (e < k + 4 && s.cont(e) && s.isWord(e) && !s.isCap(e)) e++;
  return e >= k + 2 && (!s.cont(e) || !s.isWord(e)) ? e : 0;
}

/** A Party bloc written in lower case at token k: "Đảng bộ khối cơ quan Kinh tế Trung ương". */
export const lowerBlocAt = (s: Scan, k: number) =>
  s.f(k) === 'khối' &&
  s.cont(k) &&
  s.cont(k + 1) &&
  s.isWord(k + 1) &&
  (s.wordsAt(k - 2, ['đảng', 'bộ']) || s.wordsAt(k - 2, ['đảng', 'uỷ']));

/** People, not a field, at token j: "... Xã hội và đại diện đoàn thể", "và lãnh đạo các sở". */
export const peopleAt = (s: Scan, j: number) => s.wordsAt(j, ['đại', 'diện']) || s.wordsAt(j, ['lãnh', 'đạo']);

/**
 * "và" and a lower-case word of a bloc's name at token e ("Khối các cơ quan và doanh nghiệp"), not
 * a person after it ("Bí thư Đảng ủy Khối các cơ quan tỉnh và ông B - Giám đốc ...").
 */
export const blocAndAt = (s: Scan, e: number) =>
  s.f(e) === 'và' && s.cont(e + 1) && s.isWord(e + 1) && !s.isCap(e + 1) && !WORDS_OF_ADDRESS.has(s.f(e + 1));

/**
 * A field's word of two syllables at token e, a capital and a small one, where the name goes on
 * with a capital or ends ("Hồi giáo", "Bức xạ", "Lương thực"): no person's or place's words are so.
 */
export const fieldWordAt = (s: Scan, e: number) =>
  s.isCapWord(e) && !isClause(s, e) && lowerWord(s, e + 1) && !lowerWord(s, e + 2);
