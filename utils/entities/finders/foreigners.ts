/**
 * Foreigners and their offices: a foreign name, and an office that names another country. The
 * officials read both so that a national organ of ours named in such an office gets no card of
 * ours (officials.ts, abroadId).
 */
import type { Scan } from '../scan';
import type { Bodies } from './bodies';
import { DASHES } from '../clause';
import { ACRONYM, INITIAL, LATIN_WORD, NOT_A_SYLLABLE, foreignWordAt } from './person-names';
import { foreignOfficialAt } from './known-people';
import type { TitleChains } from './title-chains';
import type { Titles } from './titles';

/** Tokens [a, b) name Việt Nam: "Việt Nam", "VN", "Cộng hòa xã hội chủ nghĩa Việt Nam", "Bộ Quốc phòng Việt Nam". */
export function namesVietNam(s: Scan, a: number, b: number): boolean {
  const slug = s.slugOf(a, b);
  return slug.includes('viet-nam') || slug === 'vn' || slug.endsWith('-vn');
}

/**
 * Token k is in a list of another country's side, in its sentence: "Về phía Trung Quốc có Ủy viên
 * Bộ Chính trị, ..., Bộ trưởng Ngoại giao Vương Nghị" (its Politburo, not ours). The nearest
 * "phía" before k says whose side it is; "phía Việt Nam" is ours. A list of people with their
 * offices, one after another between semicolons, may run long: each item is the side's.
 */
export function onAnotherSide(s: Scan, k: number): boolean {
  let reach = SIDE_REACH;
  for (let j = k - 1; j >= 0 && j > k - reach && s.cont(j + 1) && s.f(j) !== '.'; j--) {
    if (s.f(j) === ';') reach = k - j + SIDE_REACH;
    if (s.wordsAt(j, ['tháp', 'tùng'])) return foreignLeaderAt(s, j + 2);
    if (s.wordsAt(j, ['cùng', 'đi', 'với'])) return foreignLeaderAt(s, j + 3);
    if (s.f(j) !== 'phía') continue;
    const at = s.f(j + 1) === 'bạn' ? -1 : j + 1;
    const c = at > 0 ? s.longest(at, 'country') : undefined;
    return s.f(j + 1) === 'bạn' || (!!c && !namesVietNam(s, at, c.end));
  }
  return oneCountrysList(s, k);
}

/**
 * Token k is in a list after ":" whose items before it name one other country, at least two of
 * them, and no other: "Thành phần đoàn gồm có ông: A, Ủy viên trưởng ... Trung Quốc; B, Trưởng ban
 * ... Đảng Cộng sản Trung Quốc; C, Thứ trưởng Bộ Ngoại giao" (China's ministry, r293).
 */
function oneCountrysList(s: Scan, k: number): boolean {
  let country = '';
  let naming = 0;
  let itemNames = false;
  for (let j = k - 1; j >= 0 && j > k - 4 * SIDE_REACH && s.cont(j + 1) && s.f(j) !== '.'; j--) {
    if (s.f(j) === ':' || s.f(j) === ';') (naming += itemNames ? 1 : 0), (itemNames = false);
    if (s.f(j) === ':') return naming >= 2 && !ourKnownNameInItem(s, k);
    // (Not a word of a name: "Trương Đức Giang" names no Germany.)
    const c = s.isCap(j) && !(s.isCapWord(j - 1) && s.cont(j)) ? s.longest(j, 'country') : undefined;
    if (!c) continue;
    if (namesVietNam(s, j, c.end) || (country && country !== c.term.id)) return false;
    country = c.term.id;
    itemNames = true;
  }
  return false;
}

/**
 * A foreign leader's title and name from token i, the country in the title: "Tháp tùng" + "Tổng
 * thống Liên bang Nga Vladimir Putin", + "Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith" (the
 * entourage is that country's; not "Tổng Bí thư Tô Lâm thăm Lào": ours, the country after the name);
 * or a name in Latin letters with no country ("Thủ tướng Christopher Luxon").
 */
function foreignLeaderAt(s: Scan, i: number): boolean {
  for (let j = i; j < i + 12 && s.cont(j) && s.f(j) !== ';' && s.f(j) !== ':'; j++) {
    const c = s.isCap(j) ? s.longest(j, 'country') : undefined;
    // Or a name in Latin letters after the title: "Tháp tùng Thủ tướng Christopher Luxon có ...";
    // or one the data knows as another country's ("Cùng đi với Thủ tướng Lý Hiển Long có: ...").
    if (!c && LATIN_WORD.test(s.c(j)) && s.isCapWord(j) && s.isCapWord(j + 1) && isForeignName(s, j, j + 2))
      return true;
    if (!c && foreignOfficialAt(s, j)) return true;
    if (!c) continue;
    if (namesVietNam(s, j, c.end)) return false;
    let e = c.end;
    while (e < c.end + 4 && s.cont(e) && s.isCapWord(e)) e++;
    return e >= c.end + 2 && isForeignName(s, c.end, e);
  }
  return false;
}

