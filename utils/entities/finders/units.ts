/**
 * Units the gazetteer does not know by name, read from their structure: a head word
 * (lexicon-bodies.ts), the unit's own name, then what it belongs to. The name starts with a
 * capital ("Cục Quản lý thị trường", "Vụ Tổ chức cán bộ", "Hội đồng Thi đua - Khen thưởng") and
 * runs over the words that follow until the rest of the sentence starts (clause.ts), a place, a
 * person or another body; after it come the body it belongs to ("Vụ Pháp chế Bộ Công Thương"),
 * its locality ("Cục Thuế tỉnh Bắc Ninh"), its region ("Chi cục Hải quan khu vực II") or a
 * national qualifier ("... Trung ương"). Missions abroad name their country and where they sit.
 */
import { upperRun } from '../../text/chars';
import { isClause } from '../clause';
import { DOCUMENT_WORDS } from '../lexicon-documents';
import { UNIT_HEADS, UNIT_QUALIFIERS, type UnitHead } from '../lexicon-bodies';
import { SYLLABLE_FLAGS } from '../lexicon-format';
import { type Scan, TERM } from '../scan';
import type { BodyInfo } from '../match-data';
import { CENTRAL_SHORT_WORDS } from '../central-short';
import { abbrBracketEnd, enterpriseHeadEnd, frontBlockEnd, termAt, localityAt, placeAt } from './qualifiers';
import { pressAfter } from './qualifiers';
import { foreignNameAfterAt, namedAfterEnd, personAt } from './person-names';
import { countedBefore, placeNamed } from './class-references';
import {
  aboutLowerCase,
  commaPairEnd,
  congressEnd,
  fieldEnd,
  fieldJoined,
  fieldListEnd,
  lowerListEnd,
  lowerNameBefore,
  blocAndAt,
  fieldWordAt,
  lowerBlocAt,
  lowerRunEnd,
  lowerWord,
  nameWordsEnd,
  peopleAt,
} from './field-names';
export { lowerBlocAt };
import { namesVietNam } from './foreigners';
import { ABROAD, centralBoard, COMMITTEE_ID, countryOrganId, ownId } from './own-id';
import { countryAfter } from './foreigners';
import { commandTaskEnd, steeringEnd } from './steering';
import { mission } from './missions';
import { presidentsUnit, stateOrgan } from './foreign-organs';

export interface UnitParse {
  end: number;
  id: string;
  rec: BodyInfo;
  /** It belongs to a foreign party's organ: that party's id (foreign-organs.ts). */
  party?: string;
}

/** A body parser for what follows a unit's name (Bodies.at). */
export type BodyAt = (i: number, depth: number) => UnitParse | null;

const NUMBER = /^(\d+|[IVXLC]+)$/;
/** "Trung tâm Hội nghị", "Trung tâm Triển lãm", "Trung tâm Báo chí": places, not units. */
const VENUES = new Set(['hội', 'triển', 'báo']);
/**
 * After "Trung tâm", a civic centre's words: "Trung tâm Chính trị - Hành chính", "Trung tâm Hành
 * chính tỉnh X" are buildings (not "Trung tâm Hành chính công", the service centre, an agency).
 */
const civicCentre = (s: Scan, k: number) =>
  s.wordsAt(k, ['chính', 'trị', '-', 'hành', 'chính']) || (s.wordsAt(k, ['hành', 'chính']) && s.f(k + 2) !== 'công');
/** A unit's name read from its words is at most this many tokens ("Quản lý Khu công nghiệp - Khu chế
 * xuất"); a bloc's ("Khối Cơ quan - Doanh nghiệp tỉnh") goes on in lower case: it is read shorter. */
const [MAX_NAME, MAX_BLOC_NAME] = [9, 7];
/** A committee's or council's head word, folded ("Ủy ban", "Hội đồng"). */
const COMMITTEE_HEADS = new Set(['uỷ', 'hội']);
const AGENCY = ['cơ', 'quan'];
/** A military command's head words: "Bộ Tư lệnh", "Bộ Chỉ huy". */
const COMMANDS = [
  ['bộ', 'tư', 'lệnh'],
  ['bộ', 'chỉ', 'huy'],
];

