/**
 * Where a title chain ends and a name starts: "Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội" +
 * "Trần Sỹ Thanh". A chain runs over titles, the bodies inside them, modifiers ("nguyên", "cựu"),
 * countries and places, joined by commas, "kiêm", "và", "tại", "của".
 */
import type { Scan } from '../scan';
import { SENTENCE_ENDS } from '../clause';
import type { Bodies } from './bodies';
import type { Titles } from './titles';
import { abbrBracketEnd, bareTermAt, startsName, termAt } from './qualifiers';
import { afterHonorifics } from './name-lists';
import { DOCUMENT_WORDS } from '../lexicon-documents';
import { UNIT_HEADS } from '../lexicon-bodies';
import { personAt, personName } from './person-names';
import { concurrentCountriesEnd } from './countries-after';
import { isRankOnly } from '../types';
import { countryAfter, namesVietNam } from './foreigners';
import { countryCommaSplit } from './country-split';
import { knownAideAt } from './known-people';

const MAX_CHAIN = 30;
/** An aide's words by their last syllable: "Trợ lý", "Thư ký". */
const AIDE_ENDS = new Map(Object.entries({ lý: 'trợ', ký: 'thư' }));

/** Forms of address that may close a chain of another's titles (addressSplit). */
const ADDRESS_WORDS = new Set(['đồng chí', 'ông', 'bà', 'ngài']);
/** Offices one person holds at a time, which an authoriser may hold together: "Tổng Bí thư, Chủ tịch nước". */
const SEATS = ['chủ tịch nước', 'tổng bí thư', 'thủ tướng', 'chủ tịch quốc hội'].map((w) => w.split(' '));
/** An envoy's title, whose seat abroad may be a city the data does not know ("tại San Francisco"). */
const ENVOYS = new Set(['đại sứ', 'lãnh sự']);

/** Verbs opening a sentence whose object a title chain may begin with: "Tiếp Đại sứ Maroc, Chủ tịch nước ..." */
const RECEIVING = [['tiếp'], ['đón'], ['gặp']];

export class TitleChains {
  constructor(
    private scan: Scan,
    private titles: Titles,
    private bodies: Bodies,
  ) {}