/**
 * The list item token k is in (between ";" or ":") holds a name the data knows that reads as
 * Vietnamese: perhaps one of ours ("...; Thứ trưởng Bộ Ngoại giao Đỗ Hùng Việt"), so not read as
 * the other side's.
 */
function ourKnownNameInItem(s: Scan, k: number): boolean {
  const stop = (j: number) => s.f(j) === ';' || s.f(j) === ':' || s.f(j) === '.';
  let a = k;
  while (a > 0 && s.cont(a) && !stop(a - 1)) a--;
  for (let j = a; j < k + SIDE_REACH && j < s.count && (j === a || s.cont(j)) && !stop(j); j++) {
    const known = s.longest(j, 'official');
    if (known && !isForeignName(s, j, known.end)) return true;
  }
  return false;
}

/** Tokens back from a mention to its side's "phía", or to the list's last semicolon. */
const SIDE_REACH = 60;

/** A word of a foreign name in Latin letters, capitalised ("Bounthong", "Chitmany"). */
const LATIN_NAME = /^[A-Z][a-z]+$/;

/**
 * Tokens [from, to) are a foreign name: not begun by a Vietnamese surname, and in Latin letters
 * only ("Woo Won-shik", "Tea Seiha") or with a word no Vietnamese syllable could be ("Gómez",
 * "Balaguer"). A name with Vietnamese letters is read as Vietnamese ("Ngọ Duy Hiểu").
 */
export function isForeignName(s: Scan, from: number, to: number): boolean {
  if (s.isSurname(from)) return false;
  let latin = true;
  let foreignWord = false;
  for (let k = from; k < to; k++) {
    if (s.f(k) === '-') continue;
    const w = s.c(k);
    if (!LATIN_WORD.test(w)) latin = false;
    if (NOT_A_SYLLABLE.test(w)) foreignWord = true;
  }
  return latin || foreignWord;
}

/**
 * A foreign name at token i, after a word of address ("ông", "bà"): its end, or -1. Only an office
 * after it makes it an official's (Officials.apposed).
 */
export function foreignNameAt(s: Scan, titles: Titles, chains: TitleChains, i: number): number {
  if (s.isSurname(i)) return -1;
  // Up to four words before a comma, in Latin letters or with a word no Vietnamese syllable
  // could be ("Maria Yolanda Ferrer Gomez", "José Ramón Balaguer Cabrera").
  let k = i;
  while (k < i + 4 && s.cont(k) && s.isCapWord(k) && titles.at(k) < 0) k++;
  if (k >= i + 2 && s.f(k) === ',' && isForeignName(s, i, k)) return k;
  // Else two or three capitalised Latin words, the office after them ("ông Bounthong Chitmany - ...").
  const end = chains.personName(i, true);
  if (end < i + 2 || end > i + 3) return -1;
  for (let w = i; w < end; w++) if (!LATIN_NAME.test(s.c(w))) return -1;
  return end;
}

/**
 * Tokens [a, b) of an office name another country and never Việt Nam: the office is that
 * country's ("Ủy viên Thường vụ Bộ Chính trị, Ủy viên trưởng Nhân đại toàn quốc Trung Quốc", held
 * by a name read as Vietnamese). A country counts written as one (capitalised, outside our bodies'
 * names: "Bộ Tư pháp" names no France), or closing a foreign organ's name.
 */
/** Tokens [a, b) pair Việt Nam with another country by a dash ("Việt Nam - Cuba", "Lào-Việt Nam"). */
function pairsVietNam(s: Scan, a: number, b: number): boolean {
  for (let j = a; j + 1 < b; j++)
    if (s.wordsAt(j, ['việt', 'nam']) && (DASHES.has(s.f(j + 2)) || DASHES.has(s.f(j - 1)))) return true;
  return false;
}