/** The unit whose head word is at token i, or null. `lowerHead`: the head may be lower case (the last word of a title). */
export function unitAt(s: Scan, i: number, bodyAt: BodyAt, depth: number, lowerHead: boolean): UnitParse | null {
  if (!s.hasFlag(i, SYLLABLE_FLAGS.unitHead)) return null;
  const head = UNIT_HEADS.longestAt(s, i);
  // "cơ quan Cảnh sát điều tra Công an tỉnh X": this head in lower case, like one ending a title or a
  // court's division ("Tòa Hình sự TAND tỉnh X"), names a unit only with what it belongs to.
  const lower =
    lowerHead || s.f(i) === 'toà' || (!!head && !s.isCap(i) && s.wordsAt(i, AGENCY) && s.isCapWord(head.end));
  // A military region is one whatever its case: "nguyên Tư lệnh quân khu 2".
  const region = s.wordsAt(i, ['quân', 'khu']) && s.cont(i + 2) && /^[1-9]$/.test(s.c(i + 2));
  if (!head || (!s.isCap(i) && !lower && !region)) return null;
  // "Trưởng phòng Phòng Tài nguyên ...": the title's last word, then the unit named in full.
  if (lowerHead && s.f(head.end) === s.f(i)) return null;
  // Inside a country's name: "Tây Ban Nha" holds no unit "Ban Nha".
  if (i > 0 && (s.longest(i - 1, 'country')?.end ?? 0) > i) return null;
  // Counted, units are meant in general: "3 cơ quan Đảng ở Trung ương", "2 Cục". After a level
  // word, a place's name: "huyện Vụ Bản", "xã Ban Mai", "huyện Cục Sơn".
  if (countedBefore(s, i) || placeNamed(s, i)) return null;
  // A prefix the data knows ("Ban Chấp hành") is no head of a name: "trình Ban Chấp hành Đề án ...".
  if (s.all(i, 'body').some((h) => h.end > head.end && h.term.tags.has('only-prefix'))) return null;
  // A venue is not a body ("Trung tâm Hội nghị Quốc gia"), nor a room ("Phòng Truyền thống", "Phòng
  // Diên Hồng"), nor "Phòng" of "Quốc Phòng" ("Bộ trưởng Quốc Phòng Tea Banh").
  if (s.f(i) === 'trung' && (VENUES.has(s.f(head.end)) || civicCentre(s, head.end))) return null;
  const room = s.wordsAt(head.end, ['truyền', 'thống']) || s.wordsAt(head.end, ['diên', 'hồng']);
  if (s.f(i) === 'phòng' && (s.f(i - 1) === 'quốc' || room)) return null;
  // The president's office: "Văn phòng Tổng thống (Hàn Quốc)".
  if (s.isCap(i) && s.wordsAt(i, ['văn', 'phòng']) && s.wordsAt(head.end, ['tổng', 'thống']) && s.cont(head.end))
    return presidentsUnit(s, i, head.end);
  if (head.value === 'mission' || head.value === 'mission-known')
    return mission(s, i, head.end, bodyAt, depth, head.value === 'mission-known');
  if (head.value === 'chamber') {
    // A state's chamber ("Nghị viện bang Hessen"); a federation's: "Thượng viện Liên bang" (Brazil's), "Hội đồng Liên bang".
    const state = stateOrgan(s, i, head.end, s.f(i - 1) === 'tịch');
    const federal = s.isCap(head.end) && s.wordsAt(head.end, ['liên', 'bang']) && !s.has(head.end, 'country');
    const chamberEnd = federal ? head.end + 2 : head.end;
    const at = countryAfter(s, chamberEnd);
    const country = s.cont(at) ? s.longest(at, 'country') : undefined;
    if (state) return state;
    // Our National Assembly has no chambers: "Thượng viện", "Hạ viện" are another country's (a bare "Nghị viện" only after its chair's title).
    if (!country && s.f(i - 1) !== 'tịch' && (s.f(i) === 'nghị' || !s.isCap(i))) return null;
    const id = country ? countryOrganId(s, i, chamberEnd, country.term) : ownId(s.slugOf(i, chamberEnd), ABROAD);
    return { end: country?.end ?? chamberEnd, id, rec: { id, level: 'foreign' } };
  }
  let e = head.end;
  if (!s.cont(e)) return null;
  // "Bộ Tư lệnh" + "Quân khu 4", "Chi bộ" + "Vụ Pháp chế": a body right after the head is its name
  // (not after a lower-case "cơ quan": "cơ quan Mặt trận Tổ quốc" is any of the Front's agencies).
  const inner = lower && !lowerHead ? null : bodyAt(e, depth + 1);
  // "các Ban HĐND tỉnh", "các Phòng Công an huyện": the units of a body, in general; the body is read on its own.
  if (inner && (s.f(i - 1) === 'các' || s.f(i - 1) === 'những') && s.cont(i)) return null;
  // A Party committee's one commission is named: "Ủy ban Kiểm tra Thành ủy", never "Ủy ban Thành ủy".
  if (inner && s.wordsAt(i, ['uỷ', 'ban']) && head.end === i + 2 && COMMITTEE_ID.test(inner.id.split('--')[0]))
    return null;
  // A council's committees each have a name: "Phó Trưởng ban HĐND tỉnh" is one of them, unnamed (the council is read alone).
  if (inner && s.f(i) === 'ban' && head.end === i + 1 && inner.id.startsWith('hoi-dong-nhan-dan')) return null;
  if (inner) return { end: inner.end, id: `${s.slugOf(i, head.end)}--${inner.id}`, rec: inner.rec };
  // A military command named by a province or city alone: "Bộ Tư lệnh Thành phố Hồ Chí Minh",
  // "Bộ Tư lệnh TP.HCM" (with a name of its own, the name comes first: "Bộ Tư lệnh Thủ đô Hà Nội").
  if (head.end === i + 3 && COMMANDS.some((words) => s.wordsAt(i, words)) && nameEnd(s, e) <= e) {
    const city = localityAt(s, e, false);
    let known = false;
    for (let k = e; city && k < city.end && !known; k++) known = s.longest(k, 'loc')?.end === city.end;
    if (city && known) {
      const id = `${s.slugOf(i, head.end)}--${city.id}`;
      return { end: city.end, id, rec: { id, level: 'local' } };
    }
  }
  // (A department named by its number before what it belongs to: "Tổng cục 2 (Bộ Quốc phòng)", "Cục 12 Tổng cục Chính trị".)
  const numberedDept =
    head.value === 'named' && /^\d{1,2}$/.test(s.c(e)) && (s.f(e + 1) === '(' || !!bodyAt(e + 1, depth + 1));
  const command = commandTaskEnd(s, i, e, (k) => !!bodyAt(k, depth + 1)); // (e when none)
  if ((head.value === 'numbered' && NUMBER.test(s.c(e))) || numberedDept) e++;
  else if (head.value === 'numbered' && s.f(e) === 'số' && NUMBER.test(s.c(e + 1))) e += 2;
  else if (head.value === 'region' && NUMBER.test(s.c(e))) {
    e = regionEnd(s, e);
    if (e < 0) return null;
  } else if (command > e) {
    e = command;
  } else if (partyOfEnterprise(s, i, e)) {
    e = enterpriseEnd(s, e);
  } else if (enterpriseHeadEnd(s, e) > e || companyBoard(s, i, e)) {
    // A company's unit or board is no body of the State: "Văn phòng Tập đoàn", "Hội đồng Thành viên".
    return null;
  } else {
    // The name, a national qualifier alone ("Văn phòng Trung ương"), or one in lower case before its parent.
    let name = nameEnd(s, e) > e ? nameEnd(s, e) : (unitQualifierAt(s, e)?.end ?? e);
    const known = s.all(i, 'body').some((h) => h.end > e); // ("Ủy ban bầu cử": the data's name, not one to read)
    if (name === e && !lower && !known) name = lowerNameBefore(s, e, (k) => !!bodyAt(k, depth + 1));
    // A name "Các" alone goes on in lower case ("Vụ Các tổ chức quốc tế,"), or is none ("Vụ Các").
    if (s.f(e) === 'các' && name === e + 1 && !(name = lowerRunEnd(s, e + 1))) return null;
    // A name that stops before a word it cannot place is not read at all ("Trung tâm Phát triển ..."),
    // nor one before a state company's brand, the company's unit ("Viện Hàng không Vũ trụ Viettel").
    if (STATE_BRANDS.has(s.c(name)) || STATE_BRANDS.has(s.c(name - 1))) return null;
    const region = s.wordsAt(name, ['khu', 'vực']);
    // (A term after it is a word it can stop before: "Đảng ủy Ngoài nước" + "nhiệm kỳ 2010 - 2015".)
    if (name <= e || (lowerWord(s, name) && !s.has(name, 'level') && !region && !termAt(s, name))) return null;
    // Nor one that goes on with what it deals in: "Vụ Kiểm sát giải quyết" + "các vụ án dân sự".
    if (s.f(name) === 'các' && lowerWord(s, name + 1) && !s.has(name + 1, 'level')) return null;
    // "Ủy ban Quốc gia", "Hội đồng Quốc gia" with no task after them name none of the many there are.
    if (COMMITTEE_HEADS.has(s.f(i)) && s.wordsAt(e, ['quốc', 'gia']) && name === e + 2 && s.f(name) !== 'về')
      return null;
    // After a lower-case "cơ quan", a one-word name is a kind of agency ("cơ quan Đảng tỉnh"), another
    // unit is read alone ("các cơ quan Bộ tư lệnh Quân khu 5").
    if (lower && !lowerHead && (name - e < 2 || UNIT_HEADS.longestAt(s, e))) return null;
    // (A name that is the Front's, then its block: "Đảng bộ Mặt trận và các đoàn thể Trung ương".)
    e = frontBlockEnd(s, name);
    // A congress's sub-committee takes its number ("Tiểu ban Văn kiện Đại hội XIV"), a unit of a series its
    // numeral ("Vụ Địa phương I"), a region its number after its force ("Vùng Cảnh sát biển 2"), a unit of
    // the forces named by its branch its number ("Sư đoàn Không quân 371", "Chi đội Kiểm ngư số 2").
    if (
      (s.wordsAt(e - 2, ['đại', 'hội']) || head.value === 'region' || head.value === 'numbered') &&
      s.cont(e) &&
      NUMBER.test(s.c(e))
    )
      e++;
    else if (head.value === 'numbered' && s.f(e) === 'số' && s.cont(e + 1) && NUMBER.test(s.c(e + 1))) e += 2;
    else if (s.cont(e) && SERIES.test(s.c(e)) && !s.isCapWord(e + 1)) e++;
    // A national committee named by its task, read as a steering committee's: "Ủy ban Quốc gia về chuyển đổi số".
    else if (e === head.end + 2 && s.wordsAt(head.end, ['quốc', 'gia']) && s.f(e) === 'về')
      e = steeringEnd(s, head.end, (k) => !!bodyAt(k, depth + 1));
  }
  const nameEnds = e;
  const own = s.slugOf(i, e);
  let id = own;
  let level = 'central';
  if (s.wordsAt(e, ['khu', 'vực']) && s.cont(e + 2) && NUMBER.test(s.c(e + 2))) {
    e += 3;
    // The area's place after a dash: "Ban Chỉ huy Phòng thủ khu vực 3 - Ngọc Lặc" (each province
    // numbers its areas from 1, so the place is the name's).
    const place = s.f(e) === '-' && s.cont(e) && s.cont(e + 1) ? placeAt(s, e + 1) : null;
    if (place) e = place.end;
    id = s.slugOf(i, e);
  }
  // A president's unit is another country's (ours has none): "Cục Đối ngoại Tổng thống".
  const president = s.f(e) === 'của' ? e + 1 : e;
  if (s.cont(president) && s.wordsAt(president, ['tổng', 'thống'])) return presidentsUnit(s, i, president);
  // Its own abbreviation in brackets, before its owner: "Cơ quan Cảnh sát điều tra (CSĐT) Bộ Công an".
  const abbr = abbrBracketEnd(s, e);
  if (abbr > e && s.cont(abbr) && (bodyAt(abbr, depth + 1) || localityAt(s, abbr, false))) e = abbr;
  const parent = s.cont(e) ? bodyAt(e, depth + 1) : null;
  // A newsroom's department is the press organ's, no body: "Ban Thời sự (tại) Đài Truyền hình Việt Nam".
  if (!parent && pressAfter(s, e)) return null;
  // "Ban Đối ngoại" + "Trung ương Đảng Cộng sản Việt Nam": the board the data knows.
  const board = parent && centralBoard(own, parent);
  if (board) return { end: parent.end, ...board };
  if (parent) {
    // Another country's organ's unit is that country's, with no record of ours in its id (own-id.ts):
    // "Ủy ban Tư pháp Quốc hội Lào" is not our Judicial Committee.
    id = parent.rec.level === 'foreign' ? ownId(id, parent.id) : `${id}--${parent.id}`;
    level = parent.rec.level;
    e = parent.end;
  } else {
    const loc = localityAt(s, e, false);
    const qualifier = s.cont(e) ? unitQualifierAt(s, e) : undefined;
    const country = s.cont(e) ? s.longest(e, 'country') : undefined;
    if (loc) {
      id += `--${loc.id}`;
      level = 'local';
      e = loc.end;
    } else if (qualifier) {
      // "Hội đồng An ninh Quốc gia" + "Liên bang Nga": a national qualifier, then the country's.
      const its = s.cont(qualifier.end) ? s.longest(qualifier.end, 'country') : undefined;
      id = its ? countryOrganId(s, i, qualifier.end, its.term) : s.slugOf(i, qualifier.end);
      if (its && !namesVietNam(s, qualifier.end, its.end)) level = 'foreign';
      e = its ? its.end : qualifier.end;
    } else if (country) {
      id = countryOrganId(s, i, e, country.term);
      if (!namesVietNam(s, e, country.end)) level = 'foreign';
      e = country.end;
    }
  }
  // A head in lower case (the end of a title) names a unit only with what it belongs to; after
  // "các", a unit belonging to nothing named is a class ("các Ban Đảng Trung ương").
  if (lower && e === nameEnds) return null;
  if (!parent && level !== 'local' && (s.f(i - 1) === 'các' || s.f(i - 1) === 'những') && s.cont(i)) return null;
  return { end: e, id, rec: { id: own, level }, party: parent?.party };
}

