/**
 * The office written after a person's name: after a separator ("Nguyễn Văn A, Phó Tư lệnh ..."),
 * a birth year or an age clause, or an appointment ("... giữ chức Chủ tịch ..."). Read for names
 * the title chains before them do not introduce (officials.ts).
 */
import { type Scan, TERM } from '../scan';
import type { TitleChains } from './title-chains';
import { MANAGERS, companyNamedBefore, ourOrganIn, privateCompanyAt } from './companies';
import type { Titles } from './titles';
import { CANDIDACY } from './status-words';
import { UNIT_HEADS } from '../lexicon-bodies';
import { isClause } from '../clause';
import { foldWords } from '../../text/tokens';
import { ACRONYM } from './person-names';

/** An office the text gives a person: its words, and the tokens [from, to) they span. */
export interface Role {
  text: string;
  from: number;
  to: number;
}

/** Words before a title that keep it an office held: "nguyên", "cựu", "tân", "quyền". */
export const MODIFIERS = new Set(['nguyên', 'cựu', 'tân', 'quyền']);
const YEAR = /^(19|20)\d\d$/;
/** Degrees a text may give between a name and its office: "A, Tiến sĩ Kinh tế, Giám đốc ...". */
/** A grade, not an office: "A, Kiểm sát viên trung cấp, Viện trưởng ..." (r375). */
const GRADES = ['kiểm sát viên', 'thẩm phán', 'điều tra viên'].flatMap((w) =>
  ['sơ', 'trung', 'cao'].map((g) => `${w} ${g} cấp`.split(' ')),
);
const DEGREES = [...['tiến sĩ', 'thạc sĩ', 'cử nhân', 'kỹ sư', 'bác sĩ'].map((w) => w.split(' ')), ...GRADES];
/**
 * A rank at token k, in either case: a name may follow it as it follows a word of address ("là
 * Trung tướng A", name-lists.ts), and a text may give it between commas as a degree ("A, thượng tá,
 * cựu Phó Giám đốc ...").
 */
export const rankAt = (s: Scan, k: number) => RANK_LEVELS.has(s.f(k)) && RANK_GRADES.has(s.f(k + 1)) && s.cont(k + 1);
const RANK_LEVELS = new Set(['thiếu', 'trung', 'thượng', 'đại']);
const RANK_GRADES = new Set(['tướng', 'tá', ...foldWords('úy')]);
/** The levels of a Party committee whose member is a "tỉnh ủy viên", "huyện ủy viên" ... */
const COMMITTEE_LEVELS = new Set(['tỉnh', 'thành', 'huyện', 'quận', 'thị', 'đảng']);
/** Words that say a person was elected (again) to the office after them. */
const ELECTED = ['tái đắc cử', 'đắc cử', 'tái cử'].map((w) => w.split(' '));
/** How an office is given, between "được" and "giữ chức" or "làm". */
const APPOINTING = new Set(
  'bổ nhiệm|chỉ định|điều động|phân công|hiệp thương|luân chuyển|tín nhiệm|tái cử|bổ sung'.split('|'),
);

/**
 * A manager's or a chair's title alone (tokens t to e), then an employer named by an acronym the
 * data does not know and nothing after it: "(cựu tổng giám đốc SCB)", a bank's, "- cựu Chủ tịch
 * AVG -", a company's: no office. (With a place after
 * it the employer is a local agency: "cựu giám đốc CDC Hà Nội".)
 */
function managerOfAcronym(s: Scan, t: number, e: number): boolean {
  if (!MANAGERS.some((w) => w.length === e - t && s.wordsAt(t, w))) return false;
  if (!s.cont(e) || !ACRONYM.test(s.c(e)) || s.startsAny(e, TERM.body | TERM.loc | TERM.country)) return false;
  return !s.cont(e + 1) || !s.isWord(e + 1);
}

/**
 * A manager's title alone (tokens t to e) where the text speaks of a private company: the
 * company's man, no office. Either nothing follows the title but a mark, and the company is named
 * before it in the sentence ("Hai bị cáo là người của Công ty Việt Á gồm A, Tổng Giám đốc, ..."),
 * or the employer after it is that company named short (companyNamedBefore).
 */
