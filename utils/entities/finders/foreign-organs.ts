/**
 * The organs of other parties and organisations, read so that none gets the id, and so the card,
 * of ours: a foreign party's central organs and the organs of its leaders' title chains, and a
 * Party organ's name whose "Trung ương" begins another organisation's ("Ban Bí thư Trung ương Đoàn").
 */
import type { Scan } from '../scan';
import type { BodyParse } from './bodies';
import type { Titles } from './titles';
import { ABROAD, countryOrganId, ownId, partyOrganId } from './own-id';
import { countryAfter, countryAfterList, electingCountry, namesVietNam } from './foreigners';
import { beginsOrgan, foreignPartyAt, partyByLetters } from './ministries';
import { foreignRegionAt } from './qualifiers';
import type { BodyInfo } from '../match-data';

/**
 * A central Party organ at [i, e) followed by a foreign party, perhaps after "Trung ương": "Bộ
 * Chính trị Đảng Nhân dân Cách mạng Lào", "Ban Bí thư Trung ương Đảng Cộng sản Trung Quốc",
 * "Trung ương Đảng Cộng sản Trung Quốc" (the organ's name may end with the party's "Đảng").
 * One body, the foreign party's: its id is the party's and the organ's words, so no card shows
 * our Politburo's or Central Committee's facts for it.
 */
export function foreignPartyOrgan(s: Scan, i: number, e: number): BodyParse | null {
  for (const at of [e - 1, e, e + 2]) {
    if (at <= i || !s.cont(at) || s.f(at) !== 'đảng') continue;
    if (at === e + 2 && !s.wordsAt(e, ['trung', 'ương'])) continue;
    const party = s.longest(at, 'body');
    let partyId = party?.term.rec.level === 'foreign' ? party.term.rec.id : '';
    let end = party?.end ?? at;
    // An unlisted party: "Đảng", its name's words, then a country other than ours ("Đảng Cộng sản Cuba",
    // "Đảng Lao động Triều Tiên"). The first country ends the name; a person's is none ("... Đảng Lê Hồng Anh").
    const named = s.isCap(at + 1) && !s.isSurname(at + 1);
    for (let k = at + 2; !partyId && named && k <= at + 6 && s.cont(k) && s.isWord(k - 1); k++) {
      const c = s.longest(k, 'country');
      if (c && !namesVietNam(s, k, c.end)) (partyId = countryOrganId(s, at, k, c.term)), (end = c.end);
      if (c) break;
    }
    // Or one named by its letters ("Văn phòng Trung ương Đảng CPP").
    if (!partyId && partyByLetters(s, at)) (partyId = s.slugOf(at, at + 2)), (end = at + 2);
    if (!partyId) continue;
    // One part, no record's id: the card shows the name as written, never our organ's facts.
    const organ = s.slugOf(i, at);
    const id = partyOrganId(partyId, organ);
    return { end, id, rec: { id, level: 'foreign' }, party: partyId, organ };
  }
  return null;
}

/**
 * A Party organ's name whose "Trung ương" begins another organisation's: "Ban Bí thư" + "Trung
 * ương Đoàn" is the Youth Union's Secretariat, not the Party's. One body, with an id of its own
 * (no record of ours, so no card of the Party's Secretariat).
 */
export function organOfAnother(
  s: Scan,
  i: number,
  e: number,
  bodyAt: (k: number) => BodyParse | null,
): BodyParse | null {
  for (let k = i + 1; k < e; k++) {
    if (!CENTRAL_WORDS.has(s.f(k))) continue;
    const other = bodyAt(k);
    // The Party's own Central Committee after it is no other organisation ("... Trung ương Đảng").
    if (!other || other.end <= e || other.rec.level === 'foreign' || other.rec.tags?.includes('party-organ'))
      return null;
    const id = ownId(other.id, s.slugOf(i, k));
    return { end: other.end, id, rec: { id, level: other.rec.level } };
  }
  return null;
}
/** First words of "Trung ương" and its short forms (central-short.ts). */
const CENTRAL_WORDS = new Set(['trung', 'tw', 'tư', 't']);

/** A body found at token `start`, as Bodies.find keeps it before it becomes a candidate. */
export interface FoundBody {
  start: number;
  parse: BodyParse;
}

/**
 * The organs of one title chain belong to one party: in "Ủy viên Bộ Chính trị, Thường trực Ban
 * Bí thư Đảng Nhân dân Cách mạng Lào", the Politburo is Laos's, though only the last organ names
 * the party; so too after a comma, a caption's way ("Ủy viên Bộ Chính trị, Bí thư Ban Bí thư, Đảng
 * Cộng sản Trung Quốc"). A central organ of ours (tag "party-organ") joined to a foreign party's
 * organ, or before such a party, by titles and commas alone takes that party's id. `found` is in
 * text order; changed in place. Whether any organ took another party's id.
 */