/** A national qualifier after a unit's name at token j; "TƯ", "TW" as written ("tư" is a word). */
const unitQualifierAt = (s: Scan, j: number): { end: number } | undefined =>
  UNIT_QUALIFIERS.longestAt(s, j) ?? (s.cont(j) && CENTRAL_SHORT_WORDS.has(s.c(j)) ? { end: j + 1 } : undefined);

/** A numbered unit starts at token j: "Quân khu 4", "Sư đoàn 312" (the end of "Ban Thanh niên" + "Quân khu 4"). */
function numberedUnitAt(s: Scan, j: number): boolean {
  const head = UNIT_HEADS.longestAt(s, j);
  if (!head || !s.cont(head.end) || !NUMBER.test(s.c(head.end))) return false;
  return head.value === 'numbered' || (head.value === 'region' && regionEnd(s, head.end) > 0);
}

/** After a region's number at token k, its force ("Hải quân", "Cảnh sát biển"): the end, or -1. */
function regionEnd(s: Scan, k: number): number {
  const e = k + 1;
  if (!s.cont(e)) return -1;
  if (s.wordsAt(e, ['hải', 'quân'])) return e + 2;
  return s.wordsAt(e, ['cảnh', 'sát', 'biển']) ? e + 3 : -1;
}

/**
 * The end of a unit's own name from token k: a capitalised word, then capitalised words,
 * "-" or "và" before a capitalised word, and lower-case words, up to a clause, a relation word,
 * a level word, a place, a person, a title, a document or another body. A Party bloc's name
 * may go on "các ... và ..." ("Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh X").
 */
