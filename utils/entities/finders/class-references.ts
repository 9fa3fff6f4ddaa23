/**
 * Class references: an organ named for the organs of a level in general ("Ủy ban MTTQ Việt Nam
 * cấp xã", "Đảng bộ các tỉnh"), every Party committee of a kind ("Tỉnh ủy, Thành ủy"), or one
 * after a generic word ("các cấp ủy"). None is a body (the guidelines' class references).
 */
import { foldWords } from '../../text/tokens';
import { upperRun } from '../../text/chars';
import type { Scan } from '../scan';
import { DASHES } from '../clause';
import { placeAt, startsName, termAt } from './qualifiers';
import type { BodyInfo } from '../match-data';
import { wordSets } from '../words';
import type { Titles } from './titles';
import { UNIT_HEADS } from '../lexicon-bodies';

/** Words that count organs before their head: several follow ("các Sở ...", "hai bộ ..."). */
export const COUNT_WORDS = new Set(['hai', 'ba', 'các', 'những', 'mỗi', 'từng', 'nhiều']);
/** Words after which a lower-case "bộ" is a ministry's ("hai bộ Quốc phòng", "của bộ Xây dựng"). */
export const BO_AFTER: ReadonlySet<string> = new Set([...COUNT_WORDS, 'của', 'với']);

/** Party committees named by their level alone ("Tỉnh ủy"), folded; made on first use. */
let bareCommittees: Set<string> | undefined;
const BARE_COMMITTEES = () =>
  (bareCommittees ??= new Set(
    ['Tỉnh ủy', 'Thành ủy', 'Đảng ủy', 'Huyện ủy', 'Quận ủy', 'Thị ủy'].map((p) => foldWords(p).join(' ')),
  ));

/**
 * Token e begins "cấp" + a level, "các" + a level with no place named, or a count and a level:
 * the organs of a level in general, or of several places.
 */
export function ofLevels(s: Scan, e: number): boolean {
  if (!s.cont(e)) return false;
  // "UBND 5 tỉnh Tây Nguyên": a count of places is many organs.
  const counted = /^\d+$/.test(s.f(e)) && s.cont(e + 1) && s.has(e + 1, 'level');
  return (
    counted ||
    (s.f(e) === 'cấp' && s.cont(e + 1) && s.has(e + 1, 'level')) ||
    (s.f(e) === 'các' && levelsUnnamed(s, e + 1))
  );
}

/**
 * A level word at token k with no place named after it: "Đảng bộ các tỉnh nhiệm kỳ 2025-2030"
 * means the provinces' committees in general; "các tỉnh Sơn La, Lai Châu" and "các tỉnh: Sơn La"
 * name theirs.
 */
export function levelsUnnamed(s: Scan, k: number): boolean {
  const level = s.cont(k) ? s.longest(k, 'level') : undefined;
  if (!level) return false;
  const next = s.f(level.end) === ':' ? level.end + 1 : level.end;
  return !s.cont(next) || !placeAt(s, next);
}

/** Words before a level that make it several places: "UBND các tỉnh", "những tỉnh", "nhiều tỉnh". */
const SEVERAL = new Set(['các', 'những', 'nhiều']);

/**
 * A local organ or a department [i, e) named for many ("UBND các tỉnh", "UBND một số tỉnh", "các
 * Sở", "HĐND cấp xã", "Đảng bộ các cấp"). `placed`: an organ a place follows, meant in general only
 * before "cấp" or before a level with no place named; "Ban Thường vụ Tỉnh ủy các tỉnh X, Y" are
 * those provinces' ones, "Tỉnh ủy những năm qua" is one.
 */
export function namedInGeneral(s: Scan, i: number, e: number, placed: boolean): boolean {
  // An abbreviation in brackets after the name is read as the name: "... (HĐND) các cấp".
  let next = s.f(i - 1) === '(' && s.f(e) === ')' ? e + 1 : e;
  // (Or after an ellipsis: "Sở Y tế… nhiều tỉnh".)
  if (s.f(next) === '…' && s.cont(next + 1)) next++;
  const after = s.f(next);
  const many = SEVERAL.has(after) ? next + 1 : s.wordsAt(next, ['một', 'số']) ? next + 2 : -1;
  // ("HĐND một số địa phương": places in general, as a level with none named.)
  const places = (k: number) => s.f(k) === 'cấp' || levelsUnnamed(s, k) || s.wordsAt(k, ['địa', 'phương']);
  const levels = after === 'cấp' || (many > 0 && places(many));
  const classWord = placed ? levels : wordSets().genericAfter.has(after) || (many > 0 && levels);
  return classWord || genericBefore(s, i) || committeesInGeneral(s, i, e) || postInGeneral(s, i, e);
}

