/**
 * What may follow an organ's name and belongs to it: its locality ("tỉnh Bình Dương", "TP.HCM",
 * "huyện Thạch Thành"), its term ("khóa IX", "nhiệm kỳ 2011-2016"), a parliament ("... của Quốc
 * hội") and a steering committee's task ("Ban Chỉ đạo quốc gia về phòng thủ dân sự").
 * Each gives the part of the body's id that tells it apart: the locality by its record (or its
 * level and name), the term by its number, never by how the text spells them.
 */
import { isClause, isClausePair, RELATION_WORDS } from '../clause';
import { upperRun } from '../../text/chars';
import { unaccentedUnit } from '../../text/fold';
import type { Scan } from '../scan';
import { DOCUMENT_WORDS } from '../lexicon-documents';
import { UNIT_HEADS } from '../lexicon-bodies';
import { ownId } from './own-id';
import { bareTermAt } from './terms';
import { personAt } from './person-names';
import { countryAfter } from './foreigners';

export { bareTermAt, endOfTerm, takesNoTerm, termAt } from './terms';

export interface Qualifier {
  /** The token after it. */
  end: number;
  /** Its part of the body's id. */
  id: string;
  /** A capitalised run taken for a place the gazetteer does not know, with no level word before it. */
  guessed?: boolean;
  /** Another country's province or region ("tỉnh Vân Nam", "Quảng Tây"): its id and its country's. */
  region?: { id: string; country: string };
}

/** Another country's region at token j, capitalised and none of ours ("Hà Nam" is ours): its phrase, or undefined. */
export function foreignRegionAt(s: Scan, j: number) {
  return s.cont(j) && s.isCap(j) && !s.has(j, 'loc') ? s.longest(j, 'region') : undefined;
}

/** After a comma at token k, another country's region or name ("nước", a state's form before it): that country's id. */
function countryAfterComma(s: Scan, k: number): string | undefined {
  if (s.f(k) !== ',' || !s.cont(k + 1)) return undefined;
  const country = foreignRegionAt(s, k + 1)?.term.country ?? s.longest(countryAfter(s, k + 1), 'country')?.term.id;
  return country && country !== 'viet-nam' ? country : undefined;
}

/** Level words as one id: "TP", "Tp.", "thành phố" → "thanh-pho"; "TX" → "thi-xa" (from their slugs). */
const LEVEL_ID: Record<string, string> = { tp: 'thanh-pho', tx: 'thi-xa', p: 'phuong', h: 'huyen', q: 'quan' };
/** Level words a number may name the place of. */
const NUMBERED_LEVEL = new Set(['quận', 'phường']);
const levelId = (slug: string) => LEVEL_ID[slug] ?? slug;
/** Level words a province's or a centrally-run city's name may follow as its own (level ids). */
const PROVINCE_LEVEL = new Set(['tinh', 'thanh-pho', 'thu-do']);
/** Level words whose place may end with a number ("xã A Lưới 1", "phường Bình Hưng 2"). */
const NUMBERED_PLACE = new Set(['xã', 'phường']);
/** Level ids of a commune or a ward. */
const COMMUNE_LEVEL = new Set(['xa', 'phuong']);

/**
 * After a ward's or a commune's name ending at k, the end of the former city's name the 2025
 * reform joined to it after a spaced dash ("phường Lâm Viên - Đà Lạt"): two capitalised words
 * that end there or before a person's name, not a name (a surname first: "xã Tân Hội - Lâm Đồng" is the province after
 * it, "- Nguyễn Văn A" a person), an organ or a title. Else k.
 */
function cityAfterDash(s: Scan, k: number): number {
  const dash = (s.f(k) === '-' || s.f(k) === '–') && s.spaceBefore(k) && s.spaceBefore(k + 1);
  if (!dash || !s.cont(k + 1) || !s.isCapWord(k + 1) || !s.isCapWord(k + 2) || !s.cont(k + 2)) return k;
  if (s.isSurname(k + 1) || (s.isCapWord(k + 3) && s.cont(k + 3) && !personAt(s, k + 3)) || s.f(k + 3) === ':')
    return k;
  return s.has(k + 1, 'body') || s.longest(k + 1, 'title') || s.longest(k + 1, 'loc') ? k : k + 3;
}

/** An organ of our districts or communes ends right before token e: "Huyện ủy", "Thị ủy", "Quận ủy", "Đảng ủy xã". */
const ourLowerOrgan = (s: Scan, e: number) =>
  (s.f(e - 1) === 'uỷ' && ['huyện', 'thị', 'quận'].includes(s.f(e - 2))) || ['xã', 'phường'].includes(s.f(e - 1));

