/**
 * Companies in a title chain: an office in a state group is an office of the State ("nguyên Chủ
 * tịch Tập đoàn Dầu khí Việt Nam"); one in a private company is not, and names no official.
 */
import { type Scan, TERM } from '../scan';
import { wordSets } from '../words';
import { ACRONYM } from './person-names';

/** Words of a company's name that make it one of the State's ("Tập đoàn Điện lực Việt Nam"). */
const STATE_OWNED = [
  ['việt', 'nam'],
  ['nhà', 'nước'],
  ['quân', 'đội'],
  ['quốc', 'gia'],
];
const PRIVATE = new Set(['cổ', 'tnhh', 'tmcp']);
/** Words of a company's name in English ("Vietnam Airlines", "Masan Group"), never of a person's. */
export const COMPANY_NAME_WORDS = new Set(
  'vietnam airlines airways group bank corp corporation holdings jsc ltd inc'.split(' '),
);
/** The first words of a company's words ("công" of "Công ty"), and of a law firm's, a notary's, a chief executive's. */
let firsts: Set<string> | undefined;
/** How far a company's name is read for those words ("Hội đồng thành viên Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam"). */
const MAX_COMPANY = 16;

/**
 * A company's name starts at token k, and not one of the State's: an office in a state group
 * ("nguyên Chủ tịch Tập đoàn Dầu khí Việt Nam") is an office of the State; one in "Công ty cổ
 * phần ..." is not.
 */
export function privateCompanyAt(s: Scan, k: number): boolean {
  // (Most tokens begin no company's word: one look, before any phrase is compared.)
  firsts ??= new Set(['luật', 'công', 'điều', ...wordSets().companyWords.map((w) => w[0])]);
  if (!firsts.has(s.f(k))) return false;
  // A law firm or a notary's office is private too: "Trưởng văn phòng luật sư Vì Dân".
  if (s.wordsAt(k, ['luật', 'sư']) || s.wordsAt(k, ['công', 'chứng'])) return !s.isCap(k);
  // A chief executive's title is a company's ("Giám đốc điều hành Sembcorp Development"), not of a state group.
  const executive = s.wordsAt(k, ['điều', 'hành']) && s.f(k - 1) === 'đốc';
  if (!executive && !wordSets().companyWords.some((w) => s.wordsAt(k, w))) return false;
  // (A dash joins a name's parts: "Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam".)
  for (let j = k; j < k + MAX_COMPANY && s.cont(j) && (s.isWord(j) || s.f(j) === '-'); j++) {
    if (PRIVATE.has(s.f(j))) return true;
    if (STATE_OWNED.some((w) => s.wordsAt(j, w))) return false;
  }
  return true;
}

/**
 * The capitalised words at token k are a private company's name given before, named short: its
 * last words ("Công ty TNHH Minh Long" ... "Phó Tổng Giám đốc Minh Long"), where a title before
 * them is a company post and the words no person's name. Not a body, a place or a country.
 */
export function companyNamedBefore(s: Scan, k: number): boolean {
  let e = k;
  while (e < k + 4 && s.cont(e) && s.isCapWord(e)) e++;
  if (e === k || s.startsAny(k, TERM.body | TERM.loc | TERM.country)) return false;
  for (const j of privateCompanies(s)) {
    if (j >= k) break;
    if (j < k - COMPANY_REACH) continue;
    // (The name's words only: no mark, and before k.)
    for (let p = j + 1; p < j + MAX_COMPANY && p + e - k <= k && s.cont(p) && s.isWord(p); p++) {
      let same = !s.isCapWord(p + e - k) || !s.cont(p + e - k);
      for (let m = 0; same && m < e - k; m++) same = s.isCapWord(p + m) && s.f(p + m) === s.f(k + m);
      if (same) return true;
    }
  }
  return false;
}
/** Tokens back from a company named short to its full name. */
const COMPANY_REACH = 400;

/** Where the scan's private companies' names start, in order (found once per scan). */
const companiesOf = new WeakMap<Scan, number[]>();
function privateCompanies(s: Scan): number[] {
  let at = companiesOf.get(s);
  if (!at) {
    at = [];
    // (One name's start only: "Tổng công ty" holds "công ty".)
    let before = false;
    for (let j = 0; j < s.count; j++) {
      const here = privateCompanyAt(s, j);
      if (here && !before) at.push(j);
      before = here;
    }
    companiesOf.set(s, at);
  }
  return at;
}

/** One of our organs named in capitals in tokens [a, b) ("HĐND tỉnh", "Tỉnh ủy"): an office of ours, not a manager's. */
export function ourOrganIn(s: Scan, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (s.isCap(k) && s.has(k, 'body')) return true;
  return false;
}