  /** Walks a title chain from a title at token i; returns the chain's end (where a name may start). */
  chain(i: number): number {
    const s = this.scan;
    let j = i;
    for (let guard = 0; j < s.count && guard < MAX_CHAIN; guard++) {
      if (!s.cont(j) && j !== i) break;
      const title = this.titles.at(j);
      const body = this.bodies.at(j);
      if (body && body.end >= title) {
        j = body.end;
        continue;
      }
      if (title > 0) {
        // A body may start inside the title: "Trưởng Ban" + "Ban Kinh tế Trung ương", "Trưởng
        // Công an" + "Công an TP Thanh Hóa".
        let end = title;
        for (let k = j + 1; k < title; k++) {
          const inner = this.bodies.at(k);
          if (inner && inner.end > end) end = inner.end;
        }
        j = end;
        continue;
      }
      // A state broadcaster or news agency is no body, but heading one, an agency of the Government,
      // is an office of the State: "Tổng Giám đốc Đài Truyền hình Việt Nam" + "Lê Ngọc Quang".
      const media = j !== i && s.cont(j) ? s.longest(j, 'body', (t) => t.tags.has('gov-agency')) : undefined;
      if (media) {
        j = media.end;
        continue;
      }
      // "Bộ trưởng Chủ nhiệm văn phòng Thủ tướng" + name: the office of a title is the chain's.
      if (j !== i && !s.isCap(j) && s.wordsAt(j, ['văn', 'phòng']) && this.titles.at(j + 2) > 0) {
        j = this.titles.at(j + 2);
        continue;
      }
      // "Cục Thi hành án dân sự (THADS) Vũ Quốc Doanh"
      if (j !== i && abbrBracketEnd(s, j) > j) {
        j = abbrBracketEnd(s, j);
        continue;
      }
      const mod = s.longest(j, 'mod');
      if (mod && this.titles.at(mod.end) > 0) {
        j = mod.end;
        continue;
      }
      // (With its state's form: "Tổng thống Cộng hòa Italy", "Thủ tướng Vương quốc Thái Lan".)
      const country = s.longest(j, 'country') ?? s.longest(countryAfter(s, j), 'country');
      if (country && j !== i) {
        j = country.end;
        continue;
      }
      const loc = s.longest(j, 'loc', (x) => x.leveled || !x.rec.needsLevel);
      if (loc && j !== i) {
        j = loc.end;
        continue;
      }
      // The tenure's term after an office: "Chủ tịch UBND tỉnh X nhiệm kỳ 2021-2026" + name.
      const term = j !== i ? termAt(s, j) : null;
      if (term || (j !== i && bareTermAt(s, j))) {
        j = term ? term.end : j + 1;
        continue;
      }
      // "Phó Bí thư Đảng ủy chuyên trách" (full-time); "Vụ trưởng Vụ Tổ chức cán bộ (Bộ Y tế)";
      // "Quyền Bộ trưởng phụ trách Văn phòng Hội đồng Bộ trưởng" (in charge of an organ).
      const inCharge = s.wordsAt(j, ['phụ', 'trách']) && (this.bodies.at(j + 2) || this.titles.at(j + 2) > 0);
      if (j !== i && (s.wordsAt(j, ['chuyên', 'trách']) || inCharge) && s.cont(j + 1)) {
        j += 2;
        continue;
      }
      // An envoy's other countries: "Đại sứ Việt Nam tại Ấn Độ kiêm nhiệm Bhutan và Nepal" + name.
      const countries = j !== i ? concurrentCountriesEnd(s, j) : j;
      if (countries > j) {
        j = countries;
        continue;
      }
      const bracketed = j !== i && s.f(j) === '(' ? this.bodies.at(j + 1) : null;
      if (bracketed && s.f(bracketed.end) === ')') {
        j = bracketed.end + 1;
        continue;
      }
      const f = s.f(j);
      // An organ's head word alone, then a Vietnamese name of three words: "Phó Chủ nhiệm Ủy ban" + "Tạ Đình Thi".
      const bare = j !== i && s.isCap(j) ? UNIT_HEADS.longestAt(s, j) : undefined;
      if (bare && s.cont(bare.end) && personAt(s, bare.end)) {
        j = bare.end;
        continue;
      }
      // "thành phố" repeating a city committee's level: "Bí thư Thành ủy thành phố" + "Đinh La Thăng" (not "phường").
      const city = j !== i && s.wordsAt(j - 2, ['thành', 'uỷ']) && s.wordsAt(j, ['thành', 'phố']);
      if (city && s.cont(j + 2) && !s.longest(j + 2, 'loc') && personAt(s, j + 2) && s.isStrongSurname(j + 2)) {
        j += 2;
        continue;
      }
      // An envoy's seat the data does not know, up to the name: "Tổng Lãnh sự Việt Nam tại San
      // Francisco" + "Hoàng Anh Tuấn" (only where a Vietnamese name follows the place's words).
      const seatEnd = f === 'tại' && j !== i ? this.envoySeatEnd(i, j + 1) : 0;
      if (seatEnd) {
        j = seatEnd;
        continue;
      }
      if (f === ',' && s.f(i - 1) === 'theo') break; // a source's titles: "Theo Tổng thống Nga, ..." (r376)
      if ((f === ',' || f === '-' || f === 'kiêm' || f === 'và' || f === 'tại' || f === 'của') && s.cont(j + 1)) {
        const n = j + 1;
        const of = f === 'tại' || f === 'của';
        // (Or ", Ban Tuyên giáo Trung ương" + a name, the unit's parent organ ("Phó Vụ trưởng Vụ Địa phương I, ..."), or
        // "và" + another organ headed ("Chủ tịch Hội đồng Nhà nước và Hội đồng Bộ trưởng Cuba" + a name).)
        const parent = (f === ',' || f === 'và') && j !== i ? this.bodies.at(n) : null;
        const named = !!parent && this.personName(parent.end, true) > parent.end;
        // (A capitalised title after its modifier: "các nguyên Ủy viên Bộ Chính trị, nguyên Chủ tịch nước:", not lower case.)
        const modified = s.longest(n, 'mod');
        if (
          this.titles.at(n) > 0 ||
          (!!modified && s.isCap(modified.end) && this.titles.at(modified.end) > 0) ||
          named ||
          (of && (s.longest(n, 'country') || s.longest(n, 'loc') || this.bodies.at(n)))
        ) {
          j = n;
          continue;
        }
      }
      break;
    }
    return j;
  }