/** What may follow a place's number: punctuation, a bracket, "và". */
const PAUSE = new Set([',', '.', ';', ':', '(', ')', 'và', '']);

/**
 * A locality after a local organ at token e: a province, a level word and its place, or
 * (`barePlace`) a bare place name; `listed`: "các tỉnh Sơn La, Lai Châu" gives its first member
 * ("Sở Tư pháp các tỉnh Nam Định, Thái Bình"). A known
 * province is its record's id whatever the level word before it; another place is its level and
 * its name.
 */
export function localityAt(s: Scan, e: number, barePlace: boolean, listed = false): Qualifier | null {
  if (!s.cont(e)) return null;
  if (listed && s.f(e) === 'các' && s.cont(e + 1) && s.has(e + 1, 'level')) {
    const first = localityAt(s, e + 1, false);
    return first && first.end > s.longest(e + 1, 'level')!.end ? first : null;
  }
  // A level word that begins an organ's name is none: "Ban Thường vụ Tỉnh ủy" + "Tỉnh ủy Gia Lai".
  const levelHit = s.longest(e, 'level');
  const organ = levelHit && s.longest(e, 'body');
  const level = organ && organ.end > levelHit.end ? undefined : levelHit;
  const loc = s.longest(e, 'loc', (t) => t.leveled || !t.rec.needsLevel);
  if (loc && (!level || loc.end > level.end)) return { end: loc.end, id: loc.term.rec.id };
  // Another country's region named bare or in full ("Quảng Tây", "Khu tự trị dân tộc Choang Quảng Tây").
  // (Not after an organ of our districts or communes: "Thị ủy Sơn Tây" is Hà Nội's town, not Shanxi.)
  const region = loc || ourLowerOrgan(s, e) ? undefined : foreignRegionAt(s, e);
  if (region && (!level || region.end > level.end))
    return { end: region.end, id: s.slugOf(e, region.end), region: region.term };
  if (level) {
    const p = placeAt(s, level.end, true);
    // Every province of ours is known: a name the data does not know after "tỉnh" that begins with a
    // surname is a person's ("UBND tỉnh Lê Hào chủ trì"), unless another country's ("tỉnh Hồ Nam").
    // (Only after a province's level word: "thị xã Sơn Tây", "huyện Sơn Tây" are ours.)
    const abroad =
      p && !p.known && PROVINCE_LEVEL.has(levelId(s.slugOf(e, level.end))) ? foreignRegionAt(s, level.end) : undefined;
    const person = p && !p.known && s.f(e) === 'tỉnh' && level.end === e + 1 && startsName(s, level.end);
    if (p && !(person && !abroad)) {
      // A commune or ward the 2025 reform numbered ("xã A Lưới 1"), the number last, then a pause.
      const n = p.end;
      const numbered =
        !p.known && NUMBERED_PLACE.has(s.f(level.end - 1)) && s.cont(n) && /^\d$/.test(s.f(n)) && PAUSE.has(s.f(n + 1));
      const levelWord = levelId(s.slugOf(e, level.end));
      const end = numbered ? n + 1 : !p.known && COMMUNE_LEVEL.has(levelWord) ? cityAfterDash(s, n) : n;
      // "thành phố Thanh Hóa" is the province's town, not the province, and "phường Thái Bình" a
      // ward named after one: its id keeps the level word.
      const town = p.known && levelWord === 'thanh-pho' && s.longest(level.end, 'loc')?.term.rec.province;
      const written = !p.known || !PROVINCE_LEVEL.has(levelWord);
      // A place the data does not know, then another country's region or name: that country's
      // ("thành phố Phòng Thành Cảng, Quảng Tây, Trung Quốc", r343).
      const within = abroad ? undefined : p.known ? undefined : countryAfterComma(s, end);
      const region =
        abroad && abroad.end === end ? abroad.term : within && { id: s.slugOf(level.end, end), country: within };
      return {
        end,
        id: p.known && !town && !written ? p.id : `${levelWord}-${written ? s.slugOf(level.end, end) : p.id}`,
        ...(region ? { region } : {}),
      };
    }
    // A numbered district or ward ("quận 5", "phường 7").
    if (NUMBERED_LEVEL.has(s.f(level.end - 1)) && s.cont(level.end) && /^\d{1,2}$/.test(s.f(level.end)))
      return { end: level.end + 1, id: `${levelId(s.slugOf(e, level.end))}-${s.f(level.end)}` };
    // A level alone after a committee that names it adds nothing: "Quận ủy" + "quận này" is "Quận ủy".
    if ((s.f(e - 1) === 'uỷ' || s.f(e - 1) === 'ủy') && s.f(e - 2) === s.f(e)) return null;
    // Nor one in capitals: "CÔNG AN TỈNH", a table's heading above every province's police.
    // (A word of letters, not the abbreviation "TP": "HĐND TP" is a city's council.)
    if (s.c(e).length > 2 && s.c(e) === s.c(e).toUpperCase() && s.isShouting(e)) return null;
    // A level alone ends with the sentence's stop, not its abbreviation's: "... của HĐND TP. Ảnh: ...".
    const end = s.f(level.end - 1) === '.' && level.end - 1 > e ? level.end - 1 : level.end;
    // "Thủ đô" alone is Hà Nội: "công an Thủ đô" is the city's police.
    const id = levelId(s.slugOf(e, end));
    return { end, id: id === 'thu-do' ? 'ha-noi' : id };
  }
  // ("Quân" of "Quân khu" is no place, nor a name the data knows: "Bí thư Tỉnh ủy Quản Minh Cường".)
  const guess = UNIT_HEADS.longestAt(s, e) || s.has(e, 'official') ? null : placeAt(s, e);
  // Named bare only where the organ may be ("phường Hai Bà Trưng" may not), or right before a
  // person's name: "Cựu Chủ tịch UBND Quảng Điền Trần Văn Cường", a district and its chairman.
  const beforeName =
    !!guess &&
    !s.longest(e, 'country') &&
    s.isStrongSurname(guess.end) &&
    s.isCapWord(guess.end + 1) &&
    s.cont(guess.end + 1);
  if (!barePlace && !beforeName) return null;
  return guess && { ...guess, guessed: !guess.known };
}

