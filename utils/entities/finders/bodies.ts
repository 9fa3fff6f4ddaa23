/**
 * Bodies: a gazetteer organ composed with the prefixes before it ("Ban Thường vụ" + "Tỉnh ủy")
 * and extended by its qualifiers (locality, country, parliament, term, a steering committee's
 * task), or a unit read from its structure (units.ts); the longer wins. Class references
 * ("UBND các tỉnh", "Đảng bộ các cấp", "Ban Chỉ đạo cấp tỉnh") and the press are not bodies.
 * A body's id keeps what tells it apart (its record, locality, level and term).
 */
import { PRIORITY, type Candidate } from '../resolver';
import { type Hit, type Scan, TERM } from '../scan';
import type { BodyInfo } from '../match-data';
import { nameGoesOn } from '../clause';
import { SYLLABLE_FLAGS } from '../lexicon-format';
import {
  abbrBracketEnd,
  afterCongress,
  frontBlockEnd,
  bareOwnName,
  seatedOrgan,
  localityAt,
  ownAbbreviation,
  takesNoTerm,
  termAt,
} from './qualifiers';
import { steeringEnd } from './steering';
import { applyShortForms } from './short-forms';
import { adoptChainParty, countryQualifier, foreignPartyOrgan, governmentAbroad, stateOrgan } from './foreign-organs';
import { organOfAnother, regionalOrgan } from './foreign-organs';
import type { FoundBody } from './foreign-organs';
import type { Titles } from './titles';
import { lowerBlocAt, unitAt } from './units';
import {
  BO_AFTER,
  countedBefore,
  countriesAfter,
  noBodyStart,
  genericBefore,
  listedBeforeMany,
  manyBefore,
  namedInGeneral,
  ofLevels,
  spelledOutInGeneral,
  splitCase,
  aloneAt,
} from './class-references';
import { dashedMinistry, foreignMinistry, longerMinistry, foreignPartyAt } from './ministries';
import { COMMITTEE_ID, countryOrganId, ownId } from './own-id';
import { composePrefixed, standingAsOrgan } from './prefixed';
import { agencyUnit, organOfBare, partyOrganAt } from './party-agencies';
import { listScopeId } from './list-scope';
import { branchOf } from './branches';
import { ofParliamentEnd } from './of-parliament';

export interface BodyParse {
  /** The token after the body. */
  end: number;
  id: string;
  rec: BodyInfo;
  /** Its locality is a capitalised run guessed to be a place. */
  guessed?: boolean;
  /** The body without the term it ends with ("... nhiệm kỳ 2025-2030"), when it ends with one. */
  beforeTerm?: { end: number; id: string };
  /** A foreign party's organ: that party's id (foreign-organs.ts), and the organ's words as a slug. */
  party?: string;
  organ?: string;
}

const MAX_DEPTH = 4;
/** Words after a level word that make it a list of levels: "Đảng bộ tỉnh, thành phố". */
const LEVEL_LIST = new Set(['thành', 'xã', 'phường', 'huyện', 'quận', 'thị', 'đặc']);

export class Bodies {
  /** at(i), once read: a body standing alone, and one inside a composition (few tokens start a body). */
  private parsed = new Map<number, BodyParse | null>();
  private parsedInner = new Map<number, BodyParse | null>();
  /** Where a class reference that starts at a token ends (its organ's name): nothing inside it is read. */
  private classEnds = new Map<number, number>();
  constructor(
    private scan: Scan,
    private titles: Titles,
  ) {}