  /**
   * After an envoy's title in the chain from `from` and "tại" at `at` - 1: the end of one to three capitalised
   * words of a place the data does not know, a Vietnamese name of three words after them; else 0.
   */
  private envoySeatEnd(from: number, at: number): number {
    const s = this.scan;
    let envoy = false;
    for (let k = from + 1; k < at && !envoy; k++) envoy = ENVOYS.has(`${s.f(k - 1)} ${s.f(k)}`);
    if (!envoy || s.longest(at, 'country') || s.longest(at, 'loc') || this.bodies.at(at)) return 0;
    for (let e = at + 1; e <= at + 3; e++) {
      if (!s.isCapWord(e - 1) || !s.cont(e - 1) || personAt(s, e - 1)) return 0;
      if (personAt(s, e) && s.cont(e)) return e;
    }
    return 0;
  }

  /**
   * In a chain [from, end), the comma before a last form of address ("..., Chủ tịch Quốc hội nước ...,
   * đồng chí" + "Saysomphone Phomvihane"): the titles before it are the previous name's. Its index, or -1.
   */
  addressSplit(from: number, end: number): number {
    for (let c = end - 2; c > from; c--) if (this.scan.f(c) === ',') return this.addressOnly(c + 1, end) ? c : -1;
    return -1;
  }

  /**
   * In a chain [from, end), a "và" before only a form of address: "nguyên Bí thư Thành ủy và đồng chí"
   * + "B" (the titles before it are the person's named before them). Its index, or -1.
   */
  andAddressSplit(from: number, end: number): number {
    for (let c = end - 2; c > from; c--) if (this.scan.f(c) === 'và') return this.addressOnly(c + 1, end) ? c : -1;
    return -1;
  }

  /**
   * In a chain [from, end) in apposition to a name before it, the comma before a rank that begins
   * the next person's titles: "A - Phó Bí thư thường trực Tỉnh ủy Phú Thọ," + "Thượng tướng" + "B";
   * else, given `lead` (rankedNameSplit), the last comma after a name a rank introduced. Its index, or -1.
   */
  rankSplit(from: number, end: number, lead = -1): number {
    const s = this.scan;
    for (let c = end - 2; c > from; c--) if (s.f(c) === ',' && isRankOnly(`${s.f(c + 1)} ${s.f(c + 2)}`)) return c;
    return lead < 0 ? -1 : this.rankedNameSplit(from, end, lead);
  }

  /**
   * A rank at token i that is conferred, after "hàm" ("thăng hàm", "cấp bậc hàm", "quân hàm") or "lên": no
   * one's title, nor the start of the next person's ("được thăng hàm thượng tướng, Chủ tịch nước B").
   */
  conferredRank(i: number): boolean {
    const s = this.scan;
    return (s.f(i - 1) === 'hàm' || s.f(i - 1) === 'lên') && isRankOnly(s.originalText(i, this.titles.at(i)));
  }

  /**
   * In a chain [from, end) in apposition to a name a rank alone introduced ("Trung tướng A," + "Thứ trưởng
   * Bộ Công an, Bí thư Tỉnh ủy Thanh Hóa" + "B"): a rank is no office, so the first offices are A's, only the
   * last B's. The last comma before a title, or -1. `lead`: where the chain begins, after A's name's comma.
   */
  private rankedNameSplit(from: number, end: number, lead: number): number {
    const s = this.scan;
    let n = lead - 2;
    while (n > 0 && s.isCapWord(n - 1) && s.cont(n - 1)) n--;
    if (n >= lead - 2 || !isRankOnly(`${s.f(n - 2)} ${s.f(n - 1)}`)) return -1;
    for (let c = end - 2; c > from; c--) if (s.f(c) === ',' && this.titles.at(c + 1) > 0) return c;
    return -1;
  }

  /** Tokens [from, end) are a form of address alone ("đồng chí", "ông"). */
  private addressOnly(from: number, end: number): boolean {
    const words: string[] = [];
    for (let k = from; k < end; k++) words.push(this.scan.f(k));
    return ADDRESS_WORDS.has(words.join(' '));
  }