export function adoptChainParty(s: Scan, titles: Titles, found: FoundBody[]): boolean {
  let changed = false;
  for (let k = 0; k < found.length; k++) {
    const own = found[k].parse.party;
    const { rec, id } = found[k].parse;
    const apposed = !own && rec.level === 'foreign' && id.startsWith('dang-') && s.f(found[k].start - 1) === ',';
    const party = own ?? (apposed ? id : undefined);
    if (!party) continue;
    for (let j = k - 1; j >= 0 && linked(s, titles, found[j].parse.end, found[j + 1].start); j--)
      changed = adopt(s, found[j], party) || changed;
    for (let j = k + 1; own && j < found.length && linked(s, titles, found[j - 1].parse.end, found[j].start); j++)
      changed = adopt(s, found[j], party) || changed;
  }
  const governed = governorsChains(s, titles, found);
  const placed = bareLocalsAbroad(s, titles, found);
  return chairOfBoth(s, titles, found) || governed || placed || changed;
}

/**
 * One chair of two organs is one country's: in "Chủ tịch Thượng viện Liên bang và Quốc hội" (Brazil's
 * Senate president chairs its Congress), a national organ of ours named bare right after "và" and a
 * foreign organ a title heads is that country's too (ABROAD), not ours; so no card shows our
 * National Assembly for it. Not when it names Việt Nam, nor with a title of its own before it.
 */
function chairOfBoth(s: Scan, titles: Titles, found: FoundBody[]): boolean {
  let changed = false;
  for (let k = 0; k + 1 < found.length; k++) {
    const [a, b] = [found[k], found[k + 1]];
    const bare = b.parse.rec.level === 'central' && b.parse.id === b.parse.rec.id;
    if (a.parse.rec.level !== 'foreign' || !bare || s.f(a.parse.end) !== 'và' || b.start !== a.parse.end + 1) continue;
    if (!(titles.endsAt(a.start) || titles.inside(a.start)) || namesVietNam(s, b.start, b.parse.end)) continue;
    markAbroad(s, b);
    changed = true;
  }
  return changed;
}

/**
 * Organs in one title chain with a province's governor ("Tỉnh trưởng", a Lao or Cambodian office
 * none of ours has) are that country's: "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Tỉnh trưởng
 * tỉnh Champasak" names no organ of ours. Their country unknown, they are foreign (ABROAD).
 */
function governorsChains(s: Scan, titles: Titles, found: FoundBody[]): boolean {
  let changed = false;
  for (let k = 0; k < found.length; k++) {
    if (found[k].parse.rec.level === 'foreign') continue;
    const j = chainLast(s, titles, found, k);
    const end = found[j].parse.end;
    const governor = titles.at(end) > end && (s.wordsAt(end, GOVERNOR) || s.wordsAt(end, ['phó', ...GOVERNOR]));
    if (!governor && !(s.f(end) === ',' && s.wordsAt(end + 1, GOVERNOR))) continue;
    for (let m = k; m <= j; m++) markAbroad(s, found[m]);
    changed = true;
    k = j;
  }
  return changed;
}
/**
 * A local organ of ours named bare ("Thành ủy", "Tỉnh ủy": no place) in one title chain with
 * another country's organ ("Bí thư Thành ủy, Chủ tịch HĐND TP Vientiane" + name) is that place's,
 * not ours nor the one place of ours the article names (r297).
 */
function bareLocalsAbroad(s: Scan, titles: Titles, found: FoundBody[]): boolean {
  let changed = false;
  for (let k = 0; k < found.length; k++) {
    const chain = found.slice(k, chainLast(s, titles, found, k) + 1);
    if (chain.some((b) => b.parse.rec.level === 'foreign'))
      for (const b of chain)
        if (b.parse.rec.tags?.includes('local') && b.parse.id === b.parse.rec.id) (changed = true), markAbroad(s, b);
    k += chain.length - 1;
  }
  return changed;
}

/** The last of the bodies from found[k] that one title chain links. */
function chainLast(s: Scan, titles: Titles, found: FoundBody[], k: number): number {
  let j = k;
  while (j + 1 < found.length && linked(s, titles, found[j].parse.end, found[j + 1].start)) j++;
  return j;
}

