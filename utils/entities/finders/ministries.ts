/**
 * Ministries read from their shape rather than their full name: "Bộ Khoa học - Công nghệ" for the
 * ministry the data names with "và", and a foreign ministry ("Bộ Nông Lâm Lào").
 */
import { ENDED_TAG, type BodyInfo } from '../match-data';
import { isClause, RELATION_WORDS } from '../clause';
import { DOCUMENT_WORDS } from '../lexicon-documents';
import { UNIT_HEADS } from '../lexicon-bodies';
import { Scan } from '../scan';
import type { BodyParse } from './bodies';
import { countryOrganId } from './own-id';
import { countryAfter, namesVietNam, stateFormAt } from './foreigners';
import { localityAt } from './qualifiers';
import { lowerWord, nameWordsEnd } from './field-names';
import { ACRONYM } from './person-names';

/** The body the data names "A và B" for "A - B" (tokens [i, dash) and (dash, end)), if any. */
function spelledWithAnd(s: Scan, i: number, dash: number, end: number): BodyInfo | undefined {
  const phrase = new Scan(s.gazetteer, `${s.textOf(i, dash)} và ${s.textOf(dash + 1, end)}`);
  const hit = phrase.longest(0, 'body');
  return hit && hit.end === phrase.count ? hit.term.rec : undefined;
}

/**
 * "Bộ Khoa học - Công nghệ": a ministry the press names with a dash for "và" (a few words either
 * side); a province's department too ("Sở Văn hóa - Thể thao tỉnh X"), or two departments merged
 * into one, named by both ("Sở Giao thông Vận tải - Xây dựng tỉnh Lào Cai"): its whole name, no
 * record's (not the transport department's card).
 */
export function dashedMinistry(s: Scan, i: number): BodyParse | null {
  const department = s.is(i, 'sở');
  if (!(department || s.is(i, 'bộ')) || !s.isCapWord(i + 1) || !s.cont(i + 1)) return null;
  let dash = i + 1;
  while (dash < i + 5 && s.isWord(dash) && s.cont(dash)) dash++;
  if (s.f(dash) !== '-' || !s.cont(dash) || !s.isCapWord(dash + 1) || !s.cont(dash + 1)) return null;
  let last = dash + 1;
  while (last < dash + 5 && s.isWord(last + 1) && s.cont(last + 1)) last++;
  for (let end = last + 1; end > dash + 1; end--) {
    const rec = spelledWithAnd(s, i, dash, end);
    if (rec) return department ? placed(s, end, rec.id, rec) : { end, id: rec.id, rec };
  }
  const first = department ? s.longest(i, 'body', (_, end) => end === dash) : undefined;
  if (!first) return department ? null : dashedUnknown(s, i, dash);
  // Capitalised words, and the lower-case ones names hold ("Xây dựng").
  let end = dash + 1;
  while (end < dash + 5 && s.isCapWord(end) && s.cont(end) && !OTHER_ORGAN(s, end) && !s.has(end, 'level'))
    end = nameWordsEnd(s, end + 1);
  const id = s.slugOf(i, end);
  return end > dash + 1 ? placed(s, end, id, { id, level: first.term.rec.level }) : null;
}

/**
 * "Bộ Giáo dục - Thể thao" (Laos's), a ministry of two fields joined by a dash that the data does
 * not know: its country's when one follows, else one of unknown level with no record (as
 * foreignMinistry reads one joined by "và").
 */
function dashedUnknown(s: Scan, i: number, dash: number): BodyParse | null {
  if (!fieldAfter(s, i, i + 1) || fieldAfter(s, i, i + 1) !== dash) return null;
  const end = fieldAfter(s, i, dash + 1);
  return end ? ministryEndingAt(s, i, end) : null;
}

/** A ministry's name ends at token e: its country's when one follows, else of unknown level (no record). */
function ministryEndingAt(s: Scan, i: number, e: number): BodyParse | null {
  const c = s.cont(e) ? s.longest(countryAfter(s, e), 'country') : undefined;
  if (!c) return unknownMinistry(s, i, e);
  if (namesVietNam(s, e, c.end)) return null;
  const id = countryOrganId(s, i, e, c.term);
  return { end: c.end, id, rec: { id, level: 'foreign' } };
}

/** A department ending at token e, with the province after it, if one is. */
function placed(s: Scan, e: number, id: string, rec: BodyInfo): BodyParse {
  const loc = localityAt(s, e, false);
  return loc ? { end: loc.end, id: `${id}--${loc.id}`, rec } : { end: e, id, rec };
}

