/**
 * An organ named without its place ("UBND tỉnh", "Tỉnh ủy", "Ban Thường vụ Tỉnh ủy", "HĐND Thành
 * phố", "Đảng ủy xã", "UBND phường") is the organ of the one province, centrally-run city, commune
 * or ward of that level the article names: a local paper writes "Tỉnh ủy Hà Giang" once and
 * "Tỉnh ủy" after it. Its id takes that place, so the article's mentions are one entity, and the
 * dossier does not make one body of every province's "Tỉnh ủy". Only when the article names
 * exactly one place of that level, in a body's name (a province or city the data must know); a
 * place the article names later (in a later piece) comes too late for the mentions before it. The
 * span says which place came from the article, as the article writes it (the card says so too).
 * A provincial paper's article that names no place of that level at all takes the paper's own
 * province (`home`, from the site registry): "Tỉnh ủy" in Báo Thanh Hóa is Thanh Hóa's; the span
 * names the paper it came from instead.
 * Pure: reads the packed match data.
 */
import { foreignRegionAt, placeAt } from './finders/qualifiers';
import { ownId } from './finders/own-id';
import { matchData } from './match-data';
import type { Scan } from './scan';
import type { EntitySpan } from './types';

type Level = 'tinh' | 'thanh-pho' | 'xa' | 'phuong';

const LEVELS: Level[] = ['tinh', 'thanh-pho', 'xa', 'phuong'];
type ByLevel = Record<Level, Set<string>>;
const byLevel = (): ByLevel => ({ tinh: new Set(), 'thanh-pho': new Set(), xa: new Set(), phuong: new Set() });

/** The places an article has named so far, by level (read across its pieces). */
export interface ArticlePlaces {
  /** Named anywhere: in a body, or alone ("TP Hồ Chí Minh là nơi ...", "Còn tại Hà Nội, ..."). */
  named: ByLevel;
  /** Named as a body's place ("Tỉnh ủy Hà Giang"): only these give a bare organ its place. */
  organs: ByLevel;
  /** How the article writes each place it names ("xa-trung-ha" → "xã Trung Hạ"). */
  written: Map<string, string>;
  /** The province or city of the paper the article is in, if it is a provincial paper. */
  home?: HomePlace;
}

/** A provincial paper's place: the data's id of its province or city, and the paper's name. */
export interface HomePlace {
  id: string;
  paper: string;
}

export const articlePlaces = (home?: HomePlace): ArticlePlaces => ({
  named: byLevel(),
  organs: byLevel(),
  written: new Map(),
  home,
});

/** A place the text names: its id ("ha-giang", "xa-trung-ha") and its words as written. */
export interface PlaceNamed {
  id: string;
  written: string;
  /** Its level, where the data's localities do not tell it: another country's province or region. */
  level?: Level;
}

/** A level word as an id's part ("UBND tỉnh" is "uy-ban-nhan-dan--tinh"). */
const LEVEL_PART: Record<string, Level> = { tinh: 'tinh', 'thanh-pho': 'thanh-pho', xa: 'xa', phuong: 'phuong' };
/** The level words before a commune's or a ward's name, and its id's level. */
const GRASSROOTS: Record<string, Level> = { xã: 'xa', phường: 'phuong' };
/** Organs named by their level ("Tỉnh ủy", "Thành đoàn"): their place follows them in the id. */
const LEVEL_ORGAN: Record<string, Level> = {
  'tinh-uy': 'tinh',
  'tinh-doan': 'tinh',
  'thanh-uy': 'thanh-pho',
  'thanh-doan': 'thanh-pho',
};
/** An id's term part ("khoa-xiv", "nhiem-ky-2020-2025"): no place. */
const TERM_PART = /^(khoa|nhiem-ky)-/;

let known: Map<string, Level> | undefined;
/** The data's provinces ("tinh") and centrally-run cities ("thanh-pho"), by id. */
function knownPlaces(): Map<string, Level> {
  known ??= new Map(matchData().localities.map((l) => [l.id, l.province ? 'tinh' : 'thanh-pho'] as const));
  return known;
}

/** The places an id names, added to `places`: a province, a city, and a town as a city ("town:"). */
function collect(id: string, places: ByLevel): void {
  const parts = id.replace(/^body:/, '').split('--');
  const data = knownPlaces();
  for (let k = 1; k < parts.length; k++) {
    const p = parts[k];
    if (TERM_PART.test(p) || LEVEL_PART[p] || LEVEL_ORGAN[p]) continue;
    const level = data.get(p);
    const after = LEVEL_ORGAN[parts[k - 1]];
    // "Thành ủy Bắc Ninh" is the town's committee: another city beside the article's, no province.
    if (after === 'thanh-pho' && level !== 'thanh-pho') places['thanh-pho'].add(`town:${p}`);
    else if (level) places[level].add(p);
    else if (/^tinh-/.test(p)) places.tinh.add(p);
    else if (/^(thanh-pho|tp)-/.test(p)) places['thanh-pho'].add(p);
    else if (/^xa-/.test(p)) places.xa.add(p);
    else if (/^phuong-/.test(p)) places.phuong.add(p);
  }
}

/**
 * The provinces, cities, communes and wards a text names anywhere, in a body or not ("TP Hồ Chí
 * Minh là nơi ...", "Còn tại Hà Nội, ...", "tại xã Tân Lập"): a roundup of several places has no
 * one place for "Cục THADS TP". Capitalised, as a place is; "Hồ Chí Minh" alone is the leader, not
 * the city. A commune or a ward as its organ's id names it (the level word, then the place).
 */
