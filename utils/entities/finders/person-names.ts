/**
 * Where a personal name starts and ends after a title or in a list: Vietnamese names of two to five
 * syllables ("Huỳnh Ngọc Nữ Phương Hồng"), foreign names as the press writes them ("Andrés Manuel
 * López Obrador", "Maynardo L.B. Montealegre", "Quốc vương Mohammed VI").
 */
import { upperRun } from '../../text/chars';
import type { Scan } from '../scan';
import type { Titles } from './titles';
import { COMPANY_NAME_WORDS, vietnameseLettersOnly } from './companies';

/** Apostrophes inside a name ("H'Nhung", "K'ré"). */
const APOSTROPHE = new Set(["'", '’']);
/** Given names that end a name run before the word given ("... Phát biểu tại ...", lexicon.ts NAME_BREAK). */
const NAME_BREAK_PAIRS = new Map([
  ['phát', 'biểu'],
  ['chủ', 'trì'],
]);
/** An award given to the person named before it: "trao tặng Tổng Bí thư Nguyễn Phú Trọng Giải thưởng Lenin". */
const AWARDS = new Set(['giải thưởng', 'huân chương', 'huy chương', 'huy hiệu', 'bằng khen', 'kỷ niệm chương']);
const AWARD_FIRSTS = new Set([...AWARDS].map((a) => a.slice(0, a.indexOf(' '))));
const awardAt = (s: Scan, k: number) =>
  AWARD_FIRSTS.has(s.f(k)) &&
  s.isWord(k + 1) &&
  !s.isCap(k + 1) &&
  (AWARDS.has(`${s.f(k)} ${s.f(k + 1)}`) || AWARDS.has(`${s.f(k)} ${s.f(k + 1)} ${s.f(k + 2)}`));
/** A word of a foreign name as the press writes it: Latin letters, perhaps set in capitals. */
export const LATIN_WORD = /^[A-Za-z]+$/;
/** The shape of a Vietnamese syllable written without marks: an onset, one run of vowels, a final ("thanh", "minh"; not "putin", "trump"). */
export const SYLLABLE_SHAPE = /^(ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdghklmnpqrstvx])?[aeiouy]+(ch|ng|nh|[cmnpt])?$/;
/** A monarch's regnal number ("VI", "III"). */
const REGNAL = /^(I{1,3}|IV|VI{0,3}|IX|XI{0,3})$/;
/** A word no Vietnamese syllable could be: a letter outside the alphabet, or a final consonant it never ends with. */
export const NOT_A_SYLLABLE = /[fjwzñçüöäëïåøæß]|[bdđklqrsvx]$/i;
/** Lower-case particles inside a foreign name, as written ("von der", "da", "de", "e", "bin"). */
const PARTICLES = new Set([
  'von',
  'van',
  'der',
  'den',
  'de',
  'da',
  'do',
  'dos',
  'das',
  'del',
  'di',
  'e',
  'y',
  'bin',
  'binti',
  'al',
]);
/** A word of a foreign name: Latin letters with their accents ("Inácio", "Leyen"). */
const LATIN_NAME = /^[A-Za-zÀ-ÖØ-öø-ÿ'’-]+$/;
/** How many capitalised words a name with particles may have. */
const MAX_PARTICLE_NAME = 8;
/** Marks a name may end before. */
/** "nguyên", "cựu" (former): an office's first word. */
const FORMER = new Set(['nguyên', 'cựu']);
const PAUSES = new Set([',', ';', '.', ')', ':', '(', '-', '–', '—']);

/**
 * A word with a capital inside ("AmCham", "VinFast"): a brand's or an organisation's, no person's
 * one-word name, unless a surname's prefix begins it ("McCarthy", "DeSantis", "MacArthur").
 */
const BRAND = /^(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von)[A-Z])[A-Z][a-z]+[A-Z]/;

/** A foreign name's initial, before its dot: "W." ("George W. Bush"), "LB." ("Meynardo LB. Montealegre"). */
export const INITIAL = /^\p{Lu}{1,2}$/u;
/** An acronym: a company's, a party's, a programme's ("EVN", "CPP", "TGPT"). */
export const ACRONYM = /^[A-ZĐ]{2,6}$/;

/** A level word ends right before token i: "xã", "thành phố" + "Nguyễn Văn Linh" is a place's name. */
export const levelBefore = (s: Scan, i: number): boolean =>
  [i - 1, i - 2].some((k) => !!s.longest(k, 'level', (_, e) => e === i));

/** A Vietnamese personal name of at least three words starts at token k ("Vũ Quốc Doanh"). */
export function personAt(s: Scan, k: number): boolean {
  return s.isSurname(k) && s.isCapWord(k + 1) && s.isCapWord(k + 2) && s.cont(k + 1) && s.cont(k + 2);
}

