/**
 * Entity ids as the first engine wrote them (extension 0.1), in today's form, so notes, visits,
 * merges and reader facts saved then still meet what the engine finds now (the database upgrades
 * its records once: utils/db/db.ts, version 5; an imported backup is upgraded the same way).
 *
 * What changed, and what this can and cannot redo:
 * - a rule find's id is its kind and its text under the `key` preset (one tone placement and
 *   straight quotes, besides case and spaces): "body:ủy ban x" is redone exactly;
 * - a known province in a body's id is the province's own id whatever level word the text used:
 *   "--tinh-binh-dinh", "--tp-ha-noi" become "--binh-dinh", "--ha-noi"; the abbreviated level
 *   words are spelled out ("--tp" → "--thanh-pho", "--tp-thu-duc" → "--thanh-pho-thu-duc");
 * - a prefix and a body that together are a name the data knows take that name's id
 *   ("body:van-phong--chinh-phu" → "body:van-phong-chinh-phu"), and a rule find whose text is a
 *   name or alias the data has since learnt takes its record's id (database version 6);
 * - the engine now also keeps a Party or parliamentary term ("body:quoc-hoi--khoa-xv") when the
 *   text gives one. An old id without it stays as it is: which term the text meant was not kept,
 *   and guessing would put a visit in the wrong term's dossier. The reader can merge the two;
 * - a Party resolution named after a plenum or a congress has one id however it is worded
 *   (document-ids.ts; database version 7). A bare congress ("Đại hội XIV") that the words after
 *   it called the Party's ("của Đảng") now joins the national one; the old id did not keep those
 *   words, so it stays with the bare one;
 * - another country's organ is named by the country's id, however the text names the country
 *   ("Bộ Ngoại giao Liên bang Nga" is "bo-ngoai-giao-nga"; database version 8), and a foreign
 *   party's organ by one name ("Trung ương Đảng Cộng sản Trung Quốc" and "Ban Chấp hành Trung
 *   ương ..." are its Central Committee).
 */
import bodiesData from './data/bodies.json';
import { matchKey, slugify } from '../text/normalize';
import { documentSlug } from './document-ids';
import { partyOrganId } from './finders/own-id';

interface BodyRow {
  id: string;
  name: string;
  level?: string;
  aliases?: string[];
}
const data = bodiesData as { localities: { id: string }[]; bodies: BodyRow[]; countries: string[][] };
const PROVINCES = new Set(data.localities.map((l) => l.id));
const LEVELS: Record<string, string> = { tp: 'thanh-pho', tx: 'thi-xa' };
/** Ids the engines built wrongly: the committee's name twice; the Party's Central Office as "Văn phòng" + the Central Committee. */
const FIXED: Record<string, string> = {
  'body:ban-chap-hanh--ban-chap-hanh-trung-uong-dang': 'body:ban-chap-hanh-trung-uong-dang',
  'body:van-phong--ban-chap-hanh-trung-uong-dang': 'body:van-phong-trung-uong-dang',
};
/** A body the data knows, by the slug and by the key of each of its names. */
const BY_SLUG = new Map<string, string>();
const BY_KEY = new Map<string, string>();
for (const b of data.bodies)
  for (const name of [b.name, ...(b.aliases ?? [])]) {
    BY_SLUG.set(slugify(name), b.id);
    BY_KEY.set(matchKey(name), b.id);
  }

/**
 * Parts of a composed id that together are a name the data knows keep that name's id, as the
 * engine now reads them: "van-phong--chinh-phu" (a prefix and the Government) is the Government
 * Office, "van-phong-chinh-phu".
 */
function joinKnown(parts: string[]): string[] {
  for (let k = 0; k + 1 < parts.length; k++) {
    const whole = BY_SLUG.get(`${parts[k]}-${parts[k + 1]}`);
    if (whole) return joinKnown([...parts.slice(0, k), whole, ...parts.slice(k + 2)]);
  }
  return parts;
}
const SLUG = /^[a-z0-9]+(?:-{1,2}[a-z0-9]+)*$/;

