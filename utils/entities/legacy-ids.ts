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
 * - the engine now also keeps a Party or parliamentary term ("body:quoc-hoi--khoa-xv") when the
 *   text gives one. An old id without it stays as it is: which term the text meant was not kept,
 *   and guessing would put a visit in the wrong term's dossier. The reader can merge the two.
 */
import bodiesData from './data/bodies.json';
import { matchKey } from '../text/normalize';

const PROVINCES = new Set((bodiesData as { localities: { id: string }[] }).localities.map((l) => l.id));
const LEVELS: Record<string, string> = { tp: 'thanh-pho', tx: 'thi-xa' };
/** One id the first engine built wrongly (the committee's name twice). */
const FIXED: Record<string, string> = {
  'body:ban-chap-hanh--ban-chap-hanh-trung-uong-dang': 'body:ban-chap-hanh-trung-uong-dang',
};
const SLUG = /^[a-z0-9]+(?:-{1,2}[a-z0-9]+)*$/;

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
  if (!SLUG.test(rest)) return `${kind}:${matchKey(rest)}`;
  if (kind !== 'body' || !rest.includes('--')) return id;
  const [head, ...parts] = rest.split('--');
  return `body:${[head, ...parts.map(locality)].join('--')}`;
}