const SERIES = /^(I{1,3}|IV|V|VI{1,3})$/;
/** State companies' brands: a unit named before one is the company's, no body of the State. */
const STATE_BRANDS = new Set(['Viettel', 'EVN', 'VNPT', 'PVN', 'Petrovietnam', 'Vinacomin', 'MobiFone']);
/** "Hội đồng" + "thành viên" or "quản trị": a company's board. */
const companyBoard = (s: Scan, i: number, e: number) =>
  s.wordsAt(i, ['hội', 'đồng']) && (s.wordsAt(e, ['thành', 'viên']) || s.wordsAt(e, ['quản', 'trị']));

/** "Đảng bộ", "Đảng ủy" at i, and an enterprise's head words at e: "Đảng bộ Tập đoàn", "Đảng ủy Ngân hàng ...". */
const partyOfEnterprise = (s: Scan, i: number, e: number) =>
  (s.wordsAt(i, ['đảng', 'bộ']) || s.wordsAt(i, ['đảng', 'uỷ'])) && enterpriseHeadEnd(s, e) > e;

/**
 * The end of an enterprise's name at e: its head words ("Tổng công ty"), "Thương mại cổ phần" if
 * written out, then its own name if any ("Truyền tải điện Quốc gia", "Công thương Việt Nam").
 */