/** An enterprise's head words: "Tập đoàn", "Tổng công ty", "Công ty", "Ngân hàng". */
const ENTERPRISE: string[][] = [
  ['tập', 'đoàn'],
  ['tổng', 'công', 'ty'],
  ['công', 'ty'],
  ['ngân', 'hàng'],
];
/**
 * The end of an enterprise's head words at j, or j. (Not lexicon.ts COMPANY_WORDS, which marks a
 * title as a company's post: "Ngân hàng" alone is no company there, "Thống đốc Ngân hàng Nhà nước".)
 */
export const enterpriseHeadEnd = (s: Scan, j: number): number =>
  j + (ENTERPRISE.find((w) => s.wordsAt(j, w))?.length ?? 0);

/** The longest place name read from a capitalised run ("phường Hai Bà Trưng", "xã Mỹ Hòa Hưng"). */
const MAX_PLACE_WORDS = 3;

/** A sentence's first word, no place's name ("ĐB HĐND TP. Trong đó có ...", "Ngoài ra", "Hiện nay"). */
const opensSentence = (s: Scan, j: number) => isClause(s, j) || RELATION_WORDS.has(s.f(j)) || OPENERS.has(s.f(j));
const OPENERS = new Set(['ngoài', 'đây', 'hiện']);

/** A place name at token j: a known province, or a short capitalised run that is not a person's name. */
export function placeAt(s: Scan, j: number, afterLevel = false): (Qualifier & { known: boolean }) | null {
  if (!s.cont(j)) return null;
  const loc = s.longest(j, 'loc');
  if (loc) return { end: loc.end, id: loc.term.rec.id, known: true };
  // A document's word is no place: "HĐND tỉnh" + "Tờ trình về ..."; nor an enterprise's ("Đảng bộ" + "Tập đoàn").
  if (DOCUMENT_WORDS.longestAt(s, j) || s.wordsAt(j, ['tờ', 'trình']) || enterpriseHeadEnd(s, j) > j) return null;
  // A word of address and a name is a person, the level's sentence ended: "HĐND TP. Ông Lê Trung Kiên";
  // or the next sentence's first word.
  if ((s.f(j) === 'ông' || s.f(j) === 'bà') && startsName(s, j + 1)) return null;
  if (s.f(j - 1) === '.' && opensSentence(s, j)) return null;
  // "tỉnh Hồ Nam Thẩm Hiểu Minh": the province, then its secretary's name.
  const region = foreignRegionAt(s, j);
  if (region) return { end: region.end, id: s.slugOf(j, region.end), known: false };
  // A Roman numeral after a province's or a district's level word is a council's term, no place:
  // "HĐND thành phố X, nhiệm kỳ 2021-2026", "HĐND tỉnh XIV" (a ward may be numbered so: "phường IV").
  if (afterLevel && bareTermAt(s, j)) return null;
  let k = j;
  // A capitalised two-word predicate ends the run: "phường" + "Tổ chức hội nghị" names no place "Tổ".
  while (s.cont(k) && s.isCapWord(k) && !s.longest(k, 'title') && !s.has(k, 'body') && !isClausePair(s, k)) {
    // (A surname begins a person's name only with more of it after: "xã Tu Vũ" + "lần thứ I" is one place.)
    if (k > j && s.isStrongSurname(k) && s.isCapWord(k + 1) && s.cont(k + 1)) break;
    k++;
    // "Thừa Thiên-Huế", "Bà Rịa-Vũng Tàu"
    if (s.f(k) === '-' && !s.spaceBefore(k) && s.isCapWord(k + 1) && !s.spaceBefore(k + 1)) k += 2;
  }
  const run = k - j;
  if (!run) return null;
  // One surname, then a name a strong surname begins ("Huyện ủy" + "Nguyễn Đặng Ân"): a person.
  if (run === 1 && s.isSurname(j) && s.isCapWord(k) && s.cont(k)) return null;
  // One word before a colon is a caption's label ("HĐND TP. Ảnh: Quang Huy"), no place.
  if (run === 1 && s.f(k) === ':') return null;
  // A commune's or ward's name of one word, then a lower-case one that neither ends nor continues
  // a clause: the name misspelt in two cases ("xã Phú thái"), not a commune "Phú".
  const lowerNext = s.cont(k) && s.isWord(k) && !s.isCap(k) && !isClause(s, k) && !RELATION_WORDS.has(s.f(k));
  if (run === 1 && afterLevel && NUMBERED_PLACE.has(s.f(j - 1)) && lowerNext && s.f(k) !== 'và') return null;
  if (run >= 3 && s.isSurname(j)) return null;
  // Two words after a level word are its place, even after a common surname ("thành phố Phan
  // Thiết", "phường Nguyễn Du"); a person is rarely named in two words there.
  if (run >= 2 && s.isStrongSurname(j) && !(run === 2 && afterLevel)) return null;
  // Two words, or three Vietnamese ones ("phường Hai Bà Trưng") unless the third may begin what
  // follows: a name (a surname before a capitalised word: "... Trưng Chu Hồng Minh", unless a
  // strong surname follows it, but for a name of three words the third begins: "Côn Đảo Lê Hoàng
  // Hải", not "Côn Đảo Lê" and "Hoàng Hải"), a word that ends a name ("Chiều"), or a foreign name ("Xiêng
  // Khoảng Bun-tôn ...", "Chămpaxắc Mệchxavẳn ..."); never in text set in capitals.
  let end = j + Math.min(run, 2);
  if (
    run >= MAX_PLACE_WORDS &&
    syllable(s, j) &&
    syllable(s, j + 1) &&
    syllable(s, j + 2) &&
    !(s.f(j + 3) === '-' && !s.spaceBefore(j + 3)) &&
    !(startsName(s, j + 2) && (!s.isStrongSurname(j + 3) || capitalsFrom(s, j + 3) === 2)) &&
    (!s.isNameBreak(j + 2) || s.f(j + 2) === 'một') // ("Thủ Dầu Một")
  )
    end = j + 3;
  // A letter and an apostrophe join a word of an ethnic minority's place name: "Cư M'gar", "Ea H'leo".
  const apostrophe = s.f(end) === "'" || s.f(end) === '’';
  if (apostrophe && s.c(end - 1).length === 1 && !s.spaceBefore(end) && s.isWord(end + 1) && !s.spaceBefore(end + 1))
    end += 2;
  return { end, id: s.slugOf(j, end), known: false };
}

