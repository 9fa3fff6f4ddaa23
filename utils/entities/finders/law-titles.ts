/**
 * Laws, codes, ordinances and the Constitution named by their title. A title is a name the
 * gazetteer knows, or an open one: a capitalised word and the title words after it, up to a
 * word that starts the rest of the sentence. Commas and "và" stay inside a title when what
 * follows them ends where a title ends ("Luật Cán bộ, công chức", "Luật Khoa học và Công nghệ").
 * The year ("2024", "năm 2015") and the number ("số 31/2024/QH15") after a title are part of it.
 * An amending law is one span with the laws it amends ("Luật sửa đổi, bổ sung một số điều của
 * Luật A, Luật B", "... của 10 luật có liên quan đến an ninh, trật tự").
 */
import { upperRun } from '../../text/chars';
import { DOCUMENT_WORDS } from '../lexicon-documents';
import { type Scan, TERM } from '../scan';
import { DASHES, isClause, RELATION_WORDS as RELATION } from '../clause';
import { symbolAt } from './document-symbols';

const YEAR = /^(19|20)\d\d$/;
const DIGITS = /^\d+$/;
/** "pháp luật", "kỷ luật", "Đại học Luật", "Trung cấp Luật", "Cao đẳng Luật", "dự luật", "ngành luật", "bằng Luật", "cử nhân Luật": not a law's title. */
const NOT_LAW_AFTER = new Set([
  'pháp',
  'kỷ',
  'học',
  'khoa',
  'ngành',
  'dự',
  'bằng',
  'nhân',
  'sĩ',
  'trường',
  'cấp',
  'đẳng',
]);
const MAX_TITLE = 14;
const MAX_SEGMENT = 5;
const MAX_DESCRIPTION = 12;

export interface LawTitle {
  end: number;
  id?: string;
}

/** A titled law, code, ordinance or constitution whose type word is tokens [i, wordEnd). */
export function lawTitleAt(s: Scan, i: number, wordEnd: number): LawTitle | null {
  if (s.f(i) === 'hiến') return constitution(s, wordEnd);
  if (s.f(i) === 'luật' && NOT_LAW_AFTER.has(s.f(i - 1))) return null;
  if (s.f(wordEnd) === 'sư') return null; // luật sư: a lawyer
  const amended = amendingEnd(s, wordEnd);
  // "Luật sửa đổi" that amends nothing the text names is no title ("Luật Sửa đổi, bổ sung ... cùa").
  if (amended < 0 && s.wordsAt(wordEnd, ['sửa', 'đổi'])) return null;
  let end = amended > 0 ? amended : titleEnd(s, wordEnd, s.isCap(i));
  if (end < 0) return null;
  if (s.f(end) === 'năm' && YEAR.test(s.f(end + 1)) && s.cont(end)) end += 2;
  else if (YEAR.test(s.f(end)) && s.cont(end)) end += 1;
  if (s.f(end) === 'số' && s.cont(end + 1)) {
    const sym = symbolAt(s, end + 1, true);
    if (sym) end = sym.end;
  }
  return { end };
}

/** Words that open a clause after a title's comma, never its next words ("..., ngoài việc ..."). */
const CLAUSE_OPENERS = new Set([
  'thưa', // "... Luật Dữ liệu, thưa Thiếu tướng?": the reporter's address
  'ngoài',
  'bên',
  'đồng',
  'khi',
  'nhưng',
  'còn',
  'nếu',
  'vì',
  'nên',
  'để',
  'tuy',
  'sau',
  'trước',
  'vi', // "Luật Phòng, chống tham nhũng, vi phạm quy định ..."
  'lo', // "... Luật Công nghiệp công nghệ số, lo ngại ..."
  'trừ', // "... Luật Phí và Lệ phí, trừ án phí ..." (r363); "ngoại trừ", "kể cả", "bao gồm", "gồm"
  'ngoại',
  'kể',
  'bao',
  'gồm',
]);

/** How a law is carried out, never more of its title: "thi hành Luật ... kịp thời, thống nhất". */
const MANNER = new Set([
  'kịp thời',
  'hiệu quả',
  'nghiêm túc',
  'nghiêm minh',
  'đồng bộ',
  'thống nhất',
  'đầy đủ',
  'triệt để',
  'thực chất',
]);

/** "phòng không" (air defence) is a noun, not "phòng" + a negation: "Luật Phòng không nhân dân". */
const compoundNoun = (s: Scan, k: number) => s.f(k) === 'không' && s.f(k - 1) === 'phòng';

/** Words "chính" ends: "tài chính", "hành chính", "bưu chính", "nội chính". */
const CHINH_WORDS = new Set(['tài', 'hành', 'bưu', 'nội', 'chân', 'quân']);

/**
 * Words that say which version of a law the text means, never its title's: "Luật Đất đai mới",
 * "Bộ luật Tố tụng hình sự cũ", "Luật Đầu tư công hiện hành" (but "đổi mới" is a title's word).
 */