/** The body is another country's, which the text does not name: its own id, abroad. */
function markAbroad(s: Scan, b: FoundBody): void {
  const id = ownId(s.slugOf(b.start, b.parse.end), ABROAD);
  b.parse = { end: b.parse.end, id, rec: { id, level: 'foreign' } };
}

/** A province's governor in Laos and Cambodia. */
const GOVERNOR = ['tỉnh', 'trưởng'];

function adopt(s: Scan, b: FoundBody, party: string): boolean {
  // (Or a board "of the Central Committee" by its name: "Ban Tuyên truyền Trung ương".)
  const { rec } = b.parse;
  const board = rec.level === 'central' && b.parse.id.endsWith('-trung-uong');
  if (b.parse.party || !(rec.tags?.includes('party-organ') || board)) return false;
  // Nor one that names our Party, whatever follows it: "Ban Đối ngoại Trung ương Đảng Cộng sản Việt Nam, Tổng Bí thư ...".
  if (s.wordsAt(b.parse.end - 2, ['việt', 'nam'])) return false;
  const organ = s.slugOf(b.start, b.parse.end);
  const id = partyOrganId(party, organ);
  b.parse = { end: b.parse.end, id, rec: { id, level: 'foreign' }, party, organ };
  return true;
}

/** Tokens [a, b) hold only titles, commas and "kiêm": one title chain goes on. */
function linked(s: Scan, titles: Titles, a: number, b: number): boolean {
  let j = a;
  while (j < b) {
    if (!s.cont(j)) return false;
    const t = titles.at(j);
    // A title may end inside the next body ("Trưởng Ban" + "Ban Tổ chức ...").
    if (t >= b) return true;
    if (t > j) j = t;
    else if (s.f(j) === ',' || s.f(j) === 'kiêm') j++;
    else return false;
  }
  return j === b && a < b;
}

/**
 * A country after an organ of ours at [i, e): "Quốc hội Lào", "Bộ Quốc phòng Campuchia" are
 * another country's, named with that country's id (countryOrganId), which holds no record of ours,
 * so no card shows our organ's facts for it. `listed`: a central organ named bare may be the
 * country's named after a list ("Bộ Ngoại giao và một số bộ, ngành của Nga", countryAfterList),
 * or of countries in general ('generic'). The end, and the id and record when they change; null
 * when no country follows.
 */
export function countryQualifier(
  s: Scan,
  i: number,
  e: number,
  rec: BodyInfo,
  listed: boolean,
): { end: number; id?: string; rec?: BodyInfo } | 'generic' | null {
  const region =
    regionAfter(s, i, e, rec) ?? regionOfSentence(s, i, e, rec) ?? (listed ? partyOfSentence(s, i, e, rec) : null);
  if (region) return region;
  const countryAt = countryAfter(s, e);
  const country = s.cont(countryAt) ? s.longest(countryAt, 'country') : undefined;
  if (country) {
    // Two countries or regions joined without spaces name a joint body, neither's: "Ủy ban Kinh tế
    // Nhật Bản-Mekong", "Ủy ban liên Chính phủ Việt Nam-Lào".
    const joint = jointEnd(s, country.end);
    if (joint > country.end) {
      const id = s.slugOf(i, joint);
      return { end: joint, id, rec: { id, level: 'unknown' } };
    }
    if (rec.level === 'foreign' || namesVietNam(s, countryAt, country.end)) return { end: country.end };
    const id = countryOrganId(s, i, e, country.term);
    return { end: country.end, id, rec: { id, level: 'foreign' } };
  }
  if (!listed) return null;
  const electing = electingCountry(s, i);
  if (electing) {
    const id = ownId(s.slugOf(i, e), electing.id);
    return { end: e, id, rec: { id, level: 'foreign' } };
  }
  // "Bộ Ngoại giao và Hợp tác quốc tế Campuchia": a longer name of the country's ministry (one
  // capitalised word after "và", then lower-case ones, then the country).
  // Before another organ of the country the two are its ("Bộ Ngoại giao và Hoàng cung Nhật Bản"):
  // this one ends before "và", with the country's id.
  const another = s.f(e) === 'và' && beginsOrgan(s, e + 1);
  // (Not a person's name after "và", whose given name may be a country's: "Bộ Y tế và Trần Anh Sơn".
  // Nor an office: "Chính phủ và Trưởng đại diện thương mại Hoa Kỳ" + a name.)
  const person = (s.isSurname(e + 1) && s.isCapWord(e + 2)) || s.has(e + 1, 'title');
  if (s.f(e) === 'và' && s.isCapWord(e + 1) && !s.has(e + 1, 'body') && !person && !namesVietNam(s, i, e))
    for (let k = e + 2; k < e + 7 && s.cont(k) && s.isWord(k); k++) {
      const c = s.longest(k, 'country');
      if (c) {
        if (namesVietNam(s, k, c.end)) break;
        const id = countryOrganId(s, i, another ? e : k, c.term);
        return { end: another ? e : c.end, id, rec: { id, level: 'foreign' } };
      }
      if (s.isCap(k) && !another) break;
    }
  const abroad = countryAfterList(s, e);
  if (abroad === 'others') return 'generic';
  // (An organ that names Việt Nam itself is ours, whatever country the list names after it:
  // "Quốc hội Việt Nam và Quốc hội Lào".)
  if (!abroad || namesVietNam(s, i, e)) return null;
  const id = ownId(s.slugOf(i, e), abroad.id);
  return { end: e, id, rec: { id, level: 'foreign' } };
}

