/**
 * What the card says an entity is: its canonical name and, for a body or a document, what the
 * data and the text tell of it. Pure: reads the records that name entities (records.ts), never the
 * page; an official's positions are in official-facts.ts.
 */
import { cardRecords, type OfficialName } from './records';
import { sharedNameOf } from './dated-names';
import { districtSuccessor, namesPlace } from './district-ends';
import { describeDocument } from './card-documents';
import { ordinal } from './document-ids';
import { spellCentralOut } from './central-short';
import { forDisplay, matchKey, slugify } from '../text/normalize';
import type { BodyRecord, EntityCard, EntitySpan, LocalityRecord } from './types';
import { ABROAD } from './finders/own-id';

let bodies: Map<string, BodyRecord> | undefined;
let localities: Map<string, LocalityRecord> | undefined;
function maps() {
  if (!bodies) {
    bodies = new Map(cardRecords().bodies.map((b) => [b.id, b]));
    localities = new Map(cardRecords().localities.map((l) => [l.id, l]));
  }
  return { bodies, localities: localities! };
}

/**
 * Each list of officials indexed on first use: by id, and (only when a name is looked up) by the
 * match key of every name and alias, to the first record that has it.
 */
interface OfficialIndex {
  byId: Map<string, OfficialName>;
  byName?: Map<string, OfficialName>;
}
const indexes = new WeakMap<readonly OfficialName[], OfficialIndex>();
function indexOf(all: readonly OfficialName[]): OfficialIndex {
  let index = indexes.get(all);
  if (!index) {
    const byId = new Map<string, OfficialName>();
    for (const o of all) if (!byId.has(o.id)) byId.set(o.id, o);
    indexes.set(all, (index = { byId }));
  }
  return index;
}
function byName(all: readonly OfficialName[], index: OfficialIndex): Map<string, OfficialName> {
  if (!index.byName) {
    index.byName = new Map();
    for (const o of all)
      for (const n of [o.name, ...(o.aliases ?? [])]) {
        const key = matchKey(n);
        if (!index.byName.has(key)) index.byName.set(key, o);
      }
  }
  return index.byName;
}

/** The official in `all` a span names: by its id, else by name or alias. */
export function matchOfficial<T extends OfficialName>(all: readonly T[], span: EntitySpan): T | undefined {
  const index = indexOf(all);
  if (span.id?.startsWith('official:')) {
    const r = index.byId.get(span.id.slice(9));
    if (r) return r as T;
  }
  return byName(all, index).get(matchKey(span.text)) as T | undefined;
}

/** "UBND tỉnh X" → "Ủy ban nhân dân tỉnh X", "NHNN Việt Nam" → "Ngân hàng Nhà nước Việt Nam": an abbreviation spelled out. */
function expandAbbreviation(text: string, rec: BodyRecord): string {
  const abbr = (rec.abbr ?? [])
    .filter((a) => text === a || text.startsWith(`${a} `))
    .sort((a, b) => b.length - a.length)[0];
  if (abbr === undefined) return text;
  // ("MTTQ VN" + "tỉnh X": "VN" is the name's "Việt Nam".)
  const rest = text.slice(abbr.length).replace(/^ VN(?= |$)/u, rec.name.endsWith(' Việt Nam') ? '' : ' VN');
  if (rec.name.endsWith(rest)) return rec.name;
  // The name's last words may open the rest: "BCH Trung ương" + " Đảng khóa XII" is "Ban Chấp hành
  // Trung ương Đảng" + " khóa XII", not "... Đảng Đảng khóa XII".
  const words = rest.trim().split(' ');
  for (let n = words.length - 1; n > 0; n--)
    if (rec.name.endsWith(` ${words.slice(0, n).join(' ')}`)) return `${rec.name} ${words.slice(n).join(' ')}`;
  return rec.name + rest;
}