function enterpriseEnd(s: Scan, e: number): number {
  let k = enterpriseHeadEnd(s, e);
  if (s.wordsAt(k, ['thương', 'mại', 'cổ', 'phần'])) k += 4;
  else if (s.c(k) === 'TMCP') k++;
  // A name cut before a lower-case word of it ("Truyền" + "tải điện") is left out: the head alone
  // (but not before a term or a congress's number: "Đảng ủy Tổng công ty Tín Nghĩa nhiệm kỳ
  // 2015-2020", "Đảng bộ Tập đoàn Hóa chất Quân đội lần thứ X").
  const name = nameEnd(s, k);
  const ends = !lowerWord(s, name) || isClause(s, name) || termAt(s, name) || s.wordsAt(name, ['lần', 'thứ']);
  return name > k && ends ? name : k;
}

function nameEnd(s: Scan, k: number): number {
  const bloc = s.f(k) === 'khối';
  // A place or a country that is the first syllable of a name's word is not one ("Pháp" + "chế"), a
  // label before a colon ("- Ảnh: ...") a caption's credit; a person's name ends the unit's.
  const stops = (j: number) =>
    s.f(j + 1) === ':' ||
    (s.startsAny(j, TERM.loc | TERM.country) && !(lowerWord(s, j + 1) && s.isNamePair(j, j + 1))) ||
    !!unitQualifierAt(s, j) ||
    s.startsAny(j, TERM.title | TERM.official) ||
    // (Not a body named only with its place, no place after it: "Vụ Chính quyền địa phương".)
    (s.startsAny(j, TERM.body) &&
      !s.all(j, 'body').every((h) => h.term.tags.has('needs-place') && !s.startsAny(h.end, TERM.loc | TERM.level))) ||
    // A level word that begins a word of names is no place: "Ban Văn hóa - Xã hội".
    (s.startsAny(j, TERM.level) && !s.isNamePair(j, j + 1)) ||
    // A document's word, unless it is a field joined to another ("Vụ Kế hoạch - Tài chính").
    (!!DOCUMENT_WORDS.longestAt(s, j) && !fieldJoined(s, j)) ||
    numberedUnitAt(s, j) ||
    personAt(s, j) ||
    (j > k && foreignNameAfterAt(s, j)); // ("Trung tâm Khoa học-Kỹ thuật LEMT" + "Alexei Shkadarevich")
  if ((!s.isCapWord(k) && !lowerBlocAt(s, k)) || s.isShouting(k) || stops(k)) return k;
  let e = k + 1;
  if (bloc && s.f(e) === 'các' && s.cont(e)) e++;
  while (e < k + (bloc ? MAX_BLOC_NAME : MAX_NAME) && s.cont(e)) {
    const f = s.f(e);
    const namedAfter = namedAfterEnd(s, e);
    if (namedAfter > e) e = namedAfter;
    // After lower-case words, a capital goes on only with a word seen in names ("Quản lý Khu kinh tế",
    // not "Cục Lễ tân Philatov"), or an abbreviation of its subject: "Cục Kiểm tra VBQPPL".
    else if (s.isCapWord(e) && !stops(e) && (s.isCap(e - 1) || s.isNameWord(e) || upperRun(s.c(e), 3))) e++;
    // Or a field's word of a capital and a small syllable, which no name has ("... Phát triển Hồi giáo").
    else if (fieldWordAt(s, e) && !stops(e)) e += 2;
    // "và" before another unit's head and its name ("... Nông nghiệp và Chi bộ Trạm Y tế") ends
    // this one; not before a field's word ("Cục Quản lý đê điều và Phòng chống thiên tai").
    else if (
      (f === '-' || f === 'và') &&
      s.isCapWord(e + 1) &&
      s.cont(e + 1) &&
      !stops(e + 1) &&
      !(f === 'và' && headAndName(s, e + 1))
    )
      e += fieldWordAt(s, e + 1) ? 3 : 2;
    // "và" or "về" and a field in lower case, up to where the name can end: "Vụ Khoa học công nghệ
    // và môi trường", "Cục Giám định nhà nước về chất lượng công trình xây dựng".
    else if ((f === 'và' || f === 'về') && !s.isCap(e + 1) && !peopleAt(s, e + 1) && fieldEnd(s, e + 1) > e + 1)
      e = fieldEnd(s, e + 1);
    // "các" before a capitalised field ("Ban Quản lý các Khu kinh tế"), or in "Nội các" ("Văn phòng Nội các").
    else if (
      f === 'các' &&
      ((s.isCapWord(e + 1) && s.cont(e + 2) && !stops(e + 1) && s.isNamePair(e + 1, e + 2)) || s.f(e - 1) === 'nội')
    )
      e++;
    // "Cục Người có công": "người có công" (people of merit) is a name's, not a verb's.
    else if (f === 'có' && s.f(e - 1) === 'người' && s.f(e + 1) === 'công' && s.cont(e + 1)) e += 2;
    // An abbreviation's "&" ("Vụ KH&CN"), or "/" between two ("Cục Phòng chống HIV/AIDS"), without spaces.
    else if (
      (f === '&' || (f === '/' && upperRun(s.c(e - 1), 2) && upperRun(s.c(e + 1), 2))) &&
      s.isCap(e - 1) &&
      !s.spaceBefore(e) &&
      !s.spaceBefore(e + 1) &&
      s.isCapWord(e + 1)
    )
      e += 2;
    // "phòng, chống", "cứu hộ, cứu nạn" are one field's words (FIELD_COMMA_PAIRS): "Cục An ninh mạng và
    // phòng, chống tội phạm sử dụng công nghệ cao", "Phòng Cứu hộ, cứu nạn".
    else if (f === ',' && s.cont(e + 1) && commaPairEnd(s, e) > e) e = commaPairEnd(s, e);
    else if (f === ',') {
      const listed = fieldListEnd(s, e, k, stops);
      if (listed === e) break;
      e = listed;
    } else if (bloc && blocAndAt(s, e)) e += 2;
    else if (bloc && !s.isCap(e) && lowerWord(s, e)) e++;
    else {
      const more = nameWordsEnd(s, e);
      if (more === e) break;
      e = more;
    }
  }
  return s.f(e) === ',' && aboutLowerCase(s, k, e) ? lowerListEnd(s, e) : congressEnd(s, e);
}

/** Another unit's head at token k, and a capitalised name after it ("Chi bộ Trạm Y tế"). */
const headAndName = (s: Scan, k: number) => {
  const head = UNIT_HEADS.longestAt(s, k);
  return !!head && s.cont(head.end) && s.isCap(head.end);
};

export function record(s: Scan, i: number, end: number, level: string): UnitParse {
  const id = s.slugOf(i, end);
  return { end, id, rec: { id, level } };
}

export type { UnitHead };
