/**
 * Officials: people the gazetteer knows by name; names introduced by a title chain before them
 * ("Phó Bí thư Thành ủy TPHCM Nguyễn Văn Tám"), also a list after a plural title ("các đồng chí
 * A, B, C", "các Phó Thủ tướng A, B và C"); names followed by their office ("Lê Minh Trí, Viện
 * trưởng ...", "Hồ Văn Tám, nguyên Phó Chủ tịch ...", "A và B, Phó Chủ tịch HĐND tỉnh",
 * "Nguyễn Văn A (SN 1965), cựu Giám đốc ..."); and every later mention of a name introduced so
 * (`names`, shared by the pieces of one article). Names followed by their office are apposed.ts's.
 */
import { PRIORITY, type Candidate } from '../resolver';
import { DASHES, SENTENCE_ENDS } from '../clause';
import { type Scan, TERM } from '../scan';
import { isAccused, isRankOnly } from '../types';
import { TOKEN_CAP } from '../../text/tokens';
import type { BodyParse, Bodies } from './bodies';
import { TitleChains } from './title-chains';
import { companyNamedBefore, companyPostNear, privateCompanyAt } from './companies';
import { isForeignName, namesAnotherCountry, namesVietNam, onAnotherSide, portfolioNameAt } from './foreigners';
import type { Titles } from './titles';
import { ABROAD, ownId } from './own-id';
import {
  afterHonorifics,
  aideBefore,
  deputiesOf,
  longerName,
  namesListedAfter,
  pluralBefore,
  unitNamedAfter,
} from './name-lists';
import { MODIFIERS, OfficesAfter, type Role } from './offices-after';
import { statusWordsBefore } from './status-words';
import { foldedName, type KnownNames, NameIndex } from './name-index';
import { apposedNames } from './apposed';
import { falseFriendBefore, levelBefore } from './person-names';
import { ordinaryPersonAt } from './ordinary';
import { nameAfterDistrict } from './district-place';
export type { KnownNames };
const NOT_AN_OFFICIAL = '-'; // a known name this article gives to a company's man (companyPeople), in KnownNames

/** A form of address alone ("đồng chí", "ông"), or a defendant's ("bị cáo"): no office either. */
const ADDRESS = /^(các )?(đồng chí|ông|bà|anh|chị)$|^bị (cáo|can)$/i;

const TRAILING = /[\s,:]+$/; // separators a title chain may end with, no part of the office
/** What opens an office written after a name: "A, Chủ tịch ...", "A – Chủ tịch ...", "A (Chủ tịch ...)". */
const COMPANY_POST_OPENERS = new Set([',', '-', '(']);

export class Officials {
  private chains: TitleChains;
  private offices: OfficesAfter;
  /** Bodies of ours named in a foreigner's office, by their start offset: their id abroad (bodiesIn). */
  private abroad = new Map<number, string>();
  /** The article gives some known name a company's post (companyPeople): look names up before linking. */
  private companyNames = false;

  constructor(
    private scan: Scan,
    private titles: Titles,
    private bodies: Bodies,
    private names: KnownNames,
  ) {
    this.chains = new TitleChains(scan, titles, bodies);
    this.offices = new OfficesAfter(scan, titles, this.chains);
  }

  find(out: Candidate[]): void {
    const first = out.length;
    this.companyPeople();
    this.knownOrTitled(out);
    apposedNames(this.scan, this.titles, this.chains, this.offices, this.bodies, (from, to, office) =>
      this.add(out, from, to, PRIORITY.apposedName, undefined, office),
    );
    this.rolesOfKnownNames(out, first);
    this.laterMentions(out);
    this.sideLists();
    if (this.abroad.size)
      for (let k = 0; k < first; k++) {
        const c = out[k];
        const id = c.kind === 'body' ? this.abroad.get(c.start) : undefined;
        if (id) c.id = id;
      }
  }