function managerOfNamedCompany(s: Scan, t: number, e: number): boolean {
  if (!MANAGERS.some((w) => w.length === e - t && s.wordsAt(t, w))) return false;
  if (s.cont(e) && s.isWord(e)) return companyNamedBefore(s, e);
  for (let j = t - 1; j >= 0 && s.f(j) !== '.' && !s.lineBefore(j + 1); j--) if (privateCompanyAt(s, j)) return true;
  return false;
}

/** Words after a name that make the office after them given to that name: "đã được", "vừa được". */
const GIVEN_BEFORE = new Set(['đã', 'vừa', 'mới', 'được']);

/** The name starting at token i is the one replaced: after "thay (thế)", perhaps with "ông", "bà", "đồng chí". */
function replacedAt(s: Scan, i: number): boolean {
  if (i < 1) return false;
  let p = i - 1;
  if (s.f(p) === 'ông' || s.f(p) === 'bà') p--;
  else if (s.wordsAt(p - 1, ['đồng', 'chí'])) p -= 2;
  if (s.f(p) === 'thế') p--;
  return s.f(p) === 'thay' && s.cont(p + 1);
}

export class OfficesAfter {
  constructor(
    private scan: Scan,
    private titles: Titles,
    private chains: TitleChains,
  ) {}

  /**
   * The office after a name listed after an office (`list`) that ends at token k, where it is the
   * one to show: a candidate's ("5 ứng viên đại biểu Quốc hội gồm: bà A - Ủy viên Bộ Chính trị":
   * the list's is stood for, not held), or one that holds the list's title and names the place the
   * list leaves unsaid ("miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh đối với ông A, nguyên Ủy viên
   * Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh Gia Lai"). Not where the list names its place
   * ("Các Phó Bí thư Tỉnh ủy Quảng Trị, gồm: ông B - Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh": the
   * bare organs after the dash would lose it), nor an office of another title. Else null.
   */
  ofListed(k: number, list: Role): Role | null {
    const own = this.after(k);
    if (!own || CANDIDACY.test(list.text)) return own;
    const s = this.scan;
    const names = (r: Role, what: 'loc' | 'body') => {
      for (let j = r.from; j < r.to; j++) if (s.has(j, what)) return true;
      return false;
    };
    // A bare title listed ("4 phó viện trưởng là ... Tạ Quang Khải (Viện trưởng Viện kiểm sát quân
    // sự trung ương)"): the office that names an organ says more.
    if (!names(list, 'body') && names(own, 'body')) return own;
    if (names(list, 'loc') || !names(own, 'loc')) return null;
    // The list's title: its words up to its organ ("Phó Chủ tịch" of "Phó Chủ tịch UBND tỉnh").
    let n = 0;
    while (n < 4 && list.from + n < list.to && s.isWord(list.from + n) && !s.has(list.from + n, 'body')) n++;
    const titleAt = (j: number) => {
      for (let m = 0; m < n; m++) if (s.f(j + m) !== s.f(list.from + m)) return false;
      return true;
    };
    for (let j = own.from; n > 0 && j + n <= own.to; j++) if (titleAt(j)) return own;
    return null;
  }

  /**
   * The role a chain before a name [i, k) gives, when an office given follows the name ("bổ
   * nhiệm Bí thư Tỉnh ủy Hà Giang" + name + "giữ chức Bộ trưởng"): the words that give an office
   * before the chain are that one's, and the chain, read without them, is the person's now (not
   * when they say it was held before: "Nguyên Bí thư Thành đoàn X được chỉ định giữ chức ...").
   */
  heldBeforeGiven(role: Role, i: number, k: number): Role {
    const s = this.scan;
    if (role.to > i) return role;
    const held = s.originalText(role.from, role.to).replace(/[\s,:]+$/, '');
    const words = role.text.slice(0, role.text.length - held.length);
    if (!words || /(^|\s)(nguyên|cựu)(\s|$)/iu.test(words)) return role;
    const appointed = this.appointedTo(k);
    return appointed >= 0 && this.officeAt(appointed, true) ? { ...role, text: held } : role;
  }