/**
 * Tokens [a, b) are words written with Vietnamese letters, each of them ("Việt Á"): after a
 * manager's title and no surname first, a company's name, not a foreigner's.
 */
export function vietnameseLettersOnly(s: Scan, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (s.isWord(k) && !/[^\x00-\x7f]/.test(s.c(k))) return false;
  return b > a;
}

/** A manager's titles, or a chair's: an office only as their employer says ("Giám đốc Sở Y tế", "Chủ tịch UBND"). */
export const MANAGERS = [
  ['tổng', 'giám', 'đốc'],
  ['phó', 'tổng', 'giám', 'đốc'],
  ['giám', 'đốc'],
  ['phó', 'giám', 'đốc'],
  ['chủ', 'tịch'],
  ['phó', 'chủ', 'tịch'],
];
/** A company's board after a chair's title: "Chủ tịch HĐQT", "Chủ tịch Hội đồng thành viên". */
const BOARDS = [['hđqt'], ['hđtv'], ['hội', 'đồng', 'quản', 'trị'], ['hội', 'đồng', 'thành', 'viên']];
/** Words before a post that keep it one ("cựu chủ tịch FLC"). */
const FORMER = new Set(['cựu', 'nguyên']);

/**
 * A post in a company from token t: a manager's or a chair's title, perhaps its board ("HĐQT"),
 * then an acronym the data does not know ("chủ tịch FLC", "tổng giám đốc SCB") or a private
 * company's name ("Chủ tịch HĐQT Công ty cổ phần Tập đoàn FLC"). The token where the employer
 * starts (the name's, after a board and nothing else), or -1.
 */
function employerAt(s: Scan, t: number): number {
  const title = MANAGERS.find((w) => s.wordsAt(t, w));
  if (!title) return -1;
  let e = t + title.length;
  const board = BOARDS.find((w) => s.wordsAt(e, w));
  if (board) e += board.length;
  if (!s.cont(e)) return board ? e : -1;
  if (ACRONYM.test(s.c(e)) && !s.startsAny(e, TERM.body | TERM.loc | TERM.country)) return e;
  return privateCompanyAt(s, e) || (board && !s.isWord(e)) ? e : -1;
}

/**
 * The company post the text gives the name at tokens [from, to), when it gives one: before the
 * name ("cựu chủ tịch FLC Trịnh Văn Quyết", "Chủ tịch HĐQT Tập đoàn X Nguyễn Văn A") or in
 * apposition after it ("Nguyễn Văn A (cựu tổng giám đốc SCB)", ", nguyên Chủ tịch HĐQT Công ty cổ
 * phần Y"). A name the data knows so introduced may be another person of the name: the card
 * compares the post with the data's offices (EntitySpan.companyPost).
 */
export function companyPostNear(s: Scan, from: number, to: number): string | undefined {
  const withFormer = (t: number) => (FORMER.has(s.f(t - 1)) && s.cont(t) ? t - 1 : t);
  // (The title's first word: "Tổng Giám đốc", not "Giám đốc".)
  let post = -1;
  for (let t = from - 1; t >= Math.max(0, from - MAX_COMPANY) && s.cont(t + 1) && s.isWord(t); t--) {
    const e = employerAt(s, t);
    if (e < 0 || e > from) continue;
    // The employer runs to the name: an acronym right before it, or a company's words ending in a capital.
    const named = e === from || (ACRONYM.test(s.c(e)) ? e + 1 === from : s.isCap(from - 1));
    let words = true;
    for (let j = e; j < from; j++) words &&= s.isWord(j) || s.f(j) === '-';
    if (named && words) post = t;
  }
  if (post >= 0) return s.originalText(withFormer(post), from);
  const mark = s.f(to);
  if (mark !== ',' && mark !== '(' && mark !== '-' && mark !== '–') return undefined;
  let k = to + 1;
  if (s.f(k) === 'là' || s.f(k) === 'một') k++;
  const t = FORMER.has(s.f(k)) ? k + 1 : k;
  if (!s.cont(t) || employerAt(s, t) < 0) return undefined;
  let end = t;
  // (A dash inside the name, unless one opened the apposition: "A - cựu Chủ tịch FLC - ...".)
  const dash = (j: number) => s.f(j) === '-' && mark !== '-' && mark !== '–';
  while (end < t + MAX_COMPANY && s.cont(end) && (s.isWord(end) || dash(end))) end++;
  return s.originalText(k, end);
}