  private add(out: Candidate[], from: number, to: number, priority: number, id?: string, role?: Role): void {
    const s = this.scan;
    const c: Candidate = { kind: 'official', start: s.start(from), end: s.end(to - 1), id, priority };
    // A form of address alone ("đồng chí") is no office: the card shows none rather than it.
    if (role && (!ADDRESS.test(role.text) || isAccused(role.text))) {
      c.role = role.text;
      // A foreigner, or another country's office ("... Nhân đại toàn quốc Trung Quốc Triệu Lạc Tế", read as Vietnamese).
      const foreigner =
        isForeignName(this.scan, from, to) ||
        namesAnotherCountry(this.scan, this.bodies, role.from, role.to) ||
        onAnotherSide(this.scan, Math.min(from, role.from));
      const bodies = this.bodiesIn(role.from, role.to, foreigner);
      if (bodies.length) c.roleBodies = bodies;
      // A foreigner's office after the name is that country's too: "Phó Thủ tướng Trung Quốc X, Ủy viên ...".
      if (foreigner && role.to <= from) {
        const after = this.offices.after(to);
        if (after) this.bodiesIn(after.from, after.to, true);
      }
      // "Chính phủ do Thủ tướng Hun Manet đứng đầu": the organ he heads is his country's too.
      if (foreigner && s.f(role.from - 1) === 'do') {
        const k = this.bodies.startOfBodyEndingAt(role.from - 1);
        const led = k >= 0 ? this.bodies.at(k) : null;
        if (led) this.abroadId(k, led);
      }
    } else if (id)
      Object.assign(c, {
        ordinaryPerson: ordinaryPersonAt(s, from, to) || undefined,
        companyPost: companyPostNear(s, from, to),
      });
    out.push(c);
    if (to - from >= 2) this.names.set(foldedName(this.scan, from, to), id ?? '');
  }

  /** A name the chain introduced, with the gazetteer's id when it knows it (its role: heldBeforeGiven). */
  private addTitled(out: Candidate[], from: number, to: number, role?: Role): void {
    const rec = this.scan.longest(from, 'official', (_, e) => e === to);
    const held = role && this.offices.heldBeforeGiven(role, from, to);
    this.add(out, from, to, PRIORITY.titledName, rec ? `official:${rec.term.rec.id}` : undefined, held);
  }

  /**
   * The bodies of an office in tokens [a, b). `foreigner`: the holder's name is not Vietnamese, so
   * a national organ of ours named bare in the office is another country's ("Chủ tịch Quốc hội
   * Woo Won-shik", "Bộ trưởng Bộ Quốc phòng Tea Seiha"): its id is marked so (abroad), and no card
   * shows our organ's facts for it.
   */
  private bodiesIn(a: number, b: number, foreigner = false): string[] {
    const ids: string[] = [];
    for (let k = a; k < b; k++) {
      const body = this.bodies.at(k);
      if (!body) continue;
      ids.push(foreigner ? this.abroadId(k, body) : `body:${body.id}`);
      k = body.end - 1;
    }
    return ids;
  }

  /** National organs of ours named in another country's side's list ("Về phía Nga có ...; Bộ Quốc phòng;") are that country's. */
  private sideLists(): void {
    const s = this.scan;
    for (let k = 0; k < s.count; k++) {
      const body = s.isCap(k) ? this.bodies.at(k) : null;
      if (body && onAnotherSide(s, k)) this.abroadId(k, body);
      if (body) k = body.end - 1;
    }
  }

  /** The id of the body at token k in a foreigner's office: abroad when it is a national organ of ours, or one the data lacks. */
  private abroadId(k: number, body: BodyParse): string {
    const national = body.rec.level === 'central' || body.rec.level === 'unknown';
    if (!national || namesVietNam(this.scan, k, body.end)) return `body:${body.id}`;
    const id = `body:${ownId(body.id, ABROAD)}`;
    this.abroad.set(this.scan.start(k), id);
    return id;
  }

  /**
   * A name the gazetteer knows, read by its name alone, takes the office written after it when
   * another reading found one ("Nguyễn Văn A, Phó Tư lệnh Quân khu 7"), so that the card can tell
   * when the data's person of that name never held it.
   */
  private rolesOfKnownNames(out: Candidate[], first: number): void {
    const withBodies = new Map<string, Candidate>();
    for (let k = first; k < out.length; k++) {
      const key = `${out[k].start}:${out[k].end}`;
      // The first reading with an office wins, as the candidates were found.
      if (out[k].roleBodies && !withBodies.has(key)) withBodies.set(key, out[k]);
    }
    if (!withBodies.size) return;
    for (let k = first; k < out.length; k++) {
      const c = out[k];
      // An office before the name is the text's; a rank ("Thiếu tướng") or an address alone is none.
      if (!c.id || c.roleBodies || (c.role && !isRankOnly(c.role) && !ADDRESS.test(c.role))) continue;
      const other = withBodies.get(`${c.start}:${c.end}`);
      if (other) {
        c.role = other.role;
        c.roleBodies = other.roleBodies;
      }
    }
  }