  /**
   * The office written after a name that ends at token k: a separator ("," "(" "-"), perhaps after
   * a birth year ("(SN 1965)", or a bracket that goes on: "(SN 1960, ở phường X)"), or an age and a
   * residence ("58 tuổi, trú ..., là"), then a title chain, perhaps after "nguyên"/"cựu". Returns the
   * office, or null when none follows.
   */
  after(k: number, start = -1): Role | null {
    const s = this.scan;
    const appointed = this.appointedTo(k);
    // "A thay ông B làm Thường trực Ban Bí thư": the office B is replaced in is A's now (but "A thay
    // ông B đã được điều động giữ chức ...": B's new one).
    if (appointed >= 0 && replacedAt(s, start) && !GIVEN_BEFORE.has(s.f(k))) return null;
    if (appointed >= 0) {
      // The office with the words that give it: "thôi giữ chức ...", "trong thời gian giữ chức vụ ...".
      const office = this.officeAt(appointed, true);
      const words = s.f(k) === ',' || s.f(k) === 'cùng' || s.f(k) === 'là' ? k + 1 : k;
      return office && { ...office, text: s.originalText(words, office.to) };
    }
    const la = this.afterAge(k);
    if (la >= 0) return this.officeAt(la, true);
    // A list's office they all hold: "ông A và ông B, đều là Phó Chủ tịch UBND huyện".
    const all = s.f(k) === ',' ? k + 1 : k;
    if (s.wordsAt(all, ['đều', 'là']) && s.cont(all + 2)) return this.officeAt(all + 1, true);
    const afterYear = this.afterBirthYear(k);
    // "A (SN 1960), trú tại xã X, huyện Y (nguyên Chủ tịch ...)": where the person lives, then the
    // office in brackets.
    const bracket = afterYear > k ? this.afterResidence(afterYear) : -1;
    if (bracket >= 0) return this.officeAt(bracket);
    // (A grade first: "A, Kiểm sát viên trung cấp, Viện trưởng ..." holds the office after it.)
    const graded = s.f(afterYear) === ',' && GRADES.some((d) => s.wordsAt(afterYear + 1, d));
    const degree = this.afterDegree(afterYear);
    const office = (graded ? this.officeAt(degree) : null) ?? this.officeAt(afterYear) ?? this.officeAt(degree);
    if (office || afterYear === k || s.f(afterYear) !== ',') return office;
    // The bracket goes on with something else ("(SN 1960, ở phường X, tỉnh Y), nguyên Bí thư ..."):
    // the office may follow it, perhaps after a degree.
    const close = this.closingBracket(afterYear);
    return close < 0 ? null : (this.officeAt(close + 1) ?? this.officeAt(this.afterDegree(close + 1)));
  }

  /**
   * After a degree or a rank between commas at token k (", Tiến sĩ Báo chí học,", ", thượng tá,"): its closing
   * comma, or -1. (Not a rank and another's name: ", Đại tướng Phan Văn Giang, Bộ trưởng ..." is his office.)
   */
  private afterDegree(k: number): number {
    const s = this.scan;
    const rank = s.f(k) === ',' && rankAt(s, k + 1);
    if (s.f(k) !== ',' || !(DEGREES.some((d) => s.wordsAt(k + 1, d)) || rank)) return -1;
    for (let t = k + 3; t < k + 14 && s.cont(t); t++) {
      if (s.f(t) === ',') return t;
      if (s.f(t) === '.' || s.f(t) === ';' || s.f(t) === '(' || (rank && s.isSurname(t) && s.isCapWord(t + 1)))
        return -1;
    }
    return -1;
  }