/** A place's level by the level word its id part begins with ("xa-yen-dinh", "huyen-nghi-loc", "tinh"). */
const PLACE_LEVELS: [RegExp, string][] = [
  [/^tinh(-|$)/, 'province'],
  // (A slug drops the marks that tell "quận" from "quân": "quan-khu-7", "quan-doan-34" are army units,
  // and a bare "quan" may be either: "Đảng ủy Quân" cut from "Đảng ủy Quân khu".)
  [/^(huyen|thi-xa)(-|$)|^quan-(?!(khu|doan|chung|su|doi)(-|$))/, 'district'],
  [/^(xa|phuong|thi-tran|dac-khu)(-|$)/, 'commune'],
];
/** Words that name a national organisation as the national one. */
const NATIONAL = /Việt Nam|VN|Trung ương|TƯ|TW|T\.Ư/u;

/** Id parts that are a term ("khoa-xi", "nhiem-ky-2025-2030"), not a place. */
const TERM_PART = /^(khoa|nhiem-ky)-/;

/**
 * An id part after an organ's that is itself a body of the data ("ban-thuong-vu--thanh-uy--..."),
 * unless it is another country's after one of ours: then it is a place whose slug a foreign body
 * shares ("thanh-uy--nha-trang" is Nha Trang's, not the White House, "Nhà Trắng").
 */
function bodyPart(part: string, of: BodyRecord): BodyRecord | undefined {
  const b = maps().bodies.get(part);
  return b && !(b.level === 'foreign' && of.level !== 'foreign') ? b : undefined;
}