  /** Gazetteer names, and names after a title chain. */
  private knownOrTitled(out: Candidate[]): void {
    const s = this.scan;
    const { inDocument, startTypes, syllableIds } = s;
    const pho = s.gazetteer.idOf('phó');
    const acting = s.gazetteer.idOf('quyền');
    for (let i = 0; i < s.count; i++) {
      // Only an official's name or a title (with "phó", "quyền" before it) starts one here.
      if (!(startTypes[i] & (TERM.official | TERM.title)) && syllableIds[i] !== pho && syllableIds[i] !== acting)
        continue;
      if (inDocument[i]) continue;
      const known = s.longest(i, 'official');
      if (
        known &&
        s.isCapWord(i) &&
        !falseFriendBefore(s, i) &&
        !longerName(s, this.chains, i, known.end) &&
        !(this.companyNames && this.names.get(foldedName(this.scan, i, known.end)) === NOT_AN_OFFICIAL)
      ) {
        // A defendant ("bị cáo", "bị can") is the role the card weighs against the data's offices that day.
        const accused = s.f(i - 2) === 'bị' && (s.f(i - 1) === 'cáo' || s.f(i - 1) === 'can');
        const role = accused ? { text: s.originalText(i - 2, i), from: i - 2, to: i } : undefined;
        this.add(out, i, known.end, PRIORITY.knownOfficial, `official:${known.term.rec.id}`, role);
        i = known.end - 1;
        continue;
      }
      // (Nor one inside a body begun before it: "Bộ tư lệnh Quân khu 5", "Ban Bí thư", "Cục Đối ngoại Tổng thống Nga".)
      if (this.titles.at(i) < 0 || this.insideBody(i) || this.chains.conferredRank(i)) continue;
      const chainEnd = this.chains.chain(i);
      if (privateCompanyAt(s, chainEnd) || privateCompanyAt(s, chainEnd - 1) || companyNamedBefore(s, chainEnd))
        continue;
      // The name after the chain holds only part of it: the titles after "của" ("Đặc phái viên của Tổng Bí thư X"),
      // or only its address when the chain is in apposition to a name before it ("Vương Đình Huệ, Ủy viên ...,
      // đồng chí B"; a fronted clause's titles are B's). Also after "cựu", "nguyên" ("Trung tướng A, cựu ...").
      const lead = MODIFIERS.has(s.f(i - 1)) ? i - 1 : i;
      // (After a dash too: "đồng chí A - Bí thư Đảng ủy, đồng chí B - Phó Bí thư".)
      const apposed = (s.f(lead - 1) === ',' || DASHES.has(s.f(lead - 1))) && s.isCapWord(lead - 2);
      // "A làm Phó trưởng ban, đồng chí B": the office is A's, given by the verb before it.
      const given = s.f(lead - 1) === 'làm' || s.f(lead - 1) === 'là' || s.wordsAt(lead - 2, ['giữ', 'chức']);
      const address = apposed
        ? Math.max(
            this.chains.addressSplit(i, chainEnd),
            this.chains.andSplit(i, chainEnd),
            this.chains.rankSplit(i, chainEnd, lead),
          )
        : given
          ? Math.max(this.chains.addressSplit(i, chainEnd), this.chains.andSplit(i, chainEnd))
          : -1;
      const { chains } = this;
      const plural = pluralBefore(s, i);
      // "các vị Đại biểu Quốc hội và Bộ trưởng" + "B" (or ", Bộ trưởng"): the plural titles are others'.
      const others = (plural || deputiesOf(s, i)) && s.f(chainEnd) !== ':' ? chains.andSplit(i, chainEnd, true) : -1;
      const split =
        address >= 0
          ? address
          : Math.max(
              chains.principalNamed(chainEnd, lead) ? chains.ofSplit(i, chainEnd) : -1,
              chains.authoriserSplit(i, chainEnd),
              chains.appointeeSplit(i, chainEnd),
              chains.andAddressSplit(i, chainEnd),
              chains.foreignAndSplit(i, chainEnd),
              chains.notOnePersonSplit(i, chainEnd),
              others,
            );
      const from = split < 0 ? i : split + 1;
      const addressed = split < 0 ? this.chains.addressSplit(i, chainEnd) : -1;
      const officeEnd = addressed >= 0 ? addressed : chainEnd;
      // The office with what the text says of it ("nguyên ..."), before an address ("Bí thư Tỉnh ủy, đồng chí" + "B").
      const office = s.originalText(from, officeEnd).replace(TRAILING, '');
      let words = split < 0 && !ADDRESS.test(office) && !isRankOnly(office) ? statusWordsBefore(s, i) : from;
      // "đã bầu Phó Chủ tịch nước A, Phó Thủ tướng B vào Ban Bí thư": elected to another organ, the office held.
      if (words === from - 1 && s.f(words) === 'bầu' && this.electedInto(chainEnd)) words = from;
      const role = { text: s.originalText(words, officeEnd).replace(TRAILING, ''), from, to: officeEnd };
      // (One office counted as one is one person's: "chỉ còn một Giám đốc là ông A và ông B, Phó Giám đốc".)
      // ("thường trực" in lower case alone qualifies a noun: "Bộ phận thường trực gồm ..." lists no office.)
      const adjective = !s.isCap(i) && chainEnd === i + 2 && s.wordsAt(i, ['thường', 'trực']);
      const named = adjective ? [] : namesListedAfter(s, this.chains, i, chainEnd);
      const listed = s.f(lead - 1) === 'một' ? named.slice(0, 1) : named;
      // Each one's office after the name, where it says more than the list's (OfficesAfter.ofListed).
      for (const [from, to] of listed) this.addTitled(out, from, to, this.offices.ofListed(to, role) ?? role);
      if (listed.length) {
        i = listed[listed.length - 1][1] - 1;
        continue;
      }
      // "Các đồng chí Phó Bí thư Tỉnh ủy: A, B"
      let end = plural && s.f(chainEnd) === ':' && s.cont(chainEnd + 1) ? chainEnd + 1 : chainEnd;
      // A spaced dash between the office and a Vietnamese name: "Phó Chủ tịch UBND tỉnh – Nguyễn Minh Lâm".
      if (
        DASHES.has(s.f(end)) &&
        s.spaceBefore(end) &&
        s.cont(end + 1) &&
        s.spaceBefore(end + 1) &&
        s.isSurname(end + 1)
      )
        end++;
      // An honorific before the name is neither ("Chủ tịch Thượng viện Campuchia Samdech Say Chhum").
      end = afterHonorifics(s, end);
      // A merged province's "(cũ)" after the office: "nguyên Chủ tịch UBND tỉnh Bắc Giang (cũ) Thân Văn Mưu".
      if (s.f(end) === '(' && s.wordsAt(end + 1, ['cũ', ')'])) end += 3;
      end = nameAfterDistrict(s, this.bodies, i, end); // a district's name first ("Huyện ủy Trần Văn Thời")
      if (end < 0) continue;
      let nameEnd = this.chains.personName(end, true);
      // A foreign minister's portfolio the data does not know: "Bộ trưởng Cảng và Sân bay Silvio Costa Filho".
      const portfolio = nameEnd <= end ? portfolioNameAt(s, i, end) : null;
      if (portfolio) (end = role.to = portfolio.start), (nameEnd = portfolio.end);
      if (portfolio) role.text = s.originalText(words, end).trim();
      // Lower-case titles ("đại biểu", "bộ trưởng") count before a Vietnamese name only.
      if (!s.isCap(i) && !this.lowerTitleContext(i) && !s.isSurname(end)) continue;
      if (nameEnd <= end) continue;
      // A Party committee's place, then its province: "Bí thư Huyện ủy Hoàng Su Phì - Hà Giang (cũ)".
      if (s.f(end - 1) === 'uỷ' && DASHES.has(s.f(nameEnd)) && s.longest(nameEnd + 1, 'loc')) continue;
      // Capitals that name a unit ("Trưởng phòng An Ninh", "Phó Chủ nhiệm Khoa Sư phạm"), no person.
      if (unitNamedAfter(s, this.titles, end) && !s.isStrongSurname(end) && !s.longest(end, 'official')) continue;
      // "Đồng chí X, Bí thư Tỉnh ủy ...", "Đại tá X, Chỉ huy trưởng ...": the office after the name.
      // "..., Đặc phái viên về Khí hậu của" + "Tổng thống John Kerry": whose? Open when the data lacks the name: none.
      // So after an aide's words: "Thư ký báo chí" + "Tổng thống Dmitri Peskov" (a press secretary).
      const unsure =
        (s.f(lead - 1) === 'của' && !this.chains.knownAt(end) && this.chains.envoyBefore(lead - 1)) ||
        (!this.chains.knownAt(end) && aideBefore(s, lead));
      // "gần 1.100 đại biểu, đồng chí B": a counted title before an address is the crowd's: B's is after the name.
      const crowd = addressed >= 0 && /^\d/.test(s.f(lead - 1));
      const own = ADDRESS.test(role.text) || isRankOnly(role.text) || crowd;
      this.addTitled(
        out,
        end,
        nameEnd,
        unsure ? undefined : (own && this.offices.after(nameEnd, end)) || (crowd ? undefined : role),
      );
      i = (plural ? this.listAfter(out, nameEnd, role, isForeignName(s, end, nameEnd)) : nameEnd) - 1;
    }
  }