/**
 * "Bộ Nông Lâm Lào": a ministry word, a short capitalised name, then a country. Or a ministry the
 * data does not know, named by two fields joined by "và" ("Bộ Giáo dục và Thể thao" of Laos, "Bộ
 * Lao động và Việc làm" of Korea): its country's when one follows, else a ministry of unknown
 * level with no record (no card of one of ours for it).
 */
export function foreignMinistry(s: Scan, i: number): BodyParse | null {
  if (!s.is(i, 'bộ') || !s.isCap(i)) return null;
  const first = fieldAfter(s, i, i + 1);
  const second = first && s.f(first) === 'và' && s.cont(first) ? fieldAfter(s, i, first + 1) : 0;
  if (second) return ministryEndingAt(s, i, second);
  for (let k = i + 1; k <= i + 4 && s.isCapWord(k) && s.cont(k); k++) {
    const c = s.longest(k + 1, 'country');
    if (c && k + 1 > i + 1) {
      const id = countryOrganId(s, i, k + 1, c.term);
      return { end: c.end, id, rec: { id, level: 'foreign' } };
    }
  }
  return null;
}

/**
 * A party named by its country, which the data does not know: "Đảng Cộng sản Nhật Bản", "Đảng
 * Cộng sản LB Nga", "Đảng Hành động Nhân dân Singapore" ("Đảng" and up to five words, the first
 * capitalised, then the country). Its id is the words and the country's id ("dang-cong-san-nga"),
 * never our Party's; "Đảng Cộng sản Việt Nam" is ours, "Đảng ủy", "Đảng bộ" no party.
 */
export function foreignPartyAt(s: Scan, i: number): BodyParse | null {
  if (!s.isCap(i) || s.f(i) !== 'đảng' || !s.cont(i + 1) || !s.isCapWord(i + 1) || NO_PARTY.has(s.f(i + 1)))
    return null;
  if (partyByLetters(s, i)) {
    const id = s.slugOf(i, i + 2);
    return { end: i + 2, id, rec: { id, level: 'foreign' }, party: id };
  }
  for (let k = i + 2; k <= i + 6 && s.cont(k) && s.isWord(k); k++) {
    const c = s.longest(k, 'country');
    if (!c) continue;
    // "Đảng Cộng sản Việt Nam" is ours; "... Lào Cai" a province.
    if (namesVietNam(s, k, c.end) || (s.longest(k, 'loc')?.end ?? 0) > c.end) return null;
    // A name that goes on after its country holds it: "Đảng Nước Nga Thống nhất" (the name, no country's id).
    // (A capitalised word and the lower-case syllable of its word: "Thống nhất".)
    const named =
      s.f(i + 1) === 'nước' && s.isCapWord(c.end) && s.cont(c.end) ? c.end + (lowerWord(s, c.end + 1) ? 2 : 1) : c.end;
    const id = named > c.end ? s.slugOf(i, named) : countryOrganId(s, i, k, c.term);
    return { end: named, id, rec: { id, level: 'foreign' }, party: id };
  }
  return null;
}

/** "Đảng" at token i, then a party's letters alone: "Đảng CPP", "Đảng LDP" (ours is never so: "Đảng CSVN"). */
export const partyByLetters = (s: Scan, i: number): boolean =>
  s.cont(i + 1) &&
  ACRONYM.test(s.c(i + 1)) &&
  !/^(CS|[IVXLC]+$)/.test(s.c(i + 1)) && // (ours, "Đảng CSVN"; a congress's number, "Đại hội Đảng XIV")
  !(s.cont(i + 2) && s.isCapWord(i + 2));
/** After "Đảng", words of a Party committee or branch, no party's name. */
const NO_PARTY = new Set(['uỷ', 'bộ', 'đoàn', 'viên', 'và']);

/**
 * Organs' heads that are no unit's (lexicon-bodies.ts UNIT_HEADS has "Cục", "Đại sứ quán" ...), and a
 * journal's ("Bộ TT&TT và Tạp chí KH&CN Việt Nam" are two).
 */
const OTHER_HEADS =
  'sở|trường|hoàng cung|công an|hải quan|kho bạc|thanh tra|toà án|bệnh viện|cảnh sát|quân đội|đại học|tạp chí'
    .split('|')
    .map((w) => w.split(' '));

/** A ministry's id (not the Politburo's, a command's or the border guard's). */
const MINISTRY = /^bo-(?!chinh-tri|doi-|chi-huy|tong-tham-muu)/;