/** How many capitalised words run from token k (at most four). */
function capitalsFrom(s: Scan, k: number): number {
  let n = 0;
  while (n < 4 && s.cont(k + n) && s.isCapWord(k + n)) n++;
  return n;
}

/** Token k may begin a person's name: a surname (`strong`: a strong one) with a capitalised word after it. */
export function startsName(s: Scan, k: number, strong = false): boolean {
  return (strong ? s.isStrongSurname(k) : s.isSurname(k)) && s.isCapWord(k + 1) && s.cont(k + 1);
}

/**
 * Token k may be one syllable of a Vietnamese place name: none is longer than seven letters
 * ("nghiêng"), and in text set in capitals every word looks like a name.
 */
function syllable(s: Scan, k: number): boolean {
  const word = s.c(k);
  return word.length <= 7 && (word.length === 1 || word !== word.toUpperCase());
}

/** After a name, its own abbreviation in brackets ("Bộ đội Biên phòng (BĐBP)"): the token after it, or e. */
export function abbrBracketEnd(s: Scan, e: number): number {
  if (s.f(e) !== '(' || !s.cont(e + 1) || !upperRun(s.c(e + 1), 2, '&')) return e;
  // Its parts may be joined: "(VH-TT-DL)".
  let k = e + 2;
  while (
    (s.f(k) === '-' || s.f(k) === '&') &&
    !s.spaceBefore(k) &&
    !s.spaceBefore(k + 1) &&
    upperRun(s.c(k + 1), 1, '&')
  )
    k += 2;
  return s.f(k) === ')' ? k + 1 : e;
}