  /** Every body, longest at each position, left to right. */
  find(out: Candidate[]): void {
    const s = this.scan;
    const { inDocument, startTypes, syllableFlags, syllableIds } = s;
    const bo = s.gazetteer.idOf('bộ');
    const found: FoundBody[] = [];
    for (let i = 0; i < s.count; i++) {
      // Only a gazetteer body, a unit's head word or "Bộ" (a foreign ministry) starts a body.
      if (!(startTypes[i] & TERM.body) && !(syllableFlags[i] & SYLLABLE_FLAGS.unitHead) && syllableIds[i] !== bo)
        continue;
      if (inDocument[i] || syllableIds[i] < 0 || noBodyStart(s, i)) continue;
      const b = this.at(i);
      if (!b) {
        i = (this.classEnds.get(i) ?? i + 1) - 1; // nothing inside a class reference is read
        continue;
      }
      const organ = organOfBare(s, this.titles, b, (k) => this.at(k));
      found.push({ start: i, parse: organ ? { ...b, id: `${b.id}--${organ}` } : b });
      i = b.end - 1;
    }
    // (Officials read at(): the same party.)
    if (adoptChainParty(s, this.titles, found)) for (const { start, parse } of found) this.parsed.set(start, parse);
    const add = (from: number, to: number, id: string) =>
      out.push({ kind: 'body', start: s.start(from), end: s.end(to - 1), id, priority: PRIORITY.body });
    for (const [from, to, id] of applyShortForms(s, found)) add(from, to, `body:${id}`);
    for (const { start, parse } of found) {
      add(start, parse.end, `body:${parse.id}`);
      // Its own abbreviation in brackets after it is the same body: "Ủy ban Kiểm tra Trung ương (UBKT)".
      const abbr = ownAbbreviation(s, start, parse.end);
      if (abbr) add(abbr[0], abbr[1], `body:${parse.id}`);
    }
  }

  /** The body starting at token i, with its prefixes and qualifiers, or null. */
  at(i: number, depth = 0): BodyParse | null {
    if (i < 0 || i >= this.scan.count || depth > MAX_DEPTH) return null;
    const cache = depth === 0 ? this.parsed : this.parsedInner;
    let r = cache.get(i);
    if (r === undefined) cache.set(i, (r = this.parse(i, depth)));
    return r;
  }

  private parse(i: number, depth: number): BodyParse | null {
    const s = this.scan;
    if (i >= s.count || s.inDocument[i] || depth > MAX_DEPTH || splitCase(s, i)) return null;
    // A lower-case "bộ" names a ministry only after a title, a count or "của" ("hai bộ Quốc phòng"), not "cán bộ".
    if (!s.isCap(i) && s.f(i) === 'bộ' && !this.titles.endsAt(i) && !BO_AFTER.has(s.f(i - 1))) return null;
    if (s.f(i - 1) === 'liên' && !s.isCap(i - 1)) return null; // "Ủy ban liên Chính phủ": no government
    const agencies = partyOrganAt(s, i) ?? agencyUnit(s, i, (k) => this.at(k, depth + 1));
    if (agencies) return agencies;
    const known = s.has(i, 'body') ? this.known(i, depth) : null;
    if (known === 'generic') return null;
    // A head in lower case is the last word of a title: "Trưởng ban Tư tưởng Văn hóa Trung ương".
    const lowerHead = !s.isCap(i) && s.f(i - 1) === 'trưởng' && this.titles.endsAt(i + 1);
    const unit = unitAt(s, i, (k, d) => this.at(k, d), depth, lowerHead);
    // A unit read from its structure must say more than the gazetteer's names there, but not inside a composition.
    let best = known;
    if (unit) {
      let phraseEnd = i;
      const matches = depth === 0 ? s.matchesAt(i) : [];
      for (let k = 0; k < matches.length; k++)
        if (matches[k].term.t === 'body' && matches[k].end > phraseEnd) phraseEnd = matches[k].end;
      // Nor may it go on in lower case after a known organ ("Ban Chỉ đạo Nhà nước" + "xây dựng ..."),
      // unless the organ's place was only a guess ("Đảng ủy" + "Khối") or a bloc follows ("Đảng ủy" + "khối").
      const knownEnd = known?.end ?? i;
      const lowerAfterKnown =
        !!known && !known.guessed && s.isWord(knownEnd) && !s.isCap(knownEnd) && !lowerBlocAt(s, knownEnd);
      if (unit.end > Math.max(knownEnd, phraseEnd) && !lowerAfterKnown) best = unit;
    }
    if (depth > 0) return best;
    // A Party committee read so takes its term, as a known one: "Đảng ủy Tổng Công ty Tín Nghĩa nhiệm kỳ 2015 - 2020".
    const term = best === unit && unit && /^dang-(uy|bo)-/.test(unit.id) ? termAt(s, unit.end) : null;
    if (unit && term && !unit.id.includes('--') && !this.termNotTheBodys(i))
      best = { ...unit, end: term.end, id: `${unit.id}--${term.id}` };
    // An organ "of the provinces" in general is a class: "Ban Thường trực Ủy ban MTTQ Việt Nam cấp xã".
    if (best && ofLevels(s, best.end)) {
      this.classEnds.set(i, best.end);
      return null;
    }
    // "Bộ Nông nghiệp - Môi trường" is "Bộ Nông nghiệp và Môi trường"; "Đảng Cộng sản Nhật Bản" that country's party.
    const named = dashedMinistry(s, i) ?? foreignPartyAt(s, i) ?? longerMinistry(s, i, best);
    if (named && (!best || named.end > best.end)) return named;
    return best ?? foreignMinistry(this.scan, i);
  }