const versionWord = (s: Scan, k: number) =>
  (s.f(k) === 'mới' && s.f(k - 1) !== 'đổi') ||
  s.f(k) === 'cũ' ||
  (s.f(k) === 'hiện' && (s.f(k + 1) === 'hành' || s.f(k + 1) === 'nay'));

/** A word that may continue an open title. */
const titleWord = (s: Scan, k: number) =>
  s.cont(k) &&
  s.isWord(k) &&
  !versionWord(s, k) &&
  s.f(k) !== 'và' &&
  // "dự thảo Luật Chính phủ trình Quốc hội": a bill its author submits, not a title's word.
  s.f(k) !== 'trình' &&
  // "Luật Di sản văn hóa" + "chính là ...": an adverb before the copula says what the law is.
  // (Not "chính" of a word: "Luật Tài chính là ...", "... hành chính là ...".)
  !(s.f(k) === 'chính' && s.f(k + 1) === 'là' && !CHINH_WORDS.has(s.f(k - 1))) &&
  !DIGITS.test(s.f(k)) &&
  (!isClause(s, k) || compoundNoun(s, k)) &&
  !RELATION.has(s.f(k)) &&
  !DOCUMENT_WORDS.longestAt(s, k);

/** The end of the title starting at token k, or -1. `typeCapitalised`: "Luật", not "luật". */
function titleEnd(s: Scan, k: number, typeCapitalised: boolean): number {
  if (!s.cont(k)) return -1;
  const known = s.longest(k, 'law');
  let e: number;
  if (known && (typeCapitalised || s.isCap(k))) {
    e = known.end;
    // A known title may be the start of a longer one ("Thương mại" + "điện tử"): the rest must end at
    // a boundary, and say no manner ("thi hành Luật ... kịp thời, thống nhất").
    const more = wordsUntilBoundary(s, e, 2);
    if (more > e && !MANNER.has(`${s.f(e)} ${s.f(e + 1)}`)) e = more;
  } else {
    // (A number is no title's first word: "dự án Luật 2025 quan trọng" names no law.)
    if (DIGITS.test(s.f(k)) || (!s.isCapWord(k) && !(s.isWord(k) && upperRun(s.c(k), 2)))) return -1;
    // "Luật Việt Nam", "kỷ luật Thứ trưởng X": a place, a title or a person is not a law's title.
    if (s.startsAny(k, TERM.country | TERM.loc | TERM.title | TERM.official) || DOCUMENT_WORDS.longestAt(s, k))
      return -1;
    e = k + 1;
    while (e < k + MAX_TITLE && titleWord(s, e)) e++;
    // An organ's name alone is no open title ("Luật Chính phủ"): the laws named after organs are
    // known; but the press writes them with the organ's abbreviation ("Luật CAND", "Luật MTTQ").
    if (s.longest(k, 'body')?.end === e && !upperRun(s.c(k), 2)) return -1;
    // "người" takes the words that say which people, up to a boundary: "người chưa thành niên",
    // "người có công với cách mạng".
    if (s.f(e - 1) === 'người') e = whichPeople(s, e);
  }
  // Commas and "và" inside the title.
  for (;;) {
    const joiner = s.f(e);
    // In an open title, a dash before a lower-case word joins two fields ("Đơn vị hành chính - kinh
    // tế đặc biệt ..."): the title goes on past it, or, where it runs on past where one can end, none
    // is read (its first words alone would name a law that is not the text's). After a known title
    // the dash opens an apposition ("Luật Đất đai - đạo luật ...").
    if (!known && DASHES.has(joiner) && s.cont(e + 1) && s.isWord(e + 1) && !s.isCap(e + 1) && !isClause(s, e + 1)) {
      const next = wordsUntilBoundary(s, e + 1, MAX_SEGMENT);
      if (next <= e + 1) return -1;
      e = next;
      continue;
    }
    if (!s.cont(e) || (joiner !== ',' && joiner !== 'và')) break;
    // After a known title "và" begins what follows it ("Bộ luật Hình sự và tội danh khác"): a known
    // title with "và" inside is known whole ("Luật Phòng cháy và chữa cháy").
    if (known && joiner === 'và') break;
    if (joiner === ',' && s.isCap(e + 1)) break; // a list: "Luật Đất đai, Luật Nhà ở", "Luật A, Nhà ở"
    if (joiner === ',' && CLAUSE_OPENERS.has(s.f(e + 1))) break; // "Luật An ninh mạng, ngoài điều chỉnh ..."
    const next = wordsUntilBoundary(s, e + 1, MAX_SEGMENT);
    if (next <= e + 1) break;
    e = next;
  }
  return e;
}

/**
 * The end of up to `max` title words from token k when they stop at a boundary (the end of the
 * line, punctuation, a clause word, a year, or a comma or "và"), else k.
 */
function wordsUntilBoundary(s: Scan, k: number, max: number): number {
  let e = k;
  while (e < k + max && titleWord(s, e)) e++;
  if (e === k) return k;
  const boundary =
    !s.cont(e) || !s.isWord(e) || isClause(s, e) || YEAR.test(s.f(e)) || s.f(e) === 'và' || s.f(e) === ',';
  return boundary ? e : k;
}

