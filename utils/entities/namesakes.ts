/**
 * Two or more people of one name in the data (OfficialRecord.distinct): the gazetteer finds the
 * name once, as the first record's, and this tells which person an article means, from what the
 * article says of them and its date:
 *   1. the offices the article gives them (EntitySpan.role, roleBodies): a person none of whose
 *      offices the text's agrees with is not the one meant (facts/namesake.ts, the card's own test);
 *      one left is the one meant when the office says where or in which force the person serves (a
 *      kind of local organ with no place does not), and so is the only one whose office the text names;
 *   2. of those left, the one the data places in office on the article's day;
 *   3. else one with an office begun by that day;
 *   4. else the first in the data.
 * Only the first settles it. Otherwise every mention also carries the others' ids
 * (EntitySpan.namesakes), and the card says the data holds another person of that name.
 * All mentions of the name in one article are taken as one person.
 */
import { matchData, type NamesakeRecord } from './match-data';
import { firstDay, heldOn, oursToBound } from '../facts/held';
import { maybeNamesake, roleKeys, roleNamesOffice } from '../facts/namesake';
import { isRankOnly, type EntitySpan } from './types';
import { slugify } from '../text/normalize';

const PREFIX = 'official:';

let groups: Map<string, NamesakeRecord[]> | undefined;
/** Each namesake's id → its name's group. */
function groupOf(id: string): NamesakeRecord[] | undefined {
  if (!groups) {
    groups = new Map();
    for (const group of matchData().namesakes ?? []) for (const r of group) groups.set(r.id, group);
  }
  return groups.get(id);
}

export function chooseNamesakes(spans: readonly EntitySpan[], date?: string): void {
  const mentions = new Map<NamesakeRecord[], EntitySpan[]>();
  for (const s of spans) {
    if (s.kind !== 'official' || !s.id?.startsWith(PREFIX)) continue;
    const group = groupOf(s.id.slice(PREFIX.length));
    if (group) mentions.set(group, [...(mentions.get(group) ?? []), s]);
  }
  for (const [group, named] of mentions) {
    const { chosen, settled } = choose(group, named, date);
    const others = group.filter((r) => r !== chosen).map((r) => PREFIX + r.id);
    for (const s of named) {
      s.id = PREFIX + chosen.id;
      if (settled) delete s.namesakes;
      else s.namesakes = others;
    }
  }
}

function choose(group: NamesakeRecord[], named: EntitySpan[], date?: string) {
  const roles = named.filter((s) => s.role);
  const fitting = roles.length
    ? group.filter((r) =>
        roles.every((s) => !maybeNamesake(s.roleBodies, r.positions, { role: s.role, foreign: !!r.country })),
      )
    : [];
  // Of those the office does not rule out, the only one it names ("nguyên Chủ tịch nước X").
  const naming = fitting.filter((r) => roles.some((s) => roleNamesOffice(s.role, r.positions, !!r.country)));
  // One left settles it when the office says where the person serves or in which force: a kind of
  // local organ alone ("phó bí thư Tỉnh ủy") fits anyone who ever held a province's office.
  if (fitting.length === 1 && (roles.some(telling) || naming.length === 1))
    return { chosen: fitting[0], settled: true };
  if (naming.length === 1) return { chosen: naming[0], settled: true };
  const pool = fitting.length ? fitting : group;
  const inOffice = date ? pool.filter((r) => r.positions.some((p) => heldOn(p, date, '', oursToBound(r)))) : [];
  // Of several in office, one holding that day an office the text gives by its title ("Chủ tịch UBND
  // tỉnh", not another's "Phó Chủ tịch UBND tỉnh Thái Nguyên", r361).
  const given = roles.flatMap((s) => s.role!.split(/[,;]/).map(officeSlug)).filter(Boolean);
  const titled = (r: NamesakeRecord) =>
    r.positions.some((p) => heldOn(p, date!, '', oursToBound(r)) && given.some((o) => slugify(p.title).startsWith(o)));
  const first = inOffice.length > 1 ? inOffice.find(titled) : undefined;
  if (first) inOffice.unshift(first);
  // Else one who held an office by then (a former official that day) before one whose offices all
  // came later: an article of 2017 naming a former President does not mean a youth leader of 2021.
  const begun = date ? pool.filter((r) => r.positions.some((p) => !!p.from && firstDay(p.from) <= date)) : [];
  return { chosen: inOffice[0] ?? begun[0] ?? pool[0], settled: false };
}

/** One office of the text's, as a slug without its modifier: "nguyên Chủ tịch UBND tỉnh" → "chu-tich-ubnd-tinh". */
const officeSlug = (office: string) => slugify(office).replace(/^(nguyen|cuu|tan|quyen)-/, '');

/**
 * The text's office for a mention says more than a kind of local organ with no place ("phó bí thư
 * Tỉnh ủy"): a place or a national organ, a rank, or a bare title the others never held.
 */
const telling = (s: EntitySpan) =>
  isRankOnly(s.role) || !s.roleBodies?.length || s.roleBodies.some((b) => roleKeys(b) !== null);