  /** A gazetteer body at token i, composed with what follows; 'generic' for a class reference. */
  private known(i: number, depth: number): BodyParse | null | 'generic' {
    const s = this.scan;
    // A name that is a common word, or a title's, in lower case is a body only as written so ("Thuế tỉnh X", not "nộp thuế").
    const hits = s.all(i, 'body').filter((h) => s.isCap(i) || !h.term.tags.has('cased'));
    // A prefix and the body after it ("Ban Thường vụ" + "Tỉnh ủy Quảng Ninh"), unless a longer
    // name holds the prefix ("Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương").
    let best: BodyParse | null = null;
    let prefixEnd = i;
    for (let k = hits.length - 1; k >= 0 && !best; k--)
      (best = this.prefixed(i, hits[k], depth)), (prefixEnd = hits[k].end);
    for (let k = hits.length - 1; k >= 0; k--) {
      const { term, end } = hits[k];
      const tags = term.tags;
      // A prefix alone where its organ is meant, in a list of offices: "Ủy viên Ban Thường vụ, Phó Chủ tịch HĐND xã".
      // A committee's board, capitalised ("Trưởng ban Tuyên giáo;"; "Ảnh: Ban tổ chức" is organisers).
      const board = tags.has('board') && s.f(i) === 'ban' && this.titles.endsAt(i + 1);
      const named = tags.has('alone') || (tags.has('board') && (end === i + 1 || s.anyCap(i + 1, end)));
      if (named && !best) best = aloneAt(s, i, end, board, term.rec, !this.titles.endsAt(i));
      // A newspaper or a broadcaster is no body, nor is the force its name holds ("Báo Công an nhân dân").
      if (tags.has('media')) {
        if (!best && depth === 0) this.classEnds.set(i, end);
        continue;
      }
      if (tags.has('only-prefix') && !tags.has('embassy') && !tags.has('friendship')) continue;
      const r = this.qualify(i, end, term.rec, tags, depth);
      // A class reference ("Đảng ủy các ...") unless a longer name holds it ("Đảng ủy các cơ quan Đảng Trung ương").
      if (r === 'generic') {
        // The organs' words are not read again inside it ("Ủy ban MTTQ Việt Nam các tỉnh" names no Front).
        if (!best && depth === 0) this.classEnds.set(i, end);
        return best ?? 'generic';
      }
      // As long as a prefix's composition, a local organ's name the data knows as a whole is that
      // name, its place after it ("Văn phòng Đoàn ĐBQH và HĐND" + "tỉnh", not "Văn phòng" + the delegation).
      const whole = r && best && r.end === best.end && end > prefixEnd && tags.has('local');
      if (r && (!best || r.end > best.end || whole)) best = r;
    }
    return best;
  }