/** A capitalised word no Vietnamese syllable could be ("Silvio", "Santos", "Faváro", "LEMT"; not "Giao"). */
export function foreignWordAt(s: Scan, k: number): boolean {
  const w = s.c(k);
  return s.isCapWord(k) && (NOT_A_SYLLABLE.test(w) || (LATIN_WORD.test(w) && !SYLLABLE_SHAPE.test(w.toLowerCase())));
}
/** Such a word that is no acronym: a word of a foreign name ("Aleh", "Shkadarevich"; not "LEMT"). */
const latinWordAt = (s: Scan, k: number) => foreignWordAt(s, k) && !/^\p{Lu}+$/u.test(s.c(k));

/**
 * A foreign person's name at token k, after a Vietnamese word of a unit's name: two or three such
 * words that end the capitalised run ("Ủy ban Quốc gia về Công nghiệp Quân sự" + "Aleh Mishchanka").
 */
export function foreignNameAfterAt(s: Scan, k: number): boolean {
  if (latinWordAt(s, k - 1) || !latinWordAt(s, k) || !latinWordAt(s, k + 1) || !s.cont(k + 1)) return false;
  const end = latinWordAt(s, k + 2) && s.cont(k + 2) ? k + 3 : k + 2;
  return !(s.cont(end) && s.isCapWord(end));
}

/**
 * After a school's, a hospital's or a street's word, the name of the person it is named after,
 * whole ("Trường ĐH Tôn Đức Thắng", "Bệnh viện Nguyễn Tri Phương"): its end, or e when none. It
 * ends before a surname after three words (the next person: "... Nguyễn Tri Phương Nguyễn Văn Hùng").
 */
export function namedAfterEnd(s: Scan, e: number): number {
  // ("thành phố" is a level, no street: "Bí thư Thành ủy thành phố Đinh Quang Huy".)
  if (!s.isSurname(e) || !s.cont(e) || !falseFriendBefore(s, e) || levelBefore(s, e)) return e;
  let k = e + 1;
  while (k < e + 4 && s.isCapWord(k) && s.cont(k) && !(k >= e + 3 && s.isSurname(k))) k++;
  return k >= e + 2 ? k : e;
}

/** A street, school or place word ends right before token i ("đường Võ Văn Kiệt"), or a level's abbreviation ("Q."). */
export function falseFriendBefore(s: Scan, i: number): boolean {
  if (s.f(i - 1) === '.' && !s.spaceBefore(i) && s.has(i - 2, 'level')) return true;
  // A house number before a street named after a person: "số 328 Võ Văn Kiệt", "328 Võ Văn Kiệt, phường Cô Giang".
  if (s.cont(i) && HOUSE_NUMBER.test(s.c(i - 1)) && (s.f(i - 2) === 'số' || wardAfter(s, i))) return true;
  for (let k = Math.max(0, i - 3); k < i; k++) if (s.longest(k, 'ff', (_, end) => end === i)) return true;
  return false;
}

const HOUSE_NUMBER = /^\d+[A-Za-z]?$/;
/** A comma, then a ward's, a district's or a commune's level word, within a name's reach of token i. */
const wardAfter = (s: Scan, i: number) => {
  for (let k = i + 1; k < i + 6 && s.cont(k); k++) if (s.f(k) === ',') return s.has(k + 1, 'level');
  return false;
};

/**
 * A personal name at token j: 2-5 capitalised syllables, or a foreign name after a title.
 * Returns its end or -1. `lineStart`: the name may open a line (a paragraph that starts with it);
 * else it continues the line before it.
 */