/** Each country's other names as slugs, longest first, with its id (the slug of its first name). */
const COUNTRY_ALIASES: [string, string][] = data.countries
  .flatMap((names) => names.slice(1).map((n): [string, string] => [slugify(n), slugify(names[0])]))
  .filter(([alias, id]) => alias !== id)
  .sort((a, b) => b[0].length - a[0].length);

/** Foreign parties: the data's, and a communist party named by its country ("dang-cong-san-<country>"), longest first. */
const PARTIES = [
  ...data.bodies.filter((b) => b.level === 'foreign' && b.id.startsWith('dang-')).map((b) => b.id),
  ...data.countries.map((names) => `dang-cong-san-${slugify(names[0])}`).filter((p) => p !== 'dang-cong-san-viet-nam'),
].sort((a, b) => b.length - a.length);
const CENTRAL_ORGAN = /(^|-)(trung-uong|bo-chinh-tri|ban-bi-thu|ban-chap-hanh)(-|$)/;

/**
 * A foreign party's organ as the engines before database version 8 named it, in the order the
 * text gave its words ("dang-cong-san-trung-quoc-trung-uong-ban-chap-hanh"): one name now
 * (finders/own-id.ts partyOrganId).
 */
function foreignPartyOrgan(rest: string): string | undefined {
  const party = PARTIES.find((p) => rest.startsWith(`${p}-`));
  const organ = party && rest.slice(party.length + 1);
  if (!party || !organ || !CENTRAL_ORGAN.test(organ)) return undefined;
  const id = partyOrganId(party, organ);
  return id === rest ? undefined : id;
}

/**
 * Another country's organ as the engines before database version 8 named it, by the country as
 * written ("bo-ngoai-giao-lien-bang-nga", "quoc-hoi-nuoc-chdcnd-lao"): by the country's id now
 * ("bo-ngoai-giao-nga", "quoc-hoi-lao"; finders/own-id.ts). Only when the organ's words are a
 * name the data knows, so a place that ends like a country's name is never read as one.
 */
function foreignOrgan(rest: string): string | undefined {
  if (BY_SLUG.has(rest)) return undefined;
  const partyOrgan = foreignPartyOrgan(rest);
  if (partyOrgan) return partyOrgan;
  const bare = rest.replace(/-nuoc-ngoai$/, '');
  for (const [alias, country] of COUNTRY_ALIASES) {
    if (!bare.endsWith(`-${alias}`)) continue;
    const organ = bare.slice(0, -alias.length - 1).replace(/-nuoc$/, '');
    return BY_SLUG.has(organ) ? `${organ}-${country}` : undefined;
  }
  return undefined;
}

function locality(part: string): string {
  if (PROVINCES.has(part)) return part;
  if (LEVELS[part]) return LEVELS[part];
  const m = /^(tinh|tp|thanh-pho|tx)-(.+)$/.exec(part);
  if (!m) return part;
  // A province's id may itself hold its level word ("tp-ho-chi-minh").
  for (const known of [m[2], `tp-${m[2]}`]) if (PROVINCES.has(known)) return known;
  return LEVELS[m[1]] ? `${LEVELS[m[1]]}-${m[2]}` : part;
}

/** `id` as the current engine writes it (the same id when nothing about it changed). */
export function currentEntityId(id: string): string {
  if (FIXED[id]) return FIXED[id];
  const colon = id.indexOf(':');
  if (colon < 0) return id;
  const kind = id.slice(0, colon);
  const rest = id.slice(colon + 1);
  if (!SLUG.test(rest)) {
    // A rule find whose text is a name the data now knows ("Ban Tuyên giáo - Dân vận Trung ương").
    const key = matchKey(rest);
    const known = kind === 'body' ? BY_KEY.get(key) : undefined;
    return known ? `body:${known}` : `${kind}:${key}`;
  }
  if (kind === 'resolution') return `resolution:${documentSlug(rest)}`;
  if (kind === 'body' && !rest.includes('--')) {
    const organ = foreignOrgan(rest);
    return organ ? `body:${organ}` : id;
  }
  if (kind !== 'body') return id;
  const [head, ...parts] = rest.split('--');
  return `body:${joinKnown([head, ...parts.map(locality)]).join('--')}`;
}