  /** The names after the first one: ", B, C", " và D" (foreign after a foreign one: "Tanaka Mao"). The last's end. */
  private listAfter(out: Candidate[], k: number, role: Role, foreign: boolean): number {
    const s = this.scan;
    for (;;) {
      const sep = s.f(k);
      if ((sep !== ',' && sep !== 'và') || !s.cont(k + 1)) return k;
      const next = this.chains.personName(k + 1, foreign);
      if (next < 0) return k;
      this.addTitled(out, k + 1, next, role);
      k = next;
    }
  }

  /** Later mentions of a name found above (or in an earlier piece), not a place named after it ("xã Nguyễn Văn Linh"). */
  private laterMentions(out: Candidate[]): void {
    const s = this.scan;
    if (!this.names.size) return;
    const known = new NameIndex(this.names);
    for (let i = 0; i < s.count; i++) {
      if (!(s.tokenFlags[i] & TOKEN_CAP) || !known.mayStart(s, i)) continue;
      const m = known.longestAt(s, i);
      const place = levelBefore(s, i) && !this.titles.endsAt(i);
      if (!m || m.id === NOT_AN_OFFICIAL || s.isCapWord(m.end) || falseFriendBefore(s, i) || place) continue;
      // Inside a longer capitalised run (a place or another name): leave it.
      const run = i > 0 && s.isCapWord(i - 1) && !s.lineBefore(i) && !this.titles.endsAt(i) && !this.bodies.at(i - 1);
      if (run && s.end(i - 1) !== s.start(i) - 1) continue;
      out.push({
        kind: 'official',
        start: s.start(i),
        end: s.end(m.end - 1),
        id: m.id || undefined,
        priority: PRIORITY.laterMention,
      });
      i = m.end - 1;
    }
  }