/** A letter without its marks, lower case ("Ủ" → "u", "Đ" → "d"), to compare initials. */
const bareLetter = (c: string) => String.fromCharCode(unaccentedUnit(c.charCodeAt(0)));

/**
 * The abbreviation in brackets right after the name [i, e) when it is that name's own ("Ủy ban
 * Kiểm tra Trung ương (UBKT)", "Trung tâm Phục vụ hành chính công (TTHCC)"): its letters are
 * initials of the name's words, in order, the first the name's first (or the second after "Bộ",
 * "Sở"). Its tokens [from, to), or null
 * ("trái phiếu Chính phủ (TPCP)" abbreviates more than the body).
 */
export function ownAbbreviation(s: Scan, i: number, e: number): [number, number] | null {
  const close = abbrBracketEnd(s, e);
  if (close === e) return null;
  const letters = [...s.originalText(e + 1, close - 1)].filter((c) => /\p{L}/u.test(c)).map(bareLetter);
  const initials: string[] = [];
  for (let k = i; k < e; k++) if (s.isWord(k)) initials.push(bareLetter(s.c(k)));
  // A ministry's or a department's may leave out its head word: "Bộ Tài nguyên và Môi trường (TN&MT)".
  const headless = (s.f(i) === 'bộ' || s.f(i) === 'sở') && letters[0] === initials[1];
  if (letters.length < 2 || (letters[0] !== initials[0] && !headless)) return null;
  // The initials of the name's last words only are theirs: "Đoàn đại biểu Quốc hội (ĐBQH)" is the deputies'.
  if (!headless && letters.length < initials.length && initials.slice(-letters.length).join('') === letters.join(''))
    return null;
  let at = 0;
  for (const l of letters) {
    while (at < initials.length && initials[at] !== l) at++;
    if (at++ >= initials.length) return null;
  }
  return [e + 1, close - 1];
}

/**
 * The block of the Front and the mass organisations after an organ: "MTTQ, các đoàn thể T.Ư",
 * "Mặt trận Tổ quốc, các đoàn thể Trung ương" ("Đoàn TNCS Hồ Chí Minh" + it is that block's Youth
 * Union, 2025). Its end, or e.
 */
export function frontBlockEnd(s: Scan, e: number): number {
  let k = s.wordsAt(e, ['mặt', 'trận', 'tổ', 'quốc']) ? e + 4 : s.c(e) === 'MTTQ' ? e + 1 : e;
  // (Or the organ read is the Front itself, "và" for the comma: "Đảng bộ Mặt trận và các đoàn thể Trung ương".)
  const front = k > e || s.wordsAt(e - 2, ['mặt', 'trận']) || s.c(e - 1) === 'MTTQ';
  if (!front || !s.cont(e) || !(s.f(k) === ',' || s.f(k) === 'và') || !s.wordsAt(k + 1, ['các', 'đoàn', 'thể']))
    return e;
  k += 4;
  if (s.wordsAt(k, ['trung', 'ương'])) return k + 2;
  if (s.c(k) === 'TW' || s.c(k) === 'TƯ') return k + 1;
  if (s.c(k) === 'T' && s.f(k + 1) === '.' && s.c(k + 2) === 'Ư' && !s.spaceBefore(k + 1)) return k + 3;
  return e;
}

/**
 * An organ with tag "judicial" or "area" (its record `recId`) and where it sits (judicialSeat):
 * "Tòa án nhân dân cấp cao tại Đà Nẵng", "Kiểm toán Nhà nước khu vực IV"; or an area of another
 * country ("KTNN khu vực Nam Lào": the Lao audit office's southern unit), that country's, with no
 * record of ours (own-id.ts), so no card shows our organ's facts for it.
 */