  /**
   * An appointment written after a name that ends at token k, up to the word before the office:
   * "giữ chức (vụ)", perhaps after "tiếp tục" or "thôi", or "được" and how ("được bầu giữ chức",
   * "được hiệp thương giữ chức", "được bổ nhiệm làm"), or "làm" alone. Returns that word's token,
   * or -1 (the office after it must be a title: "ông X làm việc" gives none).
   */
  private appointedTo(k: number): number {
    const s = this.scan;
    // "A, B và C cùng tái đắc cử ...": each of them.
    let t = s.f(k) === 'cùng' ? k + 1 : k;
    if (s.wordsAt(t, ['tiếp', 'tục'])) t += 2;
    // "thôi giữ chức", "(đã) từng giữ chức": held until now, held before.
    else if (s.f(t) === 'thôi' || s.f(t) === 'từng') t++;
    else if (s.wordsAt(t, ['đã', 'từng'])) t += 2;
    // "tái đắc cử chức Phó Chủ tịch ...", "đắc cử chức ...", "tái cử chức ...": elected (again) to it.
    const electedBy = ELECTED.find((w) => s.wordsAt(t, w));
    const elected = electedBy ? t + electedBy.length : -1;
    if (elected > 0 && s.cont(elected) && s.f(elected) === 'chức') return elected;
    // ("tái đắc cử Chủ tịch UBND tỉnh": the office right after.)
    if (elected > 0 && s.cont(elected) && s.isCap(elected) && s.longest(elected, 'title')) return elected - 1;
    // "ông X, trong thời gian giữ chức vụ ...", "..., khi giữ cương vị ...": the office held then.
    if (s.f(t) === ',' && s.cont(t + 1)) {
      const w = s.wordsAt(t + 1, ['trong', 'thời', 'gian']) ? t + 4 : s.f(t + 1) === 'khi' ? t + 2 : -1;
      if (w > 0 && s.cont(w) && s.wordsAt(w, ['giữ', 'chức'])) return s.f(w + 2) === 'vụ' ? w + 2 : w + 1;
      if (w > 0 && s.cont(w) && s.wordsAt(w, ['giữ', 'cương', 'vị'])) return w + 2;
    }
    let passive = false;
    // "ông X đã được điều động giữ chức ...", "vừa được bầu làm ...", after a comma too.
    if (s.f(t) === ',' && GIVEN_BEFORE.has(s.f(t + 1)) && s.cont(t + 1)) t++;
    if ((s.f(t) === 'đã' || s.f(t) === 'vừa' || s.f(t) === 'mới') && s.f(t + 1) === 'được') t++;
    if (s.f(t) === 'được') {
      passive = true;
      // "được bầu", "được tín nhiệm tái cử", "được bầu bổ sung"; the body that gives it first:
      // "được Quốc hội bầu làm", "được Bộ Chính trị điều động".
      const by = s.longest(++t, 'body')?.end ?? t;
      if (by > t && (s.f(by) === 'bầu' || APPOINTING.has(`${s.f(by)} ${s.f(by + 1)}`))) t = by;
      for (let n = 0; n < 3; n++) {
        if (APPOINTING.has(`${s.f(t)} ${s.f(t + 1)}`)) t += 2;
        else if (s.f(t) === 'bầu') t++;
        else break;
      }
    }
    // "được chỉ định tiếp tục giữ chức ...", "tiếp tục đảm nhiệm chức danh ...".
    if (passive && s.wordsAt(t, ['tiếp', 'tục'])) t += 2;
    if (!s.cont(t)) return -1;
    const held = s.wordsAt(t, ['giữ', 'chức']) ? t + 1 : s.wordsAt(t, ['đảm', 'nhiệm', 'chức']) ? t + 2 : -1;
    if (held > 0) return s.f(held + 1) === 'vụ' || s.f(held + 1) === 'danh' ? held + 1 : held;
    // "được bổ nhiệm làm ...", or "làm" or "là" right after the name: "do ông X làm Cục trưởng".
    if (s.f(t) === 'là' && t === k) return t;
    return s.f(t) === 'làm' && ((passive && t > k + 1) || t === k) ? t : -1;
  }