  /** Token i is inside a body begun before it ("Bộ tư lệnh", "Cục Đối ngoại Tổng thống Nga"). */
  private insideBody(i: number): boolean {
    for (let k = i - 1; k >= Math.max(0, i - 6); k--) if ((this.bodies.at(k)?.end ?? 0) > i) return true;
    return false;
  }

  /** "vào" and an organ follow token k in its sentence: the names before are elected into it. */
  private electedInto(k: number): boolean {
    const s = this.scan;
    for (let j = k; j < k + 40 && s.cont(j) && !SENTENCE_ENDS.has(s.f(j)); j++)
      if (s.f(j) === 'vào' && this.bodies.at(j + 1)) return true;
    return false;
  }

  /** Lower-case titles count after a comma or "nguyên" ("bộ trưởng" rarely stands alone). */
  private lowerTitleContext(i: number): boolean {
    const before = this.scan.f(i - 1);
    return i > 0 && (before === ',' || MODIFIERS.has(before));
  }

  /**
   * Known names this article gives a company's post ("Trịnh Văn Quyết – cựu Chủ tịch Tập đoàn FLC"
   * is the businessman, not the general the data knows by that name): none of their mentions here
   * is the official's, before the post or after it.
   */
  private companyPeople(): void {
    const s = this.scan;
    const { startTypes } = s;
    for (let i = 0; i < s.count; i++) {
      if (!(startTypes[i] & TERM.official)) continue;
      const known = s.longest(i, 'official');
      if (known && this.companyPostAfter(known.end))
        this.names.set(foldedName(this.scan, i, known.end), NOT_AN_OFFICIAL);
    }
    // (An earlier piece of the article may have found one: the names are shared.)
    for (const id of this.names.values()) if (id === NOT_AN_OFFICIAL) this.companyNames = true;
  }

  /** A company's post, or a school's present headship ("Hiệu trưởng Trường ..."; a minister may be a former one), follows the name at token k. */
  private companyPostAfter(k: number): boolean {
    const s = this.scan;
    if (!COMPANY_POST_OPENERS.has(s.f(k)) || !s.cont(k + 1)) return false;
    const t = MODIFIERS.has(s.f(k + 1)) ? k + 2 : k + 1;
    if (t === k + 1 && (s.wordsAt(t, ['hiệu', 'trưởng']) || s.wordsAt(t, ['phó', 'hiệu', 'trưởng']))) return true;
    if (this.titles.at(t) < 0) return false;
    const end = this.chains.chain(t);
    return privateCompanyAt(s, end) || privateCompanyAt(s, end - 1);
  }
}