/** Token k begins an organ by its head word ("Đại sứ quán", "Hoàng cung", "Cục"): after a "và" another one. */
export const beginsOrgan = (s: Scan, k: number): boolean =>
  !!UNIT_HEADS.longestAt(s, k) || OTHER_HEADS.some((h) => s.wordsAt(k, h));

/** Token k begins another organ, a document, a title, a name or a place, not a ministry's own name. */
const OTHER_ORGAN = (s: Scan, k: number) =>
  s.has(k, 'body') ||
  beginsOrgan(s, k) ||
  !!DOCUMENT_WORDS.longestAt(s, k) ||
  s.has(k, 'title') ||
  s.isStrongSurname(k) ||
  !!s.longest(k, 'country') ||
  !!s.longest(k, 'loc');

/**
 * A ministry the data names, then "và" and a name of its own in capital and small letters: a longer
 * ministry's name the data does not know ("Bộ Công nghiệp và Công nghệ thông tin" of China, "Bộ
 * Thương mại và Công nghiệp" of Singapore), not ours; no record, so no card shows our ministry's
 * facts for it. `known`: the data's ministry at token i.
 */
export function longerMinistry(s: Scan, i: number, known: BodyParse | null): BodyParse | null {
  if (!known || !MINISTRY.test(known.rec.id) || known.rec.tags?.includes('party-organ') || known.id !== known.rec.id)
    return null;
  // (Or a comma, then a field, then "và": "Bộ Công nghiệp, Thương mại và Năng lượng" of Korea.)
  const comma = s.f(known.end) === ',';
  if (s.f(known.end) !== 'và' && !comma) return null;
  const first = fieldAfter(s, i, known.end + 1);
  if (!first && !comma) {
    // Or a field in lower case, then its country's form and name: "Bộ Nông nghiệp và nguồn nước Cộng hòa Uzbekistan".
    const e = nameWordsEnd(s, known.end + 1);
    // (Only before a state's form: "Bộ Tài chính và ngân hàng Nhật Bản" are two.)
    const formed = s.f(e) !== 'nước' && countryAfter(s, e) > e;
    const foreign = e > known.end + 2 && !s.isCap(known.end + 1) && formed ? ministryEndingAt(s, i, e) : null;
    return foreign?.rec.level === 'foreign' ? foreign : null;
  }
  if (!first) return null;
  if (!comma) return ministryEndingAt(s, i, first);
  if (s.f(first) !== 'và' || !s.cont(first)) return null;
  const last = fieldAfter(s, i, first + 1);
  return last ? unknownMinistry(s, i, last) : null;
}

/**
 * After a ministry's name, at token k, a field in capital and small letters ("Thương mại",
 * "Công nghệ thông tin") that no current ministry of ours is named by ("Bộ Công an và Quốc
 * phòng": two of ours, the second named short; ours "Bộ Thương mại" has ended, so Singapore's
 * "Bộ Thương mại và Công nghiệp" is not ours): where it ends, or 0.
 */
function fieldAfter(s: Scan, i: number, k: number): number {
  if (!s.cont(k) || !s.isCapWord(k) || OTHER_ORGAN(s, k) || s.has(k, 'title')) return 0;
  let e = k + 1;
  const lower = (e: number) => lowerFieldWord(s, e);
  while (e < k + 5 && lower(e)) e++;
  if (e === k + 1) return 0;
  // A second word of the field in capital and small letters ("An ninh Lương thực"), no one's name
  // (a name's words are all capitalised) nor another organ.
  if (s.cont(e) && s.isCapWord(e) && lower(e + 1) && !stateFormAt(s, e) && (s.isStrongSurname(e) || !OTHER_ORGAN(s, e)))
    for (e += 2; e < k + 8 && lower(e); ) e++;
  const second = new Scan(s.gazetteer, `${s.textOf(i, i + 1)} ${s.textOf(k, e)}`);
  const other = second.longest(0, 'body');
  return other?.end === second.count && !other.term.rec.tags?.includes(ENDED_TAG) ? 0 : e;
}

/** A field's word in lower case (up to a word that relates the rest: "Bộ Nội vụ và Lao động" + "như dự kiến"). */
const lowerFieldWord = (s: Scan, e: number) =>
  s.cont(e) && s.isWord(e) && !s.isCap(e) && !isClause(s, e) && !RELATION_WORDS.has(s.f(e)) && s.f(e) !== 'và';

const unknownMinistry = (s: Scan, i: number, e: number): BodyParse => {
  const id = s.slugOf(i, e);
  return { end: e, id, rec: { id, level: 'unknown' } };
};