  /**
   * Titles no one holds at once, the first another's: (deputy) head of the Government and of a province's
   * organ ("Báo cáo với Phó Thủ tướng, Chủ tịch UBND Quảng Ninh" + "B"), an office and its deputy ("chỉ đạo
   * của Thủ tướng và Phó Thủ tướng" + "B"). The comma or "và", or -1.
   */
  notOnePersonSplit(from: number, end: number): number {
    const s = this.scan;
    const c = s.wordsAt(from, ['phó', 'thủ', 'tướng']) ? from + 3 : s.wordsAt(from, ['thủ', 'tướng']) ? from + 2 : -1;
    if (c < 0 || (s.f(c) === 'và' && s.wordsAt(c + 1, ['phó', 'thủ', 'tướng']))) return c;
    if (s.f(c) !== ',') return -1;
    for (let k = c + 1, b = this.bodies.at(k); k < end; b = this.bodies.at(++k))
      if (b) return b.rec.level === 'central' || b.rec.level === 'foreign' ? -1 : c;
    return -1;
  }

  /**
   * In a chain [from, end) after a name's comma, the "và" before a title that begins the next
   * person's: "ông A, Thứ trưởng Bộ Nội vụ và đại tướng" + "Tô Lâm" (the titles before it are A's,
   * the name after holds what follows it); `orComma`, or the comma ("các vị Đại biểu Quốc hội,
   * Bộ trưởng" + name). Its index, or -1.
   */
  andSplit(from: number, end: number, orComma = false): number {
    for (let c = end - 2; c > from; c--) {
      const f = this.scan.f(c);
      if ((f === 'và' || (orComma && f === ',')) && this.titles.at(c + 1) > 0) return c;
    }
    return -1;
  }

  /**
   * "Tổng thống Indonesia và Chủ tịch nước" + "B": before "và" another country's office (a country named
   * in it), after it one of ours (none named): the first is another person's. The "và" (or a comma:
   * countryCommaSplit), or -1.
   */
  foreignAndSplit(from: number, end: number): number {
    const c = this.andSplit(from, end);
    const and = c > 0 && this.abroadIn(from, c) && !this.abroadIn(c + 1, end);
    return and ? c : countryCommaSplit(this.scan, this.titles, this, from, end);
  }

  /** A country other than Việt Nam is named in tokens [a, b). */
  abroadIn(a: number, b: number): boolean {
    const s = this.scan;
    for (let k = a; k < b; k++) {
      const country = s.longest(k, 'country');
      if (country && !namesVietNam(s, k, country.end)) return true;
    }
    return false;
  }

  /**
   * The "của" at token c follows a person's title, with at most its topic between ("Đặc phái viên
   * về Khí hậu của", "Trợ lý của"): the titles after it may be the principal's or the envoy's. Not
   * "lời mời của", "chuyến thăm của".
   */
  envoyBefore(c: number): boolean {
    for (let j = c - 1; j >= Math.max(0, c - 6); j--) {
      if (!this.scan.cont(j + 1)) return false;
      if (this.titles.at(j) < 0) continue;
      const e = this.chain(j);
      return e === c || this.scan.f(e) === 'về';
    }
    return false;
  }

  /** A name the data knows starts at token k, an honorific before it or not. */
  knownAt(k: number): boolean {
    const s = this.scan;
    return !!s.longest(afterHonorifics(s, k), 'official');
  }

  /**
   * The name after a chain with "của" or "Trợ lý" in it (ofSplit) is the principal's, not the
   * envoy's or the assistant's, when the data knows it ("Đặc phái viên của Tổng Bí thư, Chủ tịch
   * nước Trung Quốc Tập Cận Bình"), or when the chain describes a name before it that has no title
   * of its own ("Ông A, Trợ lý Phó Thủ tướng B"). Else it may be either ("Trợ lý Ngoại trưởng
   * Daniel Kritenbrink", an assistant secretary), and the name keeps the whole chain.
   */
  principalNamed(chainEnd: number, lead: number): boolean {
    const s = this.scan;
    if (this.knownAt(chainEnd)) return !knownAideAt(s, afterHonorifics(s, chainEnd));
    if (s.f(lead - 1) !== ',' || !s.isCapWord(lead - 2)) return false;
    let k = lead - 2;
    while (k > 0 && s.cont(k) && s.isCapWord(k - 1)) k--;
    for (let j = Math.max(0, k - 12); j < k; j++) if (this.titles.at(j) >= 0 && this.chain(j) === k) return false;
    return true;
  }