/** The words after "người" in a title, when they end at a boundary; else k. */
function whichPeople(s: Scan, k: number): number {
  let e = k;
  while (e < k + MAX_SEGMENT && s.cont(e) && s.isWord(e) && !DIGITS.test(s.f(e)) && (e === k || !isClause(s, e))) e++;
  const boundary = !s.cont(e) || !s.isWord(e) || isClause(s, e) || YEAR.test(s.f(e));
  return e > k && boundary ? e : k;
}

/** After "luật" or "bộ luật" at token k: the token after the word, or -1. */
function lawWordEnd(s: Scan, k: number): number {
  if (s.f(k) === 'luật') return k + 1;
  // An ordinance amends ordinances: "Pháp lệnh sửa đổi, bổ sung một số điều của Pháp lệnh A".
  if (s.wordsAt(k, ['pháp', 'lệnh']) && s.cont(k + 1)) return k + 2;
  return s.f(k) === 'bộ' && s.f(k + 1) === 'luật' && s.cont(k + 1) ? k + 2 : -1;
}

/** After "sửa đổi, bổ sung một số điều của" at token k, where what it amends begins, or -1. */
function amendedFrom(s: Scan, k: number): number {
  if (!s.wordsAt(k, ['sửa', 'đổi'])) return -1;
  let m = k + 2;
  if (s.f(m) === ',') m++;
  if (s.wordsAt(m, ['bổ', 'sung'])) m += 2;
  if (s.wordsAt(m, ['một', 'số', 'điều'])) m += 3;
  if (s.f(m) === 'của') m++;
  return s.cont(m) ? m : -1;
}

/**
 * After a resolution's word at token k, "sửa đổi, bổ sung một số điều của Hiến pháp (năm 2013)": the
 * resolution amending the Constitution, one document read whole. Its end, or -1.
 */
export function amendsConstitution(s: Scan, k: number): number {
  const m = amendedFrom(s, k);
  if (m < 0 || !s.wordsAt(m, ['hiến', 'pháp'])) return -1;
  return constitution(s, m + 2)?.end ?? m + 2;
}

/** "sửa đổi, bổ sung một số điều của" + the laws it amends; returns the end or -1. */
function amendingEnd(s: Scan, k: number): number {
  const m = amendedFrom(s, k);
  if (m < 0) return -1;
  if (lawWordEnd(s, m) > 0) {
    // One law or code, or a list of them: "Luật A", "Bộ luật A, Luật B và Luật C".
    let end = -1;
    for (let at = m; lawWordEnd(s, at) > 0; ) {
      const e = titleEnd(s, lawWordEnd(s, at), true);
      if (e < 0) break;
      end = e;
      const joiner = s.f(e);
      if ((joiner === ',' || joiner === 'và') && lawWordEnd(s, e + 1) > 0 && s.cont(e + 1)) at = e + 1;
      else break;
      // A law listed with its own "(sửa đổi)" is another draft, not one this law amends: "Luật sửa
      // đổi, bổ sung một số điều của Luật Giáo dục, Luật Giáo dục đại học (sửa đổi)".
      const next = titleEnd(s, lawWordEnd(s, at), true);
      if (next > 0 && s.f(next) === '(' && s.wordsAt(next + 1, ['sửa', 'đổi'])) break;
    }
    return end;
  }
  // "các luật ...", "10 luật có liên quan đến an ninh, trật tự"
  if ((s.f(m) === 'các' || DIGITS.test(s.f(m))) && s.f(m + 1) === 'luật') {
    let e = m + 2;
    while (e < m + 2 + MAX_DESCRIPTION && s.cont(e) && s.isWord(e) && !isClause(s, e)) e++;
    // A comma inside the description ("an ninh, trật tự") before the end of the sentence.
    if (s.f(e) === ',' && s.cont(e + 1)) {
      let t = e + 1;
      while (t < e + 3 && s.cont(t) && s.isWord(t) && !isClause(s, t) && !RELATION.has(s.f(t))) t++;
      if (t > e + 1 && (!s.cont(t) || !s.isWord(t) || isClause(s, t) || RELATION.has(s.f(t)))) e = t;
    }
    return e;
  }
  return -1;
}

/** "Hiến pháp năm 2013", "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam": dated or fully named. */
function constitution(s: Scan, k: number): LawTitle | null {
  let e = k;
  let named = false;
  const country = s.cont(e) ? s.longest(e, 'country') : undefined;
  if (country) {
    e = country.end;
    named = true;
  }
  let year = '';
  if (s.f(e) === 'năm' && YEAR.test(s.f(e + 1)) && s.cont(e)) year = s.f(e + 1);
  else if (YEAR.test(s.f(e)) && s.cont(e)) year = s.f(e);
  if (year) e += s.f(e) === 'năm' ? 2 : 1;
  if (!named && !year) return null;
  return { end: e, id: year && !named ? `resolution:hien-phap-${year}` : undefined };
}