  /** A prefix ("Ban Thường vụ", "Thường trực", "Văn phòng") and the body after it, or null. */
  private prefixed(i: number, hit: Hit<'body'>, depth: number): BodyParse | null {
    const s = this.scan;
    const { term, end } = hit;
    if (!term.tags.has('prefix') || !s.cont(end)) return null;
    const standingPrefix = term.tags.has('standing-prefix');
    // In lower case it says what something is: "cơ quan thường trực Ban chỉ đạo" (its standing agency).
    if (standingPrefix && (!s.isCap(i) || this.titles.endsAt(i) || this.afterTitledBody(i))) return null;
    // Its abbreviation in brackets may come first: "Ban Thường vụ (BTV) Tỉnh ủy".
    let inner = this.at(abbrBracketEnd(s, end), depth + 1);
    if (!inner) return null;
    // After a title or a congress the term is the tenure's or the congress's, not the body's,
    // however deep the body it follows ("Bí thư Đảng ủy Tòa án nhân dân tối cao nhiệm kỳ ...").
    if (inner.beforeTerm && depth === 0 && this.termNotTheBodys(i))
      inner = { ...inner, ...inner.beforeTerm, beforeTerm: undefined };
    // Inside a title ("Ủy viên Thường vụ", "Phó Trưởng ban Thường trực") the prefix is the title's,
    // unless it names a Party committee's standing committee ("Ủy viên Thường vụ Quân ủy Trung ương").
    // A board of ours whose "Ban" ends the title is the board ("Trưởng Ban" + "Ban dân vận Tỉnh ủy"),
    // an office whose "văn phòng" does the office ("Chánh văn phòng" + "văn phòng Tỉnh ủy").
    const board =
      (s.f(i) === 'ban' && this.titles.endsAt(i + 1) && term.tags.has('board') && inner.rec.level !== 'foreign') ||
      (term.rec.id === 'van-phong' && this.titles.endsAt(i + 2));
    const standing =
      term.rec.id.endsWith('thuong-vu') && (COMMITTEE_ID.test(inner.rec.id) || inner.rec.level === 'foreign');
    if (this.titles.inside(i) && !board && !standing) return null;
    const organ = (k: number) => !!this.at(k, depth + 1);
    const bodyEndsAt = (k: number) => this.startOfBodyEndingAt(k) >= 0;
    const hasStanding = inner.rec.tags?.includes('standing') || inner.rec.tags?.includes('na'); // NA committees' too (r369)
    if (standingPrefix && !hasStanding && !standingAsOrgan(s, i, inner.end, organ, bodyEndsAt)) return null;
    const tenure = depth === 0 && (s.f(inner.end) === 'nhiệm' || afterCongress(s, i)) && this.termNotTheBodys(i);
    return composePrefixed(s, i, term.rec, inner, tenure);
  }

  /** After a comma after a body in a title ("Ủy viên Bộ Chính trị," + "Thường trực Ban Bí thư"): a standing prefix is a title too. */
  private afterTitledBody(i: number): boolean {
    if (this.scan.f(i - 1) !== ',') return false;
    for (let p = i - 2; p >= Math.max(0, i - 10); p--) if (this.titles.endsAt(p)) return this.at(p, 1)?.end === i - 1;
    return false;
  }