  /** After ", trú tại ..." (or "ở", "thường trú"): the '(' that opens what follows the address, or -1. */
  private afterResidence(k: number): number {
    const s = this.scan;
    if (s.f(k) !== ',' || !(s.f(k + 1) === 'trú' || s.f(k + 1) === 'ở' || s.wordsAt(k + 1, ['thường', 'trú'])))
      return -1;
    for (let t = k + 2; t < k + 30 && s.cont(t); t++) {
      const f = s.f(t);
      if (f === '(') return t;
      // A full stop ends it, but not an abbreviation's dot ("Tp.Thanh Hóa").
      if ((f === '.' && s.spaceBefore(t + 1)) || f === ';' || f === ')') return -1;
    }
    return -1;
  }

  /** The ')' closing the bracket token k is in (on the same line, within 30 tokens), or -1. */
  private closingBracket(k: number): number {
    const s = this.scan;
    for (let t = k; t < k + 30 && s.cont(t); t++) {
      const f = s.f(t);
      if (f === ')') return t;
      if (f === '(') return -1;
    }
    return -1;
  }

  /**
   * After an age, and perhaps where the person lives, the "là" that gives the office: "Trần Văn
   * A, 64 tuổi, trú phường X, TP Y, là cựu chủ tịch UBND huyện Z". Returns that token, or -1.
   */
  private afterAge(k: number): number {
    const s = this.scan;
    if (s.f(k) !== ',' || !s.startsWithDigit(k + 1) || s.f(k + 2) !== 'tuổi') return -1;
    if (s.f(k + 3) !== ',') return -1;
    for (let t = k + 3; t < k + 30 && s.cont(t + 1); t++) {
      const f = s.f(t);
      if (f === '.' || f === ';' || f === '(' || f === ')') return -1;
      if (f === ',' && s.f(t + 1) === 'là') return t + 1;
    }
    return -1;
  }

  /**
   * The office at token k: a separator (or, `afterIs`, the "là" of an age clause, where a title in
   * lower case counts), then a title chain, perhaps after "nguyên"/"cựu"; '' when none.
   */
  private officeAt(k: number, afterIs = false): Role | null {
    const s = this.scan;
    const sep = s.f(k);
    if ((sep !== ',' && sep !== '(' && sep !== '-' && !afterIs) || !s.cont(k + 1)) return null;
    const from = k + 1;
    // "nguyên Chủ tịch ...", "nguyên là Chủ tịch ..." (formerly was).
    let t = MODIFIERS.has(s.f(from)) && s.cont(from + 1) ? from + 1 : from;
    if (t > from && s.f(t) === 'là' && s.cont(t + 1)) t++;
    // A list's office in brackets: "A, B và C (cùng giữ chức phó chủ tịch ...)".
    else if (sep === '(' && s.wordsAt(t, ['cùng', 'giữ', 'chức'])) t += s.f(t + 3) === 'vụ' ? 4 : 3;
    const title = this.titles.at(t);
    if (title < 0) return null;
    const chainEnd = this.chains.chain(t);
    // A title in lower case is an office of ours where it names one of our organs in capitals
    // ("ông X, phó bí thư Tỉnh ủy"), not a manager's ("ông X, giám đốc công ty"); or a member's.
    if (!s.isCap(t) && t === from && !afterIs && !this.committeeMember(t) && !ourOrganIn(s, t, chainEnd)) return null;
    if (privateCompanyAt(s, chainEnd) || privateCompanyAt(s, title) || managerOfAcronym(s, t, chainEnd)) return null;
    if (managerOfNamedCompany(s, t, chainEnd)) return null;
    // A title chain followed by a name introduces that name: "Chủ tịch nước A, Chủ tịch Quốc hội B";
    // unless the name's titles come after "của": "A - Đặc phái viên của Tổng Bí thư X" (A's office
    // holds X's name).
    const next = this.chains.personName(chainEnd, true);
    if (next > chainEnd) {
      // "A, Ủy viên Bộ Chính trị, Chủ tịch Quốc hội, đồng chí B": the titles before the address are A's.
      // "A, Thứ trưởng Bộ Nội vụ và đại tướng B": the titles before "và" are A's.
      // "A - Phó Bí thư Tỉnh ủy, Thượng tướng B": the titles before the rank are A's; after a
      // rank's name, all but the last ("Trung tướng A, Thứ trưởng Bộ Công an, Bí thư Tỉnh ủy B").
      const address = Math.max(
        this.chains.addressSplit(t, chainEnd),
        this.chains.andSplit(t, chainEnd),
        this.chains.rankSplit(t, chainEnd, from),
      );
      if (address >= 0) return { text: s.originalText(from, address), from, to: address };
      if (this.chains.ofSplit(t, chainEnd) < 0) return null;
      return { text: s.originalText(from, next), from, to: next };
    }
    const to = this.unreadOrganEnd(chainEnd);
    return { text: s.originalText(from, to), from, to };
  }