  /**
   * In a chain [from, end), the "của" before which the titles are someone else's ("Đặc phái viên của"
   * + "Tổng Bí thư, Chủ tịch nước Trung Quốc" + "Tập Cận Bình"), or an aide's words: "Trợ lý", "thư
   * ký" + "Bộ trưởng Y tế X" (X is the minister; not "Tổng Thư ký"). The last one before a title, or -1.
   */
  ofSplit(from: number, end: number): number {
    const s = this.scan;
    const of = (c: number) => s.f(c) === 'của' || (AIDE_ENDS.get(s.f(c)) === s.f(c - 1) && s.f(c - 2) !== 'tổng');
    for (let c = end - 2; c >= from; c--) if (of(c) && this.titles.at(c + 1) > 0) return c;
    return -1;
  }

  /**
   * In a chain [from, end) after an appointment's "giữ chức (vụ)", "chức danh" or "làm", with a person
   * named before it in the sentence ("chỉ định ông A ... giữ chức vụ X, Y, Thủ tướng B chúc mừng"): the
   * offices are the appointee's, and the name after the chain takes what follows the last comma.
   */
  appointeeSplit(from: number, end: number): number {
    const s = this.scan;
    const appointed = s.wordsAt(from - 2, ['chức', 'vụ']) || s.wordsAt(from - 2, ['chức', 'danh']);
    if (!(appointed || s.f(from - 1) === 'chức' || s.f(from - 1) === 'làm')) return -1;
    let named = false;
    for (let k = from - 3; k >= 0 && k > from - 40 && !named && s.cont(k + 1) && !SENTENCE_ENDS.has(s.f(k)); k--)
      named = startsName(s, k);
    if (!named) return -1;
    for (let c = end - 1; c > from; c--) if (s.f(c) === ',') return c;
    return -1;
  }

  /**
   * In a chain [from, end) after "uỷ quyền (của)" or "thay mặt", the comma after the authoriser's
   * title: "Thừa uỷ quyền của Thủ tướng," + "Bộ trưởng ... X" (X is not the Prime Minister); after
   * a verb of receiving, the comma after the guest's ("Tiếp Đại sứ Nhật Bản," + "Chủ tịch nước X");
   * after a document's "của", the comma after its issuer's ("Quyết định của Thủ tướng," + "Thiếu tướng X").
   * Its index, or -1.
   */
  authoriserSplit(from: number, end: number): number {
    const s = this.scan;
    // "Thay mặt Thủ tướng," too: on his behalf.
    const authorised = [
      ['uỷ', 'quyền', 'của'],
      ['uỷ', 'quyền'],
      ['thay', 'mặt'],
    ];
    // "Tiếp Đại sứ Maroc," + "Chủ tịch nước X": the ambassador received, when the sentence opens with
    // the verb and another title follows the comma ("Hội kiến Tổng Bí thư, Chủ tịch nước X" is one man).
    const received =
      RECEIVING.some((w) => s.wordsAt(from - w.length, w) && s.isCap(from - w.length)) &&
      s.wordsAt(from, ['đại', 'sứ']);
    // "Theo Quyết định của Thủ tướng Chính phủ," + "Thiếu tướng X": the issuer's title.
    const issued =
      s.f(from - 1) === 'của' && [2, 3, 4].some((d) => DOCUMENT_WORDS.longestAt(s, from - d)?.end === from - 1);
    if (!received && !issued && !authorised.some((w) => s.wordsAt(from - w.length, w))) return -1;
    for (let c = from + 1; c < end - 1; c++) {
      if (s.f(c) !== ',') continue;
      // The authoriser's second seat goes with the first: "thừa ủy quyền của Tổng Bí thư, Chủ tịch nước," + "Phó Chủ nhiệm ...".
      const seat = SEATS.find((w) => s.wordsAt(c + 1, w) && s.f(c + 1 + w.length) === ',');
      if (seat && !received) c += seat.length;
      else return !received || this.titles.at(c + 1) > 0 ? c : -1;
    }
    return -1;
  }

  /**
   * A personal name at token j: 2-5 capitalised syllables, or a foreign name after a title
   * (person-names.ts). Returns its end or -1.
   */
  personName(j: number, afterTitle: boolean, lineStart = false): number {
    return personName(this.scan, this.titles, j, afterTitle, lineStart);
  }
}