/**
 * A post written in lower case before the bare organ, no one's after it: "tăng thêm 1 phó chủ tịch
 * UBND đối với các phường", "sẽ có thêm phó chủ tịch UBND.": the organ in general.
 */
const postInGeneral = (s: Scan, i: number, e: number) =>
  s.wordsAt(i - 2, ['chủ', 'tịch']) && !s.isCap(i - 2) && !s.isCap(i - 3) && !(s.cont(e) && s.isCapWord(e));

/** Levels a bare organ's own name holds ("Tỉnh ủy", "Huyện ủy"): not the organ of just any place. */
const OWN_LEVELS = new Set(['tỉnh', 'thành', 'huyện', 'quận', 'thị']);

/** What a list of organs names beside them: "Đảng bộ, chính quyền, nhân dân các tỉnh", "cấp ủy, ...". */
const LISTED_WITH_ORGANS = [
  ['chính', 'quyền'],
  ['nhân', 'dân'],
  ['cấp', 'uỷ'],
];

/**
 * A bare organ [i, e) in a list of offices or organs whose last names the organs of many places:
 * "các đồng chí Bí thư Đảng ủy, Chủ tịch HĐND, Chủ tịch UBND các xã, phường" (every commune's),
 * "cấp ủy, HĐND, UBND, MTTQ Việt Nam các cấp" (the list's members are titles and organs' names),
 * "Đảng bộ, chính quyền, nhân dân các tỉnh".
 */
export function listedBeforeMany(s: Scan, titles: Titles, i: number, e: number): boolean {
  const next = (k: number) =>
    Math.max(
      titles.at(k),
      s.longest(k, 'body')?.end ?? -1,
      LISTED_WITH_ORGANS.some((w) => s.wordsAt(k, w)) ? k + 2 : -1,
      // (An agency's acronym among them: "Tỉnh ủy, UBND, CDC, Sở Y tế… nhiều tỉnh".)
      s.isWord(k) && upperRun(s.c(k), 2) ? k + 1 : -1,
    );
  // A committee named by its own level is of many places only where the list ends with that
  // level's ("Tỉnh ủy, UBND ... nhiều tỉnh"), not another's ("Tỉnh ủy, UBND các huyện").
  const own = OWN_LEVELS.has(s.f(i));
  let k = e;
  for (let n = 0; n < 6 && s.cont(k) && (s.f(k) === ',' || s.f(k) === 'và'); n++) {
    k++;
    for (let end = next(k); end > k && s.cont(k); end = next(k)) k = end;
    if (s.f(k) === '…' && s.cont(k + 1)) k++;
    // ("nhiều tỉnh", "các cấp"; or a level in general: "chủ tịch UBND, HĐND, Bí thư cấp tỉnh".)
    const several = SEVERAL.has(s.f(k)) && (s.f(k + 1) === 'cấp' || levelsUnnamed(s, k + 1));
    const many = several || (s.f(k) === 'cấp' && s.cont(k + 1) && s.has(k + 1, 'level'));
    if (many) return !own || s.f(k + 1) === s.f(i);
  }
  return false;
}

/**
 * A Party committee named by its level alone, [i, e), beside another so named ("Bí thư Tỉnh ủy,
 * Thành ủy, ..."; "các Tỉnh ủy, Thành ủy, Đảng ủy trực thuộc Trung ương") or before "trực thuộc
 * Trung ương": the committees of every province, not one.
 */
export function committeesInGeneral(s: Scan, i: number, e: number): boolean {
  if (e !== i + 2 || !BARE_COMMITTEES().has(`${s.f(i)} ${s.f(i + 1)}`)) return false;
  if (s.wordsAt(e, ['trực', 'thuộc'])) return true;
  // Another such committee, with no place after it.
  const bare = (k: number) =>
    BARE_COMMITTEES().has(`${s.f(k)} ${s.f(k + 1)}`) && !s.isCapWord(k + 2) && !s.has(k + 2, 'level');
  const joined = (k: number) => (s.f(k) === ',' || s.f(k) === 'và') && s.cont(k);
  return (joined(e) && bare(e + 1)) || (joined(i - 1) && bare(i - 3));
}

/** A generic word of the lexicon ("các", "những" ...) ends right before token i. */
export function genericBefore(s: Scan, i: number): boolean {
  for (const k of [i - 1, i - 2]) if (k >= 0 && s.longest(k, 'generic')?.end === i) return true;
  return false;
}