  /**
   * A title at the chain's end before an organ the data cannot read ("Chủ tịch" + "Hội đồng thẩm
   * định giá đất tỉnh Vĩnh Phúc"): the end of that organ's words, so the office is quoted whole and
   * the card never shows the bare title as if it were the whole office. Else k.
   */
  private unreadOrganEnd(k: number): number {
    const s = this.scan;
    if (!s.cont(k) || !s.isCapWord(k) || !this.titles.endsAt(k) || !UNIT_HEADS.longestAt(s, k)) return k;
    let j = k + 1;
    // Up to a mark, another title, or a verb not seen in names ("thẩm định" is the organ's,
    // "khẳng định", "đã", "giữ chức" the sentence's); its number goes with it ("Quân khu 7").
    const verb = (i: number) => isClause(s, i) && !s.isNamePair(i, i + 1) && !s.isNamePair(i - 1, i);
    while (j < k + 14 && s.cont(j) && (s.isWord(j) || /^\d+$/.test(s.f(j))) && !verb(j) && this.titles.at(j) < 0) {
      if (s.wordsAt(j, ['giữ', 'chức'])) break;
      j++;
    }
    return j;
  }

  /**
   * A committee member's title, which the press writes in lower case: "ông X, tỉnh ủy viên, Giám
   * đốc Sở ...", "thành ủy viên", "huyện ủy viên", "ủy viên Ban Chấp hành ...".
   */
  private committeeMember(t: number): boolean {
    const s = this.scan;
    // Folded words: the matching form puts the tone of "uy" on its second vowel ("uỷ"). Also
    // "ủy viên" before the committee's name: "X, ủy viên Ban Chấp hành Đảng bộ ...".
    if (s.wordsAt(t, ['uỷ', 'viên'])) return s.isCapWord(t + 2) && s.cont(t + 2);
    return COMMITTEE_LEVELS.has(s.f(t)) && s.wordsAt(t + 1, ['uỷ', 'viên']);
  }

  /** After "(SN 1965)", "(sinh năm 1965)", ", sinh năm 1965," or "(53 tuổi)" at token k: the token after its bracket, or, when the bracket goes on with an office ("(SN 1965, nguyên ...)"), its comma; else k. */
  private afterBirthYear(k: number): number {
    const s = this.scan;
    // Between commas: "Bùi Văn A, sinh năm 1962, nguyên ...".
    if (
      s.f(k) === ',' &&
      s.wordsAt(k + 1, ['sinh', 'năm']) &&
      YEAR.test(s.f(k + 3)) &&
      s.f(k + 4) === ',' &&
      s.cont(k + 4)
    )
      return k + 4;
    if (s.f(k) !== '(') return k;
    let t = k + 1;
    // An age instead: "Ông X (53 tuổi), Cục trưởng ...".
    if (/^\d{2}$/.test(s.f(t)) && s.f(t + 1) === 'tuổi') t += 2;
    else {
      if (s.f(t) === 'sn') t++;
      else if (s.wordsAt(t, ['sinh', 'năm'])) t += 2;
      if (!YEAR.test(s.f(t))) return k;
      t++;
    }
    if (s.f(t) === ')') return t + 1;
    return s.f(t) === ',' ? t : k;
  }
}