export function namesAnotherCountry(s: Scan, bodies: Bodies, a: number, b: number): boolean {
  const countryEndingAt = (from: number, to: number) => {
    for (let j = from; j < to; j++) if (s.longest(j, 'country')?.end === to) return j;
    return -1;
  };
  let other = false;
  for (let k = a; k < b; k++) {
    if (s.wordsAt(k, ['việt', 'nam'])) return false;
    const body = bodies.at(k);
    if (body) {
      // A pair's body names neither side ("Nhóm Nghị sĩ hữu nghị Việt Nam - Cuba", r360; "... Cuba - Việt Nam").
      const c = body.rec.level === 'foreign' && !pairsVietNam(s, k, body.end) ? countryEndingAt(k + 1, body.end) : -1;
      if (c >= 0) {
        if (namesVietNam(s, c, body.end)) return false;
        other = true;
      }
      k = body.end - 1;
      continue;
    }
    const c = s.isCap(k) ? s.longest(k, 'country') : undefined;
    // A country's word between two capitalised ones is a name's: "Phó Thủ tướng Vũ Đức Đam" (Đức).
    const inName = !!c && s.isCapWord(k - 1) && s.cont(k) && s.isCapWord(c.end) && s.cont(c.end);
    if (c && c.end <= b && !inName) {
      if (namesVietNam(s, k, c.end)) return false;
      other = true;
      k = c.end - 1;
    }
  }
  return other;
}

/**
 * Words that make "nước" other countries in general: "các nước", "những nước". ("hai nước" counts
 * ours in: "Quốc hội hai nước" is ours and Laos's, the data's card of ours one of them.)
 */
const COUNTRIES_WORDS = new Set(['các', 'những']);
/** What a list of organs and people may hold before the country they all belong to. */
const LIST_WORDS = new Set(
  ', và các một số những nhân người dân lãnh đạo cấp cao chính quyền phủ bộ ngành cơ quan quân đội địa phương đoàn thể tổ chức nhà nước đảng'.split(
    ' ',
  ),
);

/**
 * The country a national organ (ending at token e) belongs to when a coordinated list after it
 * names it: "Bộ Ngoại giao" + "và một số bộ, ngành của Nga", "Chính phủ" + "và nhân dân Campuchia";
 * or "nước bạn", the other country, right after it or after the list. Its tokens, or 'others' for
 * countries in general ("Chính phủ các nước ASEAN", "Nhà nước, Chính phủ, lãnh đạo cấp cao và nhân
 * dân các nước"), or null: no list, Việt Nam, two countries, or a body of the list with a name
 * after it, its place's or country's ("Bộ Ngoại giao và Bộ Quốc phòng Lào" says not whose the
 * first is).
 */
export function countryAfterList(s: Scan, e: number): { id: string } | 'others' | null {
  let listed = false;
  for (let k = e, steps = 0; steps < 16 && s.cont(k); k++, steps++) {
    const at = s.f(k) === 'của' ? k + 1 : k;
    // "các nước", "các quốc gia": countries in general; "nước bạn": the other one.
    if (COUNTRIES_WORDS.has(s.f(at)) && (s.f(at + 1) === 'nước' || s.wordsAt(at + 1, ['quốc', 'gia']))) return 'others';
    if (s.wordsAt(at, ['nước', 'bạn'])) return { id: 'nuoc-ban' };
    if (listed) {
      const c = s.cont(at) ? s.longest(at, 'country') : undefined;
      if (c) {
        // "Lào Cai" is a province; "của Lào và Việt Nam" names two countries.
        const more = s.isCapWord(c.end) && s.cont(c.end);
        const another = (s.f(c.end) === 'và' || s.f(c.end) === ',') && s.longest(c.end + 1, 'country');
        return more || another || namesVietNam(s, at, c.end) ? null : { id: c.term.id };
      }
    }
    const body = s.longest(k, 'body');
    if (body) {
      // The country after the list's last organ, a country's top organs named together: "Quốc
      // hội, Chính phủ Hoàng gia Campuchia", "Quốc hội và Chính phủ Lào". (A ministry names its
      // own: "Bộ Ngoại giao và Bộ Quốc phòng Lào" keeps ours.)
      const at = countryAfter(s, body.end);
      const c = listed && s.f(k) !== 'bộ' && s.cont(at) ? s.longest(at, 'country') : undefined;
      if (c) {
        const more =
          (s.isCapWord(c.end) && s.cont(c.end)) ||
          ((s.f(c.end) === 'và' || s.f(c.end) === ',') && s.longest(c.end + 1, 'country'));
        return more || namesVietNam(s, at, c.end) ? null : { id: c.term.id };
      }
      if (s.isCap(body.end) && s.cont(body.end)) return null;
      k = body.end - 1;
      continue;
    }
    const w = s.f(k);
    if (!LIST_WORDS.has(w)) return null;
    if (w === ',' || w === 'và') listed = true;
  }
  return null;
}

/**
 * Where a country's name begins after an organ's name at e: after "nước" or a state's form
 * ("Quốc hội Liên bang Micronesia", "Quốc hội Vương quốc Campuchia", "Thượng viện Cộng hòa Philippines").
 */