/** Words after which a number is an ordinal, a date or a name's ("lần thứ 13", "quận 5"), not a count. */
const NOT_A_COUNT_AFTER = new Set([
  'thứ',
  'số',
  'lần',
  'khóa',
  'khoá',
  'kỳ',
  'ngày',
  'tháng',
  'năm',
  'quận',
  'phường',
  'xã',
  'vực',
  'khu',
  'đợt',
  'phiên',
  'điều',
  'khoản',
]);

/** A numbered unit's head ends right before token n ("Sư đoàn" + "9", "Hải đội" + "2"). */
const numberedUnitBefore = (s: Scan, n: number) =>
  [n - 1, n - 2].some((k) => {
    const head = UNIT_HEADS.longestAt(s, k);
    return !!head && head.end === n && (head.value === 'numbered' || head.value === 'region');
  });

/** First words of a member's title: "đại biểu", "ủy viên", "thành viên". */
const MEMBERS = new Set(['đại', 'uỷ', 'thành']);
/**
 * Many of the organ named at token i with no place: "các", "những" right before it, or a title in
 * lower case that is counted ("100% chủ tịch UBND tỉnh", "34 giám đốc Sở": officers of every one).
 */
export function manyBefore(s: Scan, titles: Titles, i: number): boolean {
  if ((s.f(i - 1) === 'các' || s.f(i - 1) === 'những') && s.cont(i)) return true;
  for (let j = i - 1; j >= i - 4 && j > 0; j--) {
    // (A title may end inside the organ's name; members, many to an organ, count none: "100% đại biểu HĐND tỉnh".)
    if (titles.at(j) < i || s.isCap(j) || MEMBERS.has(s.f(j))) continue;
    const n = s.f(j - 1) === '%' ? j - 2 : j - 1;
    // (Not across a line's end: a title ending a headline, "... 3 bộ trưởng", and "Quốc hội" opening the next.)
    return n >= 0 && /^\d+$/.test(s.f(n)) && s.cont(j) && s.cont(i);
  }
  return false;
}

/**
 * Countries in general after a national organ at token e: "Chính phủ nước ngoài", "Hội nghị Chủ
 * tịch Quốc hội thế giới". ("Quốc hội hai nước", "hai Quốc hội" are both parliaments, ours among
 * them: ours, as the dev gold reads them.)
 */
export function countriesAfter(s: Scan, e: number): boolean {
  return s.wordsAt(e, ['nước', 'ngoài']) || s.wordsAt(e, ['thế', 'giới']);
}

/** A level word ends at token i ("huyện", "thị xã"): what follows is a place's name ("huyện Vụ Bản"). */
export function placeNamed(s: Scan, i: number): boolean {
  for (let k = Math.max(0, i - 2); k < i; k++) if (s.longest(k, 'level')?.end === i && s.cont(i)) return true;
  return false;
}

/** A count right before token i: "4 Đảng bộ trực thuộc Trung ương", "3 cơ quan Đảng": organs in general. */
export function countedBefore(s: Scan, i: number): boolean {
  const n = i - 1;
  if (n < 1 || !s.cont(i) || !s.cont(n) || !s.spaceBefore(n) || !/^\d{1,2}$/.test(s.f(n))) return false;
  // After a word that takes a count ("thành lập 4 ..."), not after a date's slash ("27/10 Quốc hội"),
  // nor a unit's own number ("Sư đoàn 9" + "Quân đoàn 4").
  return s.isWord(n - 1) && !NOT_A_COUNT_AFTER.has(s.f(n - 1)) && !numberedUnitBefore(s, n);
}

/**
 * The organ's name at [i, end) stands alone: capitalised (`lowerOk`: or not, as the last word of
 * its head's title, "Trưởng ban Tuyên giáo"), not after "các", and a list's comma,
 * "và", the sentence's end, or what it is about or did ("về", "đã") after it.
 */
/** What an organ's members are counted in ("thành viên", "người", "đồng chí", "ủy viên"; folded). */
const COUNTED_AS = new Set(['thành', 'người', 'đồng', 'uỷ']);

/**
 * An organ's prefix named alone at [i, end) ("Ban Thường vụ"), perhaps with its term after it
 * ("Ban Thường vụ nhiệm kỳ 2025-2030 gồm 27 đồng chí"; `termOk`: not after a title, where a
 * "nhiệm kỳ" is the tenure's and stays outside, "Ủy viên Ban Thường vụ nhiệm kỳ 2020-2025,"; a
 * "khóa" is the organ's there too, "Ủy viên Ban Thường vụ khóa XVIII,"): the body, or null.
 */