export function seatedOrgan<R>(s: Scan, i: number, e: number, rec: R & { id: string }) {
  const court = judicialSeat(s, e);
  if (court) return { end: court.end, id: `${rec.id}--${court.id}`, rec };
  if (!s.wordsAt(e, ['khu', 'vực'])) return null;
  for (let k = e + 2; k < e + 5 && s.cont(k) && s.isCapWord(k); k++) {
    const country = k > e + 2 ? s.longest(k, 'country') : undefined;
    if (!country || s.slugOf(k, country.end).includes('viet-nam')) continue;
    const id = ownId(s.slugOf(i, e), s.slugOf(e, country.end));
    return { end: country.end, id, rec: { id, level: 'foreign' } };
  }
  return null;
}

/**
 * Where a court or a procuracy of the 2025 system sits, after its name at token e: "cấp cao tại
 * Đà Nẵng" (a high court), "khu vực 1" or "khu vực 1 - Hà Nội" (a regional one, from July 2025); a
 * regional unit of another national organ the same way ("Kiểm toán Nhà nước khu vực IV", tag area).
 */
export function judicialSeat(s: Scan, e: number): Qualifier | null {
  if (s.wordsAt(e, ['cấp', 'cao', 'tại']) && s.cont(e + 3)) {
    const loc = localityAt(s, e + 3, true);
    return loc && !loc.guessed ? { end: loc.end, id: `cap-cao--${loc.id}` } : null;
  }
  if (!s.wordsAt(e, ['khu', 'vực']) || !s.cont(e + 2)) return null;
  // (A region named by its side: "Kiểm toán Nhà nước khu vực phía Nam".)
  if (s.f(e + 2) === 'phía' && s.cont(e + 3) && s.isCapWord(e + 3)) return { end: e + 4, id: s.slugOf(e, e + 4) };
  if (!/^(\d{1,2}|[ivx]{1,5})$/.test(s.f(e + 2))) return null;
  const area = { end: e + 3, id: `khu-vuc-${s.f(e + 2)}` };
  // Its province after a dash ("khu vực 1 - Hà Nội") or with its level word ("khu vực 3 TP Đà Nẵng").
  const dash = s.f(area.end) === '-';
  if (!s.cont(area.end + (dash ? 1 : 0))) return area;
  const loc = dash
    ? localityAt(s, area.end + 1, true)
    : s.has(area.end, 'level')
      ? localityAt(s, area.end, false)
      : null;
  return loc && !loc.guessed && loc.end > area.end + 1 ? { end: loc.end, id: `${area.id}--${loc.id}` } : area;
}

/**
 * A place's organ named bare that is still itself: capitalised, and one a dated short name may
 * name ("Cục Thuế") or one whose name holds a national organ's ("Đoàn đại biểu" + "Quốc hội", no
 * "Quốc hội"; not "Mặt trận Tổ quốc", which has branches named after it).
 */
export function bareOwnName(s: Scan, i: number, end: number, tags: ReadonlySet<string>): boolean {
  if (!s.isCap(i)) return false;
  if (tags.has('bare-dated')) return true;
  for (let k = i + 1; k < end; k++) {
    const inner = s.longest(k, 'body');
    if (inner && inner.end <= end && !inner.term.rec.tags?.includes('place-after')) return true;
  }
  return false;
}

/** A body at token i follows "Đại hội" (or "Đại hội đại biểu"): a term after it is the congress's. */
export function afterCongress(s: Scan, i: number): boolean {
  // (Its number may come first: "Đại hội đại biểu lần thứ I Đảng bộ TP Cần Thơ".)
  const k = s.wordsAt(i - 3, ['lần', 'thứ']) ? i - 3 : i;
  return s.wordsAt(k - 2, ['đại', 'hội']) || s.wordsAt(k - 4, ['đại', 'hội', 'đại', 'biểu']);
}

/** A press organ after a unit's name at token e, or after "tại", "của", "thuộc": "Ban Thời sự tại Đài Truyền hình Việt Nam". */
export function pressAfter(s: Scan, e: number): boolean {
  const at = s.f(e) === 'tại' || s.f(e) === 'của' || s.f(e) === 'thuộc' ? e + 1 : e;
  return s.cont(at) && !!s.longest(at, 'body', (term) => term.tags.has('media'));
}