/** `day`: the article's, when known: a place's level may depend on it (LocalityRecord.cityFrom). */
function describeBody(span: EntitySpan, day?: string): EntityCard {
  const { bodies, localities } = maps();
  const parts = (span.id ?? '').replace(/^body:/, '').split('--');
  const rec = bodies.get(parts[0]);
  const card: EntityCard = { kind: 'body', name: span.text, id: span.id };
  // Another country's organ whose country the text leaves unknown ("Thượng viện", "Tỉnh ủy" of a Lao province);
  // not a name of ours that ends so ("Vụ Phát triển thị trường nước ngoài" of the Ministry of Industry and Trade).
  if (!rec && parts[0].endsWith(`-${ABROAD}`) && parts[0] !== slugify(span.text)) card.level = 'foreign';
  if (!rec) return card;
  const last = parts[parts.length - 1];
  // "Ban Thường vụ--Thành ủy--TPHCM": the organ is the middle part; "Ban Chấp hành--Ban Chấp hành
  // Trung ương Đảng": the last part is itself a body and says what this is.
  const inner =
    parts.length > 1 ? (bodyPart(last, rec) ?? (parts.length > 2 ? bodyPart(parts[1], rec) : undefined)) : undefined;
  const core = inner ?? rec;
  const { loc, level } = ofOurs(rec, parts[1]) ? { loc: undefined, level: undefined } : placeOf(parts, core, day);
  // An abbreviation in brackets inside the name is not part of it: "Ngân hàng Nhà nước (NHNN) Việt Nam".
  const text = span.text.replace(/ \([\p{Lu}\d&.-]{2,}\)/gu, '');
  card.fullName = expandAbbreviation(forDisplay(text), rec);
  // The record's own name when the text is just one of its names ("Bộ KH&ĐT"); else the text as
  // written, abbreviation spelled out ("UBND tỉnh Bình Dương" → "Ủy ban nhân dân tỉnh Bình Dương").
  const names = [rec.name, ...(rec.aliases ?? []), ...(rec.abbr ?? [])].map(matchKey);
  // A short name two bodies shared ("Bộ Nông nghiệp"): the body its id says (dated-names.ts).
  // "TƯ", "T.Ư", "TW" are "Trung ương": "Ban Tổ chức TW" is named in full.
  const written = matchKey(spellCentralOut(text));
  const shared = sharedNameOf(span);
  if (shared) card.shared = shared;
  // A full name of its own the text uses is kept as written: the record's name may be an earlier
  // one ("Ban Chỉ đạo Trung ương về phòng, chống tham nhũng" before "..., tiêu cực" in 2022).
  const fullAlias =
    matchKey(rec.name) === written
      ? undefined
      : (rec.aliases ?? []).find((a) => a.length > rec.name.length && matchKey(a) === written);
  // A national organisation with branches at every level ("Mặt trận Tổ quốc", "Đoàn TNCS Hồ Chí
  // Minh", "Bộ đội Biên phòng"), named without its country, "Trung ương" or a place: which level's,
  // the text does not say (a ward's Front, in a ward's news), so the card names it as written.
  const anyLevel = parts.length === 1 && rec.tags?.includes('place-after') && !NATIONAL.test(span.text);
  if (fullAlias) card.fullName = fullAlias;
  else if ((names.includes(written) || shared) && !anyLevel) card.fullName = rec.name;
  card.name = card.fullName;
  // "Tỉnh ủy" in an article that names one province, "Đảng ủy xã" in one that names one commune,
  // or in a provincial paper's article that names none (article-places.ts): its full name has the
  // place, and the card says where it came from.
  const commune = !loc && /^(xã|phường) /iu.exec(span.placeFromArticle ?? '');
  const place =
    (loc && placeOnDay(loc, day)) ??
    (commune && {
      type: commune[1].toLowerCase(),
      name: span.placeFromArticle!.slice(commune[0].length),
      needsLevel: true,
    });
  // (Not a bare organ whose owner the id names before the place: "Ban Chấp hành" of "Đảng ủy UBND tỉnh" in a list.)
  const ownerUnwritten = parts.length > 2 && names.includes(written);
  // Or a national organisation's branch its list places ("MTTQ, đoàn thể tỉnh Lâm Đồng", list-scope.ts).
  const branch = !!core.tags?.includes('place-after');
  const listed = branch && parts.length === 2 && names.includes(written);
  if ((span.placeFromArticle || span.placeFromSite || listed) && place) {
    if (!ownerUnwritten) card.fullName = withPlace(card.fullName, place, branch);
    if (span.placeFromSite) card.placeFromSite = `${place.type} ${place.name} (${span.placeFromSite})`;
    else if (span.placeFromArticle) card.placeFromArticle = `${place.type} ${place.name}`;
  }
  // An organisation of nations (the UN, ASEAN, the EU) is no other country's: Việt Nam sits in some.
  card.level = anyLevel
    ? undefined
    : level === 'foreign' && core.tags?.includes('international')
      ? 'international'
      : level;
  card.validFrom = core.from;
  // A body that ended before its province merged ("Sở Thông tin và Truyền thông tỉnh Lào Cai",
  // merged into another department on 2025-02-28) ended then, and has no merged province's successor.
  // A committee formed for one task ("Ủy ban bầu cử tỉnh Hà Giang" of 2021) ends with it: its
  // province's merger made no successor of it.
  // An organ of a kind that ended ("Ban cán sự đảng" + "UBND tỉnh Hà Giang": early 2025, on a day
  // each locality's own) has no merged province's successor either; its day is not said.
  const kindEnded = rec !== core && (!!rec.to || !!rec.tags?.includes('kind-ended'));
  const termEnded = termBeforeMerger(parts, core);
  const endedFirst =
    (!!core.to && !!loc?.to && core.to < loc.to) ||
    !!core.tags?.some((t) => t === 'ad-hoc' || t === 'steering') ||
    kindEnded ||
    termEnded;
  // (Such an organ's or term's own last day the data does not know: the core's is not it.)
  card.validTo = kindEnded || termEnded ? undefined : endedFirst ? core.to : (loc?.to ?? core.to);
  // An organ of another ("Ban cán sự đảng" + a ministry) is not what that one merged into.
  // Nor is a national department a province's organ's successor ("Cục Hải quan tỉnh Lạng Sơn" went
  // into a regional branch; the bare name became the national department's).
  const next = core.successor && rec === core ? bodies.get(core.successor) : undefined;
  const succ = loc && core.level === 'local' && next?.level === 'central' ? undefined : next;
  // From when: a 2023 article's card says the merger is to come, not that it had happened.
  // A district's body named by a province's name is a namesake district's ("Huyện ủy Hòa Bình", of
  // Bạc Liêu): the district level's end is its, not the province's merger.
  if (succ) card.successor = `${succ.name}${successorFrom(core, succ)}`;
  // (A district's organ with no district named, "Thị đoàn", may be one that ended before the level did.)
  else if (card.level === 'district' && namesPlace(parts)) card.successor = districtSuccessor(core, parts);
  else if (loc?.successor && !endedFirst) {
    const s = localities.get(loc.successor);
    // (From the day after the province's last: the 2025 mergers, or an older one, Hà Tây's of 2008.)
    if (s)
      card.successor = `${successorName(card.fullName, core, loc, s, rec)} (từ ${loc.to ? dayAfter(loc.to) : '2025-07-01'})`;
  }
  card.sources = [rec.src, loc?.src].filter((x): x is string => !!x).map((k) => cardRecords().sources[k] ?? k);
  return card;
}