export function aloneAt(s: Scan, i: number, end: number, board: boolean, rec: BodyInfo, termOk: boolean) {
  const term = termAt(s, end);
  const organs = term && (termOk || s.f(end) !== 'nhiệm');
  if (term && organs && standsAlone(s, i, term.end, board)) return { end: term.end, id: `${rec.id}--${term.id}`, rec };
  if (term && !organs && standsAlone(s, i, term.end, board)) return { end, id: rec.id, rec };
  return standsAlone(s, i, end, board) ? { end, id: rec.id, rec } : null;
}

export function standsAlone(s: Scan, i: number, end: number, lowerOk = false): boolean {
  if ((!s.isCap(i) && !lowerOk) || s.f(i - 1) === 'các') return false;
  // Offices in a list of many organs' ("... trong Ban Chấp hành, Ban Thường vụ, Bí thư ... các
  // Đảng bộ cơ sở"): a class, not one organ.
  for (let k = end; k < end + 16 && s.cont(k) && s.f(k) !== '.' && s.f(k) !== ';'; k++)
    if (s.f(k) === 'các' && (s.has(k + 1, 'body') || s.has(k + 1, 'level'))) return false;
  const next = s.f(end);
  return (
    !s.cont(end) ||
    next === ',' ||
    next === ';' ||
    next === '.' ||
    next === 'và' ||
    next === ')' ||
    ((next === 'về' || next === 'đã') && !s.isCap(end)) ||
    // Its members counted: "Ban Thường vụ gồm 19 người", "Ban Chấp hành 100 thành viên".
    (next === 'gồm' && s.cont(end + 1)) ||
    (/^\d+$/.test(next) && COUNTED_AS.has(s.f(end + 1))) ||
    // A board after its head's title, then the head's name: "Trưởng ban Tuyên giáo và Dân vận Huỳnh Thị Thùy Dung".
    (lowerOk && startsName(s, end))
  );
}

/**
 * A lower-case word and a capitalised "Ủy" or "Hội" at token i are two words misread as one organ:
 * "trở thành Ủy viên" names no "Thành ủy", "toàn quốc Hội Nông dân" no "Quốc hội" (an organ's name
 * is never written lower, then upper).
 */
export function splitCase(s: Scan, i: number): boolean {
  return !s.isCap(i) && s.isCap(i + 1) && (s.f(i + 1) === 'uỷ' || s.f(i + 1) === 'hội');
}

/**
 * A standing organ spelled out without a place at [i, end) ("của Hội đồng nhân dân") is meant in
 * general, but not after its chair's title ("tân Chủ tịch Ủy ban nhân dân": the place's).
 */
export function spelledOutInGeneral(
  s: Scan,
  i: number,
  end: number,
  tags: ReadonlySet<string>,
  rec: { abbr?: string[] },
): boolean {
  if (tags.has('place') || tags.has('dept') || !tags.has('standing')) return false;
  return !!rec.abbr?.length && end - i > 2 && s.f(i - 1) !== 'tịch' && !sharesPlace(s, end);
}

/**
 * Another organ follows at token e, after a comma or "và", and its place: "Hội đồng nhân dân, Ủy
 * ban nhân dân tỉnh Nam Định", the place is both organs'.
 */
function sharesPlace(s: Scan, e: number): boolean {
  if ((s.f(e) !== ',' && s.f(e) !== 'và') || !s.cont(e + 1) || !s.isCap(e + 1)) return false;
  const next = s.longest(e + 1, 'body');
  return !!next && s.cont(next.end) && s.has(next.end, 'level');
}

/**
 * Token i is a paragraph's source tag, in brackets that open it, before a dash or the lead's first
 * word: "(ĐCSVN) – Chiều nay ...", "(Chinhphu.vn) -", "(BTV) Sáng 08/11, ...": the outlet, no organ.
 */
function sourceTag(s: Scan, i: number): boolean {
  if (s.f(i - 1) !== '(' || (i > 1 && s.cont(i - 1))) return false;
  let k = i;
  while (k < s.count && k < i + 4 && s.f(k) !== ')') k++;
  return s.f(k) === ')' && (DASHES.has(s.f(k + 1)) || (s.isCapWord(k + 1) && s.cont(k + 1)));
}

/** "Chính phủ số", "Chính phủ điện tử" at token i: digital government, a concept, not the Government. */
const digitalGovernment = (s: Scan, i: number) =>
  s.wordsAt(i, ['chính', 'phủ']) &&
  ((s.f(i + 2) === 'số' && !/^\d/.test(s.f(i + 3)) && s.f(i + 3) !== 'hoá') || s.wordsAt(i + 2, ['điện', 'tử']));