/**
 * Another country's region after an organ at [i, e): a foreign organ ("Nhân Đại Quảng Tây",
 * "Ban Thường vụ Nhân Đại tỉnh Vân Nam": not China's national one) or ours in a form only another
 * state's has ("Chính phủ nhân dân Khu tự trị dân tộc Choang Quảng Tây": not our Government) is
 * that region's: an id of its own with the region's and the country's, which no record holds.
 */
function regionAfter(s: Scan, i: number, e: number, rec: BodyInfo): BodyParse | null {
  const people = s.wordsAt(e, ['nhân', 'dân']);
  const at = people ? e + 2 : e;
  const level = s.longest(at, 'level');
  const region = foreignRegionAt(s, level ? level.end : at);
  if (!region || !(people || rec.level === 'foreign')) return null;
  return regionalOrgan(rec.level === 'foreign' ? s.slugOf(i, e) : rec.id, { end: region.end, region: region.term });
}

/** The organ China has at every level, whose bare short name ("Nhân Đại") may be a region's. */
const REGIONED_ORGANS = new Set(['dai-hoi-dai-bieu-nhan-dan-toan-quoc']);
/** A sentence's end (a list's ";" goes on: "Nhân Đại, ...; các cơ quan ... của Khu tự trị ..."). */
const FULL_STOPS = new Set(['.', '!', '?']);

/**
 * A central Party organ named bare at [i, e) ("Ban Chấp hành Trung ương", "Bộ Chính trị") in a sentence
 * that names one other country's party before it and no party word of ours: that party's ("Đảng Nhân
 * dân Campuchia (CPP) đã tổ chức Hội nghị Ban chấp hành Trung ương lần thứ 43", r326). Else null.
 */
function partyOfSentence(s: Scan, i: number, e: number, rec: BodyInfo): BodyParse | null {
  if (!rec.tags?.includes('party-organ') || s.f(e) === 'đảng') return null;
  let party = '';
  for (let k = i - 1; k >= 0 && i - k < 60 && !FULL_STOPS.has(s.f(k)) && s.cont(k + 1); k--) {
    if (s.f(k) !== 'đảng') continue;
    const known = s.longest(k, 'body')?.term.rec;
    const id = known?.level === 'foreign' ? known.id : (foreignPartyAt(s, k)?.party ?? '');
    if (!id || (party && party !== id)) return null;
    party = id;
  }
  if (!party) return null;
  const id = partyOrganId(party, s.slugOf(i, e));
  return { end: e, id, rec: { id, level: 'foreign' }, party, organ: s.slugOf(i, e) };
}

/**
 * A bare "Nhân Đại" at [i, e), no "toàn quốc" nor country after it, in a sentence that names one
 * of China's regions: that region's congress ("Ban Thường vụ Nhân Đại, các Ban xây dựng Đảng ...
 * của Khu tự trị dân tộc Choang Quảng Tây"), the span as written. Null otherwise (the national one).
 */