/**
 * A body of one term ("khoa-xiv", "nhiem-ky-2016-2021") lasted as long as its term: one whose
 * term ended before the provinces merged (2025-07-01) had no merged province's successor ("Đoàn
 * ĐBQH khóa XIV tỉnh Phú Yên" ended in 2021). A term numbered by its locality ("HĐND tỉnh khóa
 * IX") ends on a day the data does not know, so no successor is said for it either; the National
 * Assembly's terms are the country's (khóa XV ran from 2021 into 2026).
 */
function termBeforeMerger(parts: readonly string[], core: BodyRecord): boolean {
  const term = parts.find((p) => TERM_PART.test(p));
  if (!term) return false;
  const years = term.match(/^nhiem-ky-\d{4}-(\d{4})$/);
  if (years) return Number(years[1]) < 2025;
  const n = ordinal(term.replace(TERM_PART, '')); // NaN for a number it cannot read: not known
  return core.id === 'doan-dai-bieu-quoc-hoi' || core.id === 'quoc-hoi' ? !(n >= 15) : true;
}

/**
 * A mission or a friendship association named after Việt Nam first is ours, not another
 * country's: "Đại sứ quán Việt Nam tại Trung Quốc", "Hội Hữu nghị Việt Nam - Lào" (its level is
 * none of the card's). `own`: the id's part after the record's ("dai-su-quan-viet-nam-tai-trung-quoc").
 */
function ofOurs(rec: BodyRecord, own: string | undefined): boolean {
  if (!own || !rec.tags?.some((t) => t === 'embassy' || t === 'friendship')) return false;
  return [rec.name, ...(rec.abbr ?? [])].some((n) => own.startsWith(`${slugify(n)}-viet-nam`));
}

/** " (từ 2025-03-01)": the successor's first day, or the day after the body's last. */
function successorFrom(core: BodyRecord, succ: BodyRecord): string {
  if (succ.from && (!core.to || succ.from >= core.to)) return ` (từ ${succ.from})`;
  return core.to ? ` (từ ${dayAfter(core.to)})` : '';
}