export function placesNamed(s: Scan): PlaceNamed[] {
  const out: PlaceNamed[] = [];
  for (let i = 0; i < s.count; i++) {
    const level = GRASSROOTS[s.f(i)];
    const place = level && s.cont(i + 1) ? placeAt(s, i + 1, true) : null;
    if (place) out.push({ id: `${level}-${s.slugOf(i + 1, place.end)}`, written: s.originalText(i, place.end) });
    // A name read as none ("xã Phú thái", misspelt) still names another commune than the article's.
    else if (level && s.cont(i + 1) && s.isCapWord(i + 1))
      out.push({ id: `${level}-${s.slugOf(i + 1, i + 2)}?`, written: s.originalText(i, i + 2) });
    if (!s.isCap(i)) continue;
    const loc = s.longest(i, 'loc', (t) => t.leveled || !t.rec.needsLevel);
    // Another country's province ("tỉnh Hủa Phăn", "Quảng Tây") is a second province named: a bare
    // "Tỉnh ủy" beside it may be either's, where the press names that country's provincial organs as
    // ours ("Tỉnh ủy Hủa Phăn"); a Korean or German one has none ("tỉnh Gyeonggi", "bang Hessen").
    const found = loc ? undefined : foreignRegionAt(s, i);
    const region = found && OUR_ORGANS_ABROAD.has(found.term.country) ? found : undefined;
    // (Not a place inside a name the gazetteer knows: "Nguyễn Thanh Hải" names no "Thanh Hải", Qinghai.)
    if ((loc || region) && insideKnownName(s, i)) continue;
    if (loc) out.push({ id: loc.term.rec.id, written: s.originalText(i, loc.end) });
    if (region) {
      const { id, country } = region.term;
      out.push({ id: ownId(id, country), written: s.originalText(i, region.end), level: 'tinh' });
    }
  }
  return out;
}

/** The countries whose provinces the press gives organs named as ours (a Tỉnh ủy, a UBND). */
const OUR_ORGANS_ABROAD = new Set(['trung-quoc', 'lao', 'campuchia']);

/** Token i is inside a name the gazetteer knows, after its first word. */
function insideKnownName(s: Scan, i: number): boolean {
  for (let j = Math.max(0, i - 4); j < i; j++) if ((s.longest(j, 'official')?.end ?? 0) > i) return true;
  return false;
}

/**
 * The one place of `level` the article names, when a body of it names that place (and the data
 * knows a province or city): a place named only in passing ("một đại biểu tỉnh Thái Bình") is no
 * organ's, unless it is the paper's own too. An article that names none of that level: its
 * paper's own, if that is of the level.
 */
function onlyPlace(places: ArticlePlaces, level: Level): { id: string; site?: string } | undefined {
  const named = places.named[level];
  const home = places.home;
  if (named.size === 0 && home && knownPlaces().get(home.id) === level) return { id: home.id, site: home.paper };
  if (named.size !== 1) return undefined;
  const [p] = named;
  const grassroots = level === 'xa' || level === 'phuong';
  // Named only in passing, the place is the organ's when it is the paper's own too.
  const organ = places.organs[level].has(p) || home?.id === p;
  return organ && (grassroots || knownPlaces().get(p) === level) ? { id: p } : undefined;
}

/**
 * Gives each body of `spans` named without its province the one the article names (`places`: what
 * the article has named so far, this text's added: its bodies' places and `named`, placesNamed's).
 * Changes the spans in place.
 */
export function placeBareOrgans(spans: EntitySpan[], places: ArticlePlaces, named: readonly PlaceNamed[] = []): void {
  const data = knownPlaces();
  for (const { id, written, level: given } of named) {
    const level = given ?? data.get(id) ?? GRASSROOTS[written.slice(0, written.indexOf(' ')).toLowerCase()];
    if (!level) continue;
    places.named[level].add(id);
    if (!places.written.has(id)) places.written.set(id, written);
  }
  for (const s of spans)
    for (const id of s.id?.startsWith('body:') ? [s.id, ...(s.roleBodies ?? [])] : (s.roleBodies ?? []))
      collect(id, places.organs);
  // A place an organ names is named too.
  for (const level of LEVELS) for (const p of places.organs[level]) places.named[level].add(p);
  for (const s of spans) {
    // An office's organs too ("Phó Bí thư Thành ủy" + name): the card compares them with the data's.
    if (s.roleBodies) s.roleBodies = s.roleBodies.map((id) => placed(id, places)?.id ?? id);
    if (s.kind !== 'body' || !s.id?.startsWith('body:')) continue;
    const found = placed(s.id, places);
    if (!found) continue;
    s.id = found.id;
    if (found.site) s.placeFromSite = found.site;
    else s.placeFromArticle = places.written.get(found.place) ?? found.place;
  }
}

/** A body id named without its place, with the one the article (or its paper) gives it. */
function placed(id: string, places: ArticlePlaces): { id: string; place: string; site?: string } | undefined {
  const parts = id.slice('body:'.length).split('--');
  // The last part that names a level without its place: a level word, or an organ it ends.
  for (let k = parts.length - 1; k >= 0; k--) {
    const p = parts[k];
    if (TERM_PART.test(p)) continue;
    const word = k > 0 ? LEVEL_PART[p] : undefined;
    const organ = LEVEL_ORGAN[p];
    const level = word ?? organ;
    const place = level && onlyPlace(places, level);
    if (!place) return undefined;
    parts.splice(word ? k : k + 1, word ? 1 : 0, place.id);
    return { id: `body:${parts.join('--')}`, place: place.id, site: place.site };
  }
  return undefined;
}