/** Opening quote marks (curly ones are straight by then: PRESETS.matching). */
const OPENING_QUOTES = new Set(['"', '«']);
/**
 * A government named in quotes with more words after it: a group's name of its own ("tổ chức
 * “Chính phủ quốc gia Việt Nam lâm thời”"), not our Government.
 */
const quotedGovernment = (s: Scan, i: number) =>
  s.wordsAt(i, ['chính', 'phủ']) &&
  OPENING_QUOTES.has(s.f(i - 1)) &&
  !s.spaceBefore(i) && // (glued to it: an opening quote, not one closing the words before)
  s.cont(i + 2) &&
  s.isWord(i + 2);

/**
 * An organ inside the name of another state's ministry of relations with it, "Quan hệ" capitalised
 * inside a sentence: "Bộ trưởng Quan hệ Quốc hội, Thượng viện và Thanh tra" (Cambodia's), "Bộ
 * Quan hệ với Quốc hội" (no Vietnamese organ is so named; "quan hệ với Quốc hội" is).
 */
function relationsMinistry(s: Scan, i: number): boolean {
  const q = s.f(i - 1) === 'với' ? i - 3 : i - 2;
  return s.wordsAt(q, ['quan', 'hệ']) && s.isCap(q) && s.isWord(q - 1) && s.cont(q);
}

/**
 * "Phó Trưởng Ban Thường trực" at token i - 2: a standing deputy head's title, whose "Ban Thường
 * trực" is no standing board (a board's head is never its "Trưởng"): "làm Phó Trưởng Ban Thường trực;".
 */
const standingDeputy = (s: Scan, i: number) =>
  s.wordsAt(i - 2, ['phó', 'trưởng', 'ban', 'thường', 'trực']) && s.cont(i);

/**
 * Token i is inside a committee's name the data knows from "Ủy ban" two tokens before, which was not
 * read (a local one named without its place): "Ủy ban MTTQ Việt Nam về ..." holds no Front of its own.
 */
const insideCommittee = (s: Scan, i: number) =>
  s.wordsAt(i - 2, ['uỷ', 'ban']) && s.isCap(i - 2) && (s.longest(i - 2, 'body')?.end ?? 0) > i;

/**
 * No body starts at token i: a source tag, "ban" inside "Ủy ban" ("Ủy ban Chỉ đạo ..." holds no
 * "ban Chỉ đạo"), another central committee, digital government, a ministry of relations, a
 * standing deputy's title, an organ inside a committee's name not read, a seat named as a place, or
 * the word after "phi" (non-).
 */
export function noBodyStart(s: Scan, i: number): boolean {
  return (
    sourceTag(s, i) ||
    (s.f(i) === 'ban' && s.f(i - 1) === 'uỷ' && s.cont(i)) ||
    anotherCentralCommittee(s, i) ||
    digitalGovernment(s, i) ||
    quotedGovernment(s, i) ||
    relationsMinistry(s, i) ||
    standingDeputy(s, i) ||
    insideCommittee(s, i) ||
    // The building that stands for an organ, where the text is about the place ("tại Điện Kremlin").
    ((s.f(i - 1) === 'tại' || s.f(i - 1) === 'ở') && !!s.longest(i, 'body')?.term.tags.has('seat')) ||
    // "phi chính phủ", "phi Chính phủ" (non-governmental): the organ's word is half of another
    // ("Nam Phi", "châu Phi" write theirs capitalised).
    (s.f(i - 1) === 'phi' && (!s.isCap(i) || !s.isCap(i - 1)) && s.cont(i))
  );
}

/**
 * "Ban Chấp hành TƯ" + "Hội LHPN khóa XII": the central committee of a mass organisation named
 * after it, not the Party's (whose name, so written, it also is).
 */
function anotherCentralCommittee(s: Scan, i: number): boolean {
  const cc = s.longest(i, 'body');
  if (cc?.term.rec.id !== 'ban-chap-hanh-trung-uong-dang' || s.f(cc.end - 1) === 'đảng') return false;
  if (!s.cont(cc.end) || !s.isCap(cc.end) || !ORGANISATION_WORDS.has(s.f(cc.end))) return false;
  // (Unless the organisation's own central name goes on from "Trung ương": "Ban Chấp hành" +
  // "Trung ương Hội Nông dân Việt Nam" is read so.)
  for (let k = i + 1; k < cc.end; k++) if ((s.longest(k, 'body')?.end ?? 0) > cc.end) return false;
  return true;
}

/** The first word of a mass organisation's name: "Hội", "Đoàn", "Công đoàn", "Tổng Liên đoàn". */
const ORGANISATION_WORDS = new Set(['hội', 'đoàn', 'công', 'tổng']);