function dayAfter(day: string): string {
  const next = new Date(`${day}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/**
 * A place as it was on the article's day: a province that became a city (Huế, 2025) was the
 * province of its old name before; on a day not known, which it was is left open (none).
 */
function placeOnDay(
  loc: LocalityRecord,
  day: string | undefined,
): Pick<LocalityRecord, 'type' | 'name' | 'needsLevel'> | undefined {
  if (!loc.cityFrom) return loc;
  if (!day) return undefined;
  return day < loc.cityFrom ? { type: 'tỉnh', name: loc.provinceName ?? loc.name } : loc;
}

/**
 * Where a body sits, and so its level, from its id's parts and the article's day: the province the
 * data knows (none for a town or a city whose level the day leaves open) and the level.
 */
function placeOf(parts: string[], core: BodyRecord, day: string | undefined): { loc?: LocalityRecord; level?: string } {
  const { localities } = maps();
  // "UBND tỉnh Bình Dương": the place is the last part but a term ("Ban Chấp hành Tỉnh đoàn Bình
  // Dương khóa XI"), unless it is a body of the data or the organ is another country's: a
  // province's, with or without its level word, when the data knows it; a commune's or a
  // district's when its level word says so.
  const tail = parts.slice(1).filter((p) => !TERM_PART.test(p));
  const place =
    tail.length && !bodyPart(tail[tail.length - 1], core) && core.level !== 'foreign'
      ? tail[tail.length - 1]
      : undefined;
  const placeLevel = place ? PLACE_LEVELS.find(([re]) => re.test(place))?.[1] : undefined;
  // (The place itself, else the longest the place ends with: "quang-nam-da-nang" is that old
  // province, not Đà Nẵng.)
  const locId =
    place && (!placeLevel || placeLevel === 'province')
      ? localities.has(place)
        ? place
        : [...localities.keys()].filter((k) => place.endsWith(`-${k}`)).sort((a, b) => b.length - a.length)[0]
      : undefined;
  const province = locId ? localities.get(locId) : undefined;
  // A town is not a province ("Thành ủy Bắc Ninh", "UBND thành phố Thanh Hóa", "Phòng ... thành
  // phố Biên Hòa"): a city that is not one of the centrally-run ones the data knows was a
  // district-level unit until 2025. A province that became a city (Huế, 2025) was one before: on a
  // day unknown, its "thành phố" may be either, and the level is left unknown.
  const wasProvince =
    province?.type === 'tỉnh' || (province?.cityFrom ? (day ? day < province.cityFrom : undefined) : false);
  const namedTown = /^(thanh-pho|tp)-/.test(place ?? '') || core.levelOf === 'city';
  const town = (namedTown && wasProvince === true) || (/^(thanh-pho|tp)-/.test(place ?? '') && !province);
  const unsure = namedTown && wasProvince === undefined;
  const loc = town || unsure ? undefined : province;
  // A court's or procuracy's seat ("cấp cao tại Đà Nẵng", "khu vực 1 - Hà Nội", "Tòa Phúc thẩm
  // ... tại Đà Nẵng") is no level of its own: the place only says where it sits.
  const seat = parts.some((p) => p === 'cap-cao' || p.startsWith('khu-vuc-') || p.startsWith('tai-'));
  // An organ named by its level says it; else a province's town is a district, a province the data
  // knows a province, a level word its level ("Phòng Kinh tế xã X", from 2025, is the commune's),
  // and a place none of these names leaves the level unknown: "Thành ủy Vinh" is a city's, not a
  // province's, and a national organ with a place after it ("Đoàn TNCS Hồ Chí Minh thành phố
  // Vinh") is not central.
  const level = seat
    ? undefined
    : core.levelOf === 'name'
      ? core.level
      : town
        ? 'district'
        : unsure
          ? undefined
          : loc
            ? 'province'
            : place
              ? placeLevel
              : core.levelOf === 'city'
                ? undefined
                : core.level;
  return { loc, level };
}

/**
 * A merged province's body, named after the merger: the name as written with the place renamed
 * ("Đoàn TNCS Hồ Chí Minh tỉnh Bình Dương" → "... thành phố Hồ Chí Minh"); else the organ's
 * record with the new place ("Ủy ban nhân dân thành phố Hồ Chí Minh"), but only the new place for a
 * national organisation's local body, whose record names the national one.
 */
/** A name's term at its end ("... nhiệm kỳ 2020-2025", "... khóa XX"). */
const TERM_AT_END = /\s+(nhiệm kỳ\s+\d{4}\s*[-–]\s*\d{4}|khóa\s+\S+|khoá\s+\S+)$/iu;

/** A bare organ's name with its place, before its term: "Ban Chấp hành Đảng bộ tỉnh Thanh Hóa khóa XX". */
/** `leveled`: a national organisation's branch names its level ("Mặt trận Tổ quốc Việt Nam tỉnh Lâm Đồng"). */
function withPlace(name: string, loc: Pick<LocalityRecord, 'type' | 'name' | 'needsLevel'>, leveled = false): string {
  const term = TERM_AT_END.exec(name)?.[0] ?? '';
  const organ = name.slice(0, name.length - term.length);
  // After its level word the name alone ("... Thành phố" + "Hồ Chí Minh"); else the level too
  // where the name alone is not the place ("Thành ủy" + "thành phố Hồ Chí Minh").
  const level = new RegExp(`\\s${loc.type}$`, 'iu').test(organ) || /\sTP\.?$/u.test(organ);
  const place = level || (!loc.needsLevel && !leveled) ? loc.name : `${loc.type} ${loc.name}`;
  return `${organ} ${place}${term}`;
}

function successorName(
  fullName: string,
  core: BodyRecord,
  old: LocalityRecord,
  next: LocalityRecord,
  prefix?: BodyRecord,
): string {
  const place = `${next.type} ${next.name}`;
  const city = next.type === 'thành phố';
  // The old term is not the successor's ("Ban Thường vụ Tỉnh ủy Hà Giang nhiệm kỳ 2020-2025").
  // Nor a list's plural ("Hội đồng nhân dân các tỉnh Bình Định" + ", Phú Yên": the successor is one province's).
  const name = fullName.replace(TERM_AT_END, '').replace(/ các (?=(tỉnh|thành phố) )/iu, ' ');
  // A city's committee and Youth Union are "Thành ủy", "Thành đoàn"; a province's "Tỉnh ...".
  const organ = (name: string) =>
    // (Not \b after "uỷ": a word boundary in a RegExp is ASCII's, and "ỷ" is not a word character there.)
    name.replace(
      /(?<![\p{L}\p{N}])(Tỉnh|Thành) (ủy|uỷ|đoàn)(?![\p{L}\p{N}])/giu,
      (_, __, o) => `${city ? 'Thành' : 'Tỉnh'} ${o}`,
    );
  for (const [written, renamed] of [
    [`${old.type} ${old.name}`, place],
    // "Hồ Chí Minh" alone names the leader: the city keeps its level word.
    [old.name, next.needsLevel ? place : next.name],
  ]) {
    // (However its dash is spaced: "Bà Rịa-Vũng Tàu", "Bà Rịa - Vũng Tàu".)
    const pattern = written.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s*[-–]\s*/g, '\\s*[-–]\\s*');
    const at = new RegExp(`\\s${pattern}$`, 'iu').exec(name);
    if (at) return organ(`${name.slice(0, at.index)} ${renamed}`);
  }
  // (A prefix's organ keeps its prefix: "Ban Thường vụ Tỉnh ủy BR-VT" → "Ban Thường vụ Thành ủy ...".)
  // (A committee's "Ban Chấp hành" is its Party organisation's: "Ban Chấp hành Đảng bộ tỉnh Đồng Nai".)
  if (prefix?.id === 'ban-chap-hanh' && (core.id === 'tinh-uy' || core.id === 'thanh-uy'))
    return `${prefix.name} Đảng bộ ${place}`;
  const organName = prefix && prefix !== core ? `${prefix.name} ${core.name}` : core.name;
  // An organ whose name says its level takes the place's name alone: "Tỉnh ủy Đồng Nai", not "Tỉnh ủy tỉnh Đồng Nai".
  const written = core.levelOf && !next.needsLevel ? next.name : place;
  return core.level === 'central' ? place : organ(`${organName} ${written}`);
}

/**
 * What the card says about a span: its canonical name and, for a body or a document, what the
 * data and the text tell of it. An official's positions on a day are read through
 * utils/facts/held.ts (its certainty rules), never here.
 */
export function describeEntity(span: EntitySpan, day?: string): EntityCard {
  if (span.kind === 'body') return describeBody(span, day);
  if (span.kind === 'resolution') return describeDocument(span);
  const rec = matchOfficial(cardRecords().officials, span);
  const card: EntityCard = {
    kind: 'official',
    name: rec?.name ?? span.text,
    id: span.id ?? (rec ? `official:${rec.id}` : undefined),
  };
  if (span.role) card.role = span.role;
  return card;
}
