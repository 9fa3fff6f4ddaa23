/**
 * A province's organ named without its province ("UBND tỉnh", "Tỉnh ủy", "Ban Thường vụ Tỉnh ủy",
 * "HĐND Thành phố") is the organ of the one province, or the one centrally-run city, that the
 * article names: a local paper writes "Tỉnh ủy Hà Giang" once and "Tỉnh ủy" after it. Its id takes
 * that place, so the article's mentions are one entity, and the dossier does not make one body of
 * every province's "Tỉnh ủy". Only when the article names exactly one place of that level, and
 * the data knows it; a place the article names later (in a later piece) comes too late for the
 * mentions before it. The span says its place came from the article (the card says so too).
 * Pure: reads the packed match data.
 */
import { matchData } from './match-data';
import type { Scan } from './scan';
import type { EntitySpan } from './types';

type Level = 'tinh' | 'thanh-pho';

type ByLevel = Record<Level, Set<string>>;
const byLevel = (): ByLevel => ({ tinh: new Set(), 'thanh-pho': new Set() });

/** The places an article has named so far, by level (read across its pieces). */
export interface ArticlePlaces {
  /** Named anywhere: in a body, or alone ("TP Hồ Chí Minh là nơi ...", "Còn tại Hà Nội, ..."). */
  named: ByLevel;
  /** Named as a body's place ("Tỉnh ủy Hà Giang"): only these give a bare organ its place. */
  organs: ByLevel;
}

export const articlePlaces = (): ArticlePlaces => ({ named: byLevel(), organs: byLevel() });

/** A level word as an id's part ("UBND tỉnh" is "uy-ban-nhan-dan--tinh"). */
const LEVEL_PART: Record<string, Level> = { tinh: 'tinh', 'thanh-pho': 'thanh-pho' };
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
  }
}

/**
 * The provinces and cities a text names anywhere, in a body or not ("TP Hồ Chí Minh là nơi ...",
 * "Còn tại Hà Nội, ..."): a roundup of several places has no one place for "Cục THADS TP".
 * Capitalised, as a place is; "Hồ Chí Minh" alone is the leader, not the city.
 */
export function placesNamed(s: Scan): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.count; i++) {
    if (!s.isCap(i)) continue;
    const loc = s.longest(i, 'loc', (t) => t.leveled || !t.rec.needsLevel);
    if (loc) out.push(loc.term.rec.id);
  }
  return out;
}

/**
 * The one place of `level` the article names, when a body of it names that place and the data
 * knows it: a place named only in passing ("một đại biểu tỉnh Thái Bình") is no organ's.
 */
function onlyPlace(places: ArticlePlaces, level: Level): string | undefined {
  const named = places.named[level];
  if (named.size !== 1) return undefined;
  const [p] = named;
  return places.organs[level].has(p) && knownPlaces().get(p) === level ? p : undefined;
}

/**
 * Gives each body of `spans` named without its province the one the article names (`places`: what
 * the article has named so far, this text's added: its bodies' places and `named`, placesNamed's).
 * Changes the spans in place.
 */
export function placeBareOrgans(spans: EntitySpan[], places: ArticlePlaces, named: readonly string[] = []): void {
  const data = knownPlaces();
  for (const p of named) {
    const level = data.get(p);
    if (level) places.named[level].add(p);
  }
  for (const s of spans)
    for (const id of s.id?.startsWith('body:') ? [s.id, ...(s.roleBodies ?? [])] : (s.roleBodies ?? []))
      for (const to of [places.named, places.organs]) collect(id, to);
  for (const s of spans) {
    if (s.kind !== 'body' || !s.id?.startsWith('body:')) continue;
    const parts = s.id.slice('body:'.length).split('--');
    // The last part that names a level without its place: a level word, or an organ it ends.
    for (let k = parts.length - 1; k >= 0; k--) {
      const p = parts[k];
      if (TERM_PART.test(p)) continue;
      const word = k > 0 ? LEVEL_PART[p] : undefined;
      const organ = LEVEL_ORGAN[p];
      const level = word ?? organ;
      const place = level && onlyPlace(places, level);
      if (place) {
        parts.splice(word ? k : k + 1, word ? 1 : 0, place);
        s.id = `body:${parts.join('--')}`;
        s.placeFromArticle = true;
      }
      break;
    }
  }
}