  /** Extends a core body with its locality, country, parliament, term and topic qualifiers. */
  private qualify(
    i: number,
    end: number,
    rec: BodyInfo,
    tags: ReadonlySet<string>,
    depth: number,
  ): BodyParse | null | 'generic' {
    const { scan: s, titles } = this;
    let e = end;
    let id = rec.id;
    let guessed = false;
    if (tags.has('embassy') || tags.has('friendship')) {
      // "Hội Hữu nghị Việt - Lào"; an abbreviation in brackets first is the name's: "Đại sứ quán (ĐSQ) Việt Nam".
      const c = s.longest(abbrBracketEnd(s, e), 'country');
      if (!c) return null;
      // Each country by its id ("Đại sứ quán Hoa Kỳ" is "... Mỹ"); a friendship group by its record ("Nghị sĩ", "Nghị sỹ").
      let own = tags.has('friendship') ? ownId(rec.id, c.term.id) : countryOrganId(s, i, e, c.term);
      e = c.end;
      if (s.f(e) === 'tại' || s.f(e) === '-') {
        const c2 = s.longest(e + 1, 'country');
        if (c2) (own = ownId(own, s.f(e) === 'tại' ? 'tai' : '', c2.term.id)), (e = c2.end);
        // A city of ours it sits in is the same embassy's: "Đại sứ quán Mozambique tại Hà Nội".
        else if (s.f(e) === 'tại') e = s.longest(e + 1, 'loc')?.end ?? e;
      }
      return { end: e, id: `${rec.id}--${own}`, rec };
    }
    // A state's, another country's ("Quốc hội bang", "Chính phủ bang Bayern"); a branch ("NHNN Chi nhánh TPHCM").
    const titled = this.titles.endsAt(i) || this.titles.inside(i);
    const state = rec.level === 'local' ? null : (stateOrgan(s, i, e, titled) ?? branchOf(s, e, rec.id));
    if (state) return state;
    if (tags.has('place-after')) {
      // A national organ with a place after it is that place's: "MTTQ Việt Nam TP.HCM".
      // Its abbreviation in brackets may come first ("Bộ đội Biên phòng (BĐBP) tỉnh Thanh Hóa"), or "VN" ("MTTQ VN tỉnh X").
      const loc = localityAt(s, s.c(e) === 'VN' && s.cont(e + 1) ? e + 1 : abbrBracketEnd(s, e), false, false);
      if (loc) (e = loc.end), (id += `--${loc.id}`);
      // Or the place its list closes with: "các sở, ban, ngành, MTTQ, đoàn thể tỉnh" (the span stays).
      else if (depth === 0) id += listScopeId(s, e);
    }
    // A court named by its seat: "Tòa Phúc thẩm TAND tối cao tại Đà Nẵng".
    if (tags.has('seat') && s.f(e) === 'tại' && s.cont(e + 1)) {
      const seat = localityAt(s, e + 1, true);
      if (seat && !seat.guessed) return { end: seat.end, id: `${rec.id}--tai-${seat.id}`, rec };
    }
    // (With no area named, "khu vực" makes the class: "các đơn vị Kiểm toán nhà nước khu vực".)
    const seated = tags.has('judicial') || tags.has('area');
    if (seated && s.wordsAt(e, ['khu', 'vực'])) return seatedOrgan(s, i, e, rec) ?? 'generic';
    const court = seated ? seatedOrgan(s, i, e, rec) : null;
    if (court) return court;
    /** A level word with no place named after it ("Đảng bộ xã"): no one place. */
    let levelOnly = false;
    if (tags.has('local')) {
      // A term may come before the locality: "Đoàn đại biểu Quốc hội khóa XV tỉnh Nghệ An".
      const term = tags.has('needs-place') ? termAt(s, e) : null;
      // Its abbreviation in brackets may come before the place ("Hội đồng nhân dân (HĐND) tỉnh X"), a delegation's "đơn vị".
      let at = abbrBracketEnd(s, term ? term.end : e);
      if (tags.has('needs-place') && s.wordsAt(at, ['đơn', 'vị']) && s.has(at + 2, 'level')) at += 2;
      const loc = localityAt(s, at, tags.has('place'), tags.has('dept') || (tags.has('local') && !tags.has('place')));
      if (loc?.region) return regionalOrgan(id, loc);
      if (tags.has('abroad')) return null; // (an organ only another country's region has)
      if (loc) {
        levelOnly = s.longest(at, 'level')?.end === loc.end;
        if (s.has(loc.end - 1, 'level') && s.f(loc.end) === ',' && LEVEL_LIST.has(s.f(loc.end + 1))) return 'generic';
        if (term) id += `--${term.id}`;
        (e = loc.end), (id += `--${loc.id}`), (guessed = loc.guessed === true);
      } else if (tags.has('needs-place') && !bareOwnName(s, i, end, tags) && !titles.ownOrgan(i, end, tags)) {
        // Or the place its list closes with: "Ủy ban MTTQVN và các đoàn thể chính trị xã hội tỉnh".
        const listed = listScopeId(s, e);
        if (!listed) return null;
        id += listed;
      }
      // "Cục Thuế" alone: a province's up to the reform, the national department after (dated-names.ts).
      else if (spelledOutInGeneral(s, i, end, tags, rec)) return null;
    }
    // After "các" an organ's name with no place is a class: "các Ban Chỉ đạo", "các Sở", "các Đảng bộ xã".
    if ((id === rec.id || levelOnly) && manyBefore(s, this.titles, i)) return 'generic';
    if (id === rec.id && countedBefore(s, i)) return 'generic';
    if (tags.has('steering')) {
      const topic = steeringEnd(s, e, (k) => !!this.at(k, depth + 1), this.titles.endsAt(i) || this.titles.inside(i));
      if (topic < 0) return 'generic';
      // Each steering committee is its own body: "Ban Chỉ đạo quốc gia về hội nhập quốc tế".
      if (topic > e) id += `--${s.slugOf(e, topic)}`;
      e = topic;
    }
    if (tags.has('na') || (rec.level === 'central' && !tags.has('party-organ'))) {
      if (tags.has('na')) e = ofParliamentEnd(s, e);
      // Another country's parliament's or front's organ is theirs: "ỦY BAN TƯ PHÁP QUỐC HỘI LÀO", "UBDT Quốc hội Lào".
      const owner = e === end ? this.at(e, depth + 1) : null;
      if (owner?.rec.level === 'foreign') {
        const foreign = ownId(rec.id, owner.id);
        return { end: owner.end, id: foreign, rec: { id: foreign, level: 'foreign' } };
      }
    }
    // An organ of the Front's block: its whole name, with no record (no card of the organ it is named after).
    const block = frontBlockEnd(s, e);
    if (block > e) {
      const blockId = ownId(id, 'mat-tran-to-quoc-cac-doan-the-trung-uong');
      // Its term, as any organ's: "... các đoàn thể T.Ư khóa I".
      const blockTerm = termAt(s, block);
      const termed = blockTerm && !this.termNotTheBodys(i) ? blockTerm : null;
      const rec = { id: blockId, level: 'central' };
      return termed ? { end: termed.end, id: `${blockId}--${termed.id}`, rec } : { end: block, id: blockId, rec };
    }
    // "Chính phủ Công đảng", "Chính phủ Hoàng gia": another country's.
    const theirs = rec.level === 'central' && s.isCap(e) ? governmentAbroad(s, i, e) : null;
    if (theirs) return theirs;
    const country = countryQualifier(s, i, e, rec, depth === 0 && rec.level === 'central' && id === rec.id);
    if (country === 'generic' || (rec.level === 'central' && id === rec.id && s.cont(e) && countriesAfter(s, e)))
      return 'generic';
    // A parliament's delegation from abroad is no body; the parliament in it is ("Đoàn đại biểu Quốc hội Lào").
    if (country && rec.id === 'doan-dai-bieu-quoc-hoi' && country.rec?.level === 'foreign') return null;
    if (country) (e = country.end), (id = country.id ?? id), (rec = country.rec ?? rec);
    const term = depth === 0 && takesNoTerm(rec.id, tags) ? null : termAt(s, e);
    // A congress's term ("Đại hội Đảng bộ tỉnh X nhiệm kỳ ...") or a title's tenure is not the body's (prefixed.ts).
    let beforeTerm: BodyParse['beforeTerm'];
    const tenureWord = s.f(e) === 'nhiệm';
    // A congress's number too: "Đại hội đại biểu Đảng bộ tỉnh X khóa XX".
    if (term && !((tenureWord || afterCongress(this.scan, i)) && this.termNotTheBodys(i))) {
      if (tenureWord) beforeTerm = { end: e, id };
      e = term.end;
      id += `--${term.id}`;
    }
    const termEnd = e;
    // Generic uses: "UBND các tỉnh", "các Sở", "HĐND cấp xã", "Đảng bộ các cấp", "các bộ Quốc phòng".
    // (Or a national organisation, named so, with a branch at every level: "MTTQ Việt Nam các cấp".)
    const national = tags.has('place-after') && (s.wordsAt(e - 2, ['việt', 'nam']) || s.c(e - 1) === 'VN');
    const branched = tags.has('local') || tags.has('dept') || national;
    if (e === end && branched && namedInGeneral(s, i, e, tags.has('place') || tags.has('place-after')))
      return 'generic';
    if (e === end && tags.has('local') && listedBeforeMany(s, this.titles, i, e)) return 'generic';
    if (!s.isCap(i) && genericBefore(s, i)) return 'generic';
    if (e === end && (tags.has('optional') || (tags.has('ends') && nameGoesOn(s, e)))) return null;
    if (depth === 0 && !s.anyCap(i, e) && !(this.titles.endsAt(i) && tags.has('standing'))) return null;
    // A foreign party's central organ is that party's (foreignPartyOrgan); ours may name the Party in full.
    const abroad = tags.has('party-organ')
      ? (foreignPartyOrgan(s, i, e) ?? organOfAnother(s, i, e, (k) => this.at(k, depth + 1)))
      : null;
    if (abroad) return abroad;
    if (s.f(e - 1) === 'đảng' && s.wordsAt(e, ['cộng', 'sản', 'việt', 'nam'])) e += 4;
    return beforeTerm && e === termEnd ? { end: e, id, rec, guessed, beforeTerm } : { end: e, id, rec, guessed };
  }

  /** The start of a body that ends right before token e (at most 12 tokens long), or -1. */
  startOfBodyEndingAt(e: number): number {
    for (let k = Math.max(0, e - 12); k < e; k++) if (this.at(k)?.end === e) return k;
    return -1;
  }

  /** A term after a body at token i is a congress's or a tenure's ("Đại hội ...", a title before it), not a deputy's. */
  private termNotTheBodys(i: number): boolean {
    const deputy = this.scan.wordsAt(i - 2, ['đại', 'biểu']);
    return afterCongress(this.scan, i) || (this.titles.endsAt(i) && !deputy) || this.titles.inside(i);
  }
}