export function countryAfter(s: Scan, e: number): number {
  const at = s.f(e) === 'nước' ? e + 1 : e;
  // (Up to two forms: "Cộng hòa Liên bang Đức".)
  for (let k = at, n = 0; n < 2 && stateFormAt(s, k) && s.cont(k + 2); n++, k += 2)
    if (s.longest(k + 2, 'country')) return k + 2;
  return at;
}

/** A state's form begins at token k: "Cộng hòa Uzbekistan", "Liên bang Nga". */
export const stateFormAt = (s: Scan, k: number): boolean => STATE_FORMS.some((w) => s.wordsAt(k, w));

/** Words of a state's form before its name: "Liên bang", "Vương quốc", "Cộng hòa", "Hoàng gia" ("Chính phủ Hoàng gia Campuchia"). */
const STATE_FORMS = [
  ['liên', 'bang'],
  ['vương', 'quốc'],
  ['cộng', 'hoà'],
  ['hoàng', 'gia'],
];

/**
 * The country that elects the organ at token i: "Campuchia đã tổ chức thành công cuộc bầu cử" +
 * "Quốc hội khóa VI" is Cambodia's. The country, then "tổ chức" (with "đã", "vừa", "thành công",
 * "cuộc" where written) and "bầu cử", right before the organ; null otherwise.
 */
export function electingCountry(s: Scan, i: number): { id: string } | null {
  let k = i - 2;
  if (!s.wordsAt(k, ['bầu', 'cử'])) return null;
  if (s.f(k - 1) === 'cuộc') k--;
  if (s.wordsAt(k - 2, ['thành', 'công'])) k -= 2;
  if (!s.wordsAt(k - 2, ['tổ', 'chức'])) return null;
  k -= 3;
  while (TENSE.has(s.f(k))) k--;
  for (let a = k; a >= 0 && a > k - 4; a--) {
    const c = s.longest(a, 'country');
    if (c && c.end === k + 1) return namesVietNam(s, a, c.end) ? null : { id: c.term.id };
  }
  return null;
}
const TENSE = new Set(['đã', 'vừa', 'mới', 'sẽ', 'sắp']);

/**
 * After a minister's title (a chain from token i holding "Bộ trưởng", "Thứ trưởng" or "Cục
 * trưởng"), at token k a portfolio the data does not know, then a foreign name up to a mark:
 * "Bộ trưởng" + "Cảng và Sân bay" + "Silvio Costa Filho;". The portfolio's words are Vietnamese
 * (capitalised first, "và" and commas between), the name's two to five words foreign. The name's
 * tokens, or null.
 */
export function portfolioNameAt(s: Scan, i: number, k: number): { start: number; end: number } | null {
  let minister = false;
  for (let j = i; j < k - 1 && !minister; j++) minister = ['bộ', 'thứ', 'cục'].some((w) => s.wordsAt(j, [w, 'trưởng']));
  // (The portfolio may go on past one the chain took, "Bộ trưởng Nông nghiệp" + "và Chăn nuôi", or be
  // what the office is about: "Cục trưởng" + "về Số hóa".)
  const first = s.f(k) === 'và' || s.f(k) === 'về' ? k + 1 : k;
  if (!minister || !s.cont(first) || !s.isCapWord(first) || foreignWordAt(s, first)) return null;
  for (let j = k + 1; j < k + 10 && s.cont(j); j++) {
    // (An acronym is the portfolio's, no name's first word: "về Khu vực TGPT CLV" + "Khamjane VONGHOSY".)
    if (!foreignWordAt(s, j) || ACRONYM.test(s.c(j))) {
      if (s.isWord(j) || s.f(j) === ',') continue;
      return null;
    }
    // (A middle initial's dot counts no word: "Alfredo E. Pascual".)
    let e = j + 1;
    const dot = (e: number) => s.f(e) === '.' && INITIAL.test(s.c(e - 1)) && !s.spaceBefore(e) && s.isCapWord(e + 1);
    for (let words = 1; words < 5 && s.cont(e); words++) {
      if (dot(e)) e++;
      if (!foreignWordAt(s, e) && !(s.isCapWord(e) && LATIN_WORD.test(s.c(e)))) break;
      e++;
    }
    // A capitalised word in Latin letters right before, past the portfolio's first, is the name's too: "Cham Nimmol".
    const start =
      j - 1 > first && s.isCapWord(j - 1) && LATIN_WORD.test(s.c(j - 1)) && !ACRONYM.test(s.c(j - 1)) ? j - 1 : j;
    return e >= start + 2 && (!s.cont(e) || !s.isWord(e) || s.f(e) === 'và') ? { start, end: e } : null;
  }
  return null;
}