function regionOfSentence(s: Scan, i: number, e: number, rec: BodyInfo): BodyParse | null {
  if (!REGIONED_ORGANS.has(rec.id) || e - i !== 2 || s.wordsAt(e, ['toàn', 'quốc'])) return null;
  let from = i;
  while (from > 0 && i - from < 40 && !FULL_STOPS.has(s.f(from - 1)) && !s.lineBefore(from)) from--;
  if (s.cont(e) && s.longest(e, 'country')) return null;
  const regions = new Set<string>();
  let found: { id: string; country: string } | undefined;
  // A country named elsewhere makes it the national one, unless the organ is said to be the
  // region's, with "của" ("...; các cơ quan, địa phương liên quan của Khu tự trị ... Quảng Tây, Trung Quốc").
  let country = false;
  let owned = false;
  for (let k = from; k < i + 60 && k < s.count && (k <= i || !FULL_STOPS.has(s.f(k))); k++) {
    if (k > i && s.lineBefore(k)) break;
    if (s.cont(k) && s.longest(k, 'country')) country = true;
    const region = k < i || k >= e ? foreignRegionAt(s, k) : undefined;
    if (region) (found = region.term), regions.add(region.term.id);
    if (region && k >= e && s.textOf(e, k).split(/\s+/).includes('của')) owned = true;
  }
  if (country && !owned) return null;
  return found && regions.size === 1 ? regionalOrgan(s.slugOf(i, e), { end: e, region: found }) : null;
}

/**
 * A president's unit from token i, "Tổng thống" at token president (after "của" or not): another
 * country's, ours has none ("Cục Đối ngoại Tổng thống", "Văn phòng Tổng thống Hàn Quốc"; ours is
 * the "Văn phòng Chủ tịch nước"). The country's when one follows, else marked abroad.
 */
export function presidentsUnit(s: Scan, i: number, president: number): BodyParse {
  const country = s.cont(president + 2) ? s.longest(president + 2, 'country') : undefined;
  const end = country?.end ?? president + 2;
  const id = country ? countryOrganId(s, i, president + 2, country.term) : ownId(s.slugOf(i, end), ABROAD);
  return { end, id, rec: { id, level: 'foreign' } };
}

/** After a country at token k, a dash and capitalised words glued to it ("-Mekong", "-Lào"): their end, or k. */
function jointEnd(s: Scan, k: number): number {
  let e = k;
  while (s.f(e) === '-' && !s.spaceBefore(e) && !s.spaceBefore(e + 1) && s.isCapWord(e + 1)) {
    e += 2;
    while (s.cont(e) && s.isCapWord(e) && s.spaceBefore(e) && !s.has(e, 'title') && !s.isStrongSurname(e)) e++;
  }
  return e;
}

/**
 * The organ `organ` (its record's id, or its words as a slug) of another country's region (a
 * locality's `region`), ending at `loc.end`: one id however the text writes the organ ("HĐND tỉnh
 * Xiêng Khoảng", "Hội đồng nhân dân tỉnh Xiêng Khoảng").
 */
export function regionalOrgan(
  organ: string,
  loc: { end: number; region?: { id: string; country: string } },
): { end: number; id: string; rec: { id: string; level: string } } | null {
  if (!loc.region) return null;
  const id = ownId(organ, loc.region.id, loc.region.country);
  return { end: loc.end, id, rec: { id, level: 'foreign' } };
}

/**
 * A national organ at [i, e) named by what only another country has: "Chính phủ Công đảng" (a
 * party's government), "Chính phủ Hoàng gia" (a kingdom's, "do Thủ tướng Hun Manet đứng đầu"; with
 * its country after it, countryQualifier reads it). That country's, unnamed; null otherwise.
 */
export function governmentAbroad(s: Scan, i: number, e: number): BodyParse | null {
  if (!s.cont(e)) return null;
  const crown = s.wordsAt(e, ['hoàng', 'gia']) && !(s.cont(e + 2) && s.longest(e + 2, 'country'));
  if (!crown && !s.wordsAt(e, ['công', 'đảng'])) return null;
  const id = ownId(s.slugOf(i, e + 2), ABROAD);
  return { end: e + 2, id, rec: { id, level: 'foreign' } };
}

/**
 * A national organ at [i, e) of a state, another country's ("Quốc hội bang", "Chính phủ bang Bayern",
 * "Hạ viện tiểu bang Texas"): with its state's name after it if the data knows the state, or else
 * if no title before the organ may make the name after it its holder's (`titled`). Null otherwise.
 */
export function stateOrgan(s: Scan, i: number, e: number, titled: boolean): BodyParse | null {
  const state = s.f(e) === 'bang' ? e + 1 : s.wordsAt(e, ['tiểu', 'bang']) ? e + 2 : -1;
  if (state < 0 || !s.cont(e) || s.f(state) === 'giao') return null;
  const region = foreignRegionAt(s, state);
  if (region) return regionalOrgan(s.slugOf(i, e), { end: region.end, region: region.term });
  let end = state;
  if (!titled) while (s.cont(end) && s.isCapWord(end) && !s.has(end, 'body')) end++;
  const id = ownId(s.slugOf(i, end), ABROAD);
  return { end, id, rec: { id, level: 'foreign' } };
}