export function personName(s: Scan, titles: Titles, j: number, afterTitle: boolean, lineStart = false): number {
  if ((!lineStart && !s.cont(j)) || !s.isCapWord(j) || s.inDocument[j]) return -1;
  const vietnamese = s.isSurname(j);
  if (!vietnamese && s.isNotName(j)) return -1;
  let k = j;
  const ends: number[] = [];
  // Right after a surname, with a name word after it, a breaking word is a middle name ("Nguyễn
  // Như Khôi"): a surname alone is no name.
  const middle = (k: number) => k === j + 1 && vietnamese && s.isCapWord(k + 1) && s.cont(k + 1);
  // Nor after a middle name's "Văn", "Thị", which never ends a name ("Hoàng Văn Chiều").
  const afterMiddle = (k: number) => k > j + 1 && vietnamese && (s.f(k - 1) === 'văn' || s.f(k - 1) === 'thị');
  // (Nor before a pause, a bracket or a dash: a word that opens a clause, "Tuy", "Sau", is never
  // followed by one: "ông Nguyễn Đức Tuy;", "Ông Nguyễn Đức Tuy - Phó Bí thư Tỉnh ủy".)
  const pause = (k: number) => k > j + 1 && PAUSES.has(s.f(k + 1));
  const breaks = (k: number) =>
    (s.isNameBreak(k) && !middle(k) && !afterMiddle(k) && !pause(k)) ||
    NAME_BREAK_PAIRS.get(s.f(k)) === s.f(k + 1) ||
    (k > j + 2 && awardAt(s, k));
  // A title's words right after a surname are a name's ("Phạm Quốc Vương": "Quốc vương" is a king).
  const titled = (k: number) => titles.at(k) >= 0 && !middle(k);
  let particles = false;
  while ((k === j || s.cont(k)) && s.isCapWord(k) && (k === j || (!titled(k) && !breaks(k)))) {
    // UBND, TP; and a photo credit glued to the name ("Morelli TTXViệt Nam").
    // (Not two capitals with a dot inside a foreign name: "Meynardo LB. Montealegre".)
    const pair =
      !vietnamese && k > j && s.c(k).length === 2 && s.f(k + 1) === '.' && s.isCapWord(k + 2) && !s.has(k, 'level');
    if (s.c(k).length > 1 && upperRun(s.c(k).slice(0, 2), 2) && !pair) break;
    k++;
    // "Mnông-Kơ" is one name, and "H'Nhung", "K'ré" (a letter and an apostrophe); "Toản-Ủy
    // viên" is a name and the office after it, dash unspaced.
    // (Not "nguyên", "cựu" after the dash: "Nguyễn Hồng Thanh-nguyên Giám đốc" is the name, then a former office.)
    while (
      ((s.f(k) === '-' && !FORMER.has(s.f(k + 1))) || (APOSTROPHE.has(s.f(k)) && s.c(k - 1).length === 1)) &&
      !s.spaceBefore(k) &&
      s.isWord(k + 1) &&
      !s.spaceBefore(k + 1) &&
      titles.at(k + 1) < 0
    )
      k += 2;
    // A middle initial: "Wesley W. Simina", "George W. Bush"; or two: "Maynardo L.B. Montealegre",
    // "Meynardo LB. Montealegre".
    const next = s.c(k + 1).length > 1 || (s.f(k + 2) === '.' && !s.spaceBefore(k + 2));
    // Or a first initial, before a word no Vietnamese syllable could be: "N.Maduro", "A. Alnazarova" (not "Q.Bình Thạnh").
    const initial = (k - 1 > j || (k - 1 === j && foreignWordAt(s, k + 1))) && INITIAL.test(s.c(k - 1)) && next;
    if (!vietnamese && initial && s.f(k) === '.' && !s.spaceBefore(k) && s.isCapWord(k + 1)) k++;
    ends.push(k);
    // A foreign name's particles between its capitalised words: "Ursula von der Leyen", "Lula da
    // Silva", "Francisco de Assis Morais e Cunha Vaz Patto".
    let p = k;
    while (!vietnamese && afterTitle && PARTICLES.has(s.c(p)) && s.cont(p) && p < k + 2) p++;
    if (p > k && s.cont(p) && s.isCapWord(p) && LATIN_NAME.test(s.c(p))) (k = p), (particles = true);
  }
  const run = ends.length;
  if (!run) return -1;
  // A surname that is an organ's word, then a word cut in two: "Đoàn Thanh" + "niên", no person.
  const last = ends[Math.min(run, 4) - 1];
  if (s.isNotName(j) && s.cont(last) && s.isWord(last) && !s.isCap(last) && s.isNamePair(last - 1, last)) return -1;
  // A province or a country is not a person ("Sơn La", "Hà Nội"), nor an ocean ("Thái Bình Dương").
  if (s.startsOcean(j)) return -1;
  const place = s.longest(j, 'loc', (t) => !t.rec.needsLevel) ?? s.longest(j, 'country');
  if (place && place.end >= ends[Math.min(run, 2) - 1]) return -1;
  // A Vietnamese word, then a country no Vietnamese syllable spells, is a region's name: "Vùng Lãnh thổ Bắc
  // Australia" + "Michael Gunner".
  const foreignCountry = LATIN_WORD.test(s.c(j + 1)) && !SYLLABLE_SHAPE.test(s.c(j + 1).toLowerCase());
  const region = run >= 2 && foreignCountry && !!s.longest(j + 1, 'country');
  if (region && !LATIN_WORD.test(s.c(j))) return -1;
  // Two to four syllables; five when the capitalised run ends there ("Huỳnh Ngọc Nữ Phương Hồng").
  if (vietnamese) {
    const end = run < 2 ? -1 : ends[(run === 5 ? 5 : Math.min(run, 4)) - 1];
    // A name the gazetteer knows is read whole, though a word of it ends one ("Nguyễn Văn Nên").
    const known = s.longest(j, 'official');
    if (known && known.end > end) return known.end;
    // And ends there when a place follows it (a table's cells run together: "Phạm Minh Chính
    // Thành phố Hà Nội", "Lê Thành Long An Giang").
    if (known && known.end < end && (s.has(known.end, 'loc') || s.has(known.end, 'level'))) return known.end;
    return end;
  }
  if (!afterTitle) return -1;
  // A company's name in English is no person's: "Phó Tổng giám đốc Vietnam Airlines", "... Masan Group".
  // (Or a bank's brand: "Vietcombank", "VietinBank", "Agribank".)
  for (let w = j; w <= ends[run - 1]; w++) if (COMPANY_NAME_WORDS.has(s.f(w)) || /.bank$/.test(s.f(w))) return -1;
  // A Vietnamese name inside the run is where a name starts, the words before it something else
  // ("UBND Quảng Xương Trần Văn Công": a district, then the person).
  for (let w = j + 1; w < ends[run - 1]; w++) if (s.isStrongSurname(w) && s.isCapWord(w + 1)) return -1;
  // Foreign names: "Shinzo Abe", "Vladimir Putin", "Pany Yathotou", one-word "Philatov"; a
  // province after it is where it ends ("... Emmanuel Macron Hà Nội").
  for (let w = 1; w < run; w++) if (s.longest(ends[w - 1], 'loc', (t) => !t.rec.needsLevel)) return ends[w - 1];
  // A monarch's regnal number after the name: "Quốc vương Mohammed VI", "Vua Charles III".
  const numbered = (end: number) => (s.cont(end) && REGNAL.test(s.c(end)) ? end + 1 : end);
  // One word: Latin letters, and not shaped like a Vietnamese syllable ("Thanh" of "Thanh tra").
  // Not right after a company's title: "Tổng Giám đốc Petrovietnam", "Chủ tịch HĐTV Viettel";
  // nor Vietnamese words with no surname first there or after "công ty": the company's name
  // ("Tổng Giám đốc Việt Á", "Bí thư Đảng ủy Tổng công ty Tín Nghĩa").
  const company =
    s.f(j - 1) === 'đốc' || s.wordsAt(j - 2, ['công', 'ty']) || s.c(j - 1) === 'HĐQT' || s.c(j - 1) === 'HĐTV';
  if (company && vietnameseLettersOnly(s, j, ends[run - 1])) return -1;
  if (run === 1)
    return !company &&
      s.c(j).length > 3 &&
      LATIN_WORD.test(s.c(j)) &&
      !SYLLABLE_SHAPE.test(s.c(j).toLowerCase()) &&
      !BRAND.test(s.c(j))
      ? numbered(ends[0])
      : -1;
  // Four words when the capitalised run ends there and each is foreign ("Andrés Manuel López
  // Obrador"): a Vietnamese word after three is where the name ends ("... Macron Hà Nội").
  if (run === 4 && ends[3] === j + 4) {
    let foreign = true;
    for (let w = j; w < j + 4 && foreign; w++) foreign = LATIN_WORD.test(s.c(w)) || NOT_A_SYLLABLE.test(s.c(w));
    if (foreign) return numbered(ends[3]);
  }
  // A name of up to six words before the comma or the spaced dash of its office, none of them a
  // place or a country: a transliterated Lao name ("Đại tá Sô Pha Phô Xay Nhạ Vông, Chỉ huy trưởng ...").
  const officeNext = (k: number) =>
    s.f(k) === ',' || (s.f(k) === '-' && s.spaceBefore(k) && s.spaceBefore(k + 1) && titles.at(k + 1) > 0);
  // Or after an office of another country's province, where a name of its own tongue follows: "Bí
  // thư Tỉnh ủy Hủa Phăn Phút Phăn Kẹo Vông Xay phát biểu".
  const regionBefore = [2, 3, 4].some((n) => s.longest(j - n, 'region')?.end === j);
  if (run >= 4 && run <= 6 && (officeNext(ends[run - 1]) || regionBefore)) {
    let named = true;
    for (let w = 3; w < run && named; w++) named = !s.longest(ends[w - 1], 'loc') && !s.longest(ends[w - 1], 'country');
    if (named) return ends[run - 1];
  }
  // A name with particles is read whole, up to eight words.
  if (particles && run <= MAX_PARTICLE_NAME) return ends[run - 1];
  // Up to three words, an initial counting none ("Maynardo L.B. Montealegre").
  let words = Math.min(run, 3);
  for (let w = 0; w < words && words < run; w++)
    if (s.f(ends[w] - 1) === '.' && INITIAL.test(s.c(ends[w] - 2))) words++;
  return numbered(ends[words - 1]);
}
