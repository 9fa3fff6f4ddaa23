/**
 * Organisations of agencies, each read as one body with an id of its own: no record describes it,
 * so the card names it and shows no facts. The Party organisation of a locality's Party agencies,
 * named since the 2025 reform by what it groups ("Đảng bộ các cơ quan Đảng tỉnh Nghệ An", "Đảng ủy
 * các cơ quan Đảng thành phố Hà Nội", a commune's "Chi bộ các cơ quan Đảng xã Yên Lạc"; the
 * central one is the gazetteer's, "Đảng ủy các cơ quan Đảng Trung ương"), and the organisations of
 * one agency's staff (agencyUnit).
 */
import type { Scan } from '../scan';
import type { BodyParse } from './bodies';
import type { Titles } from './titles';
import { frontBlockEnd, localityAt, termAt } from './qualifiers';
import { bodyInfo, ownId } from './own-id';

/** The organisation's head words, folded (the matching form puts the tone of "uy" on the y). */
const HEADS = [
  ['đảng', 'bộ'],
  ['đảng', 'uỷ'],
  ['chi', 'bộ'],
];
const GROUPS = ['các', 'cơ', 'quan', 'đảng'];

/** A Party organ read by its words starting at token i: the agencies' organisation, or the Central Committee of a term. */
export const partyOrganAt = (s: Scan, i: number): BodyParse | null =>
  partyAgencies(s, i) ?? centralCommitteeOfTerm(s, i);

/**
 * "Trung ương" alone, capitalised, with a term's number after it, is the Central Committee of that
 * term: "Ủy viên Trung ương khóa XIII", "Trung ương khóa XIV bầu Bộ Chính trị". Not inside an
 * event's name ("Hội nghị Trung ương khóa XIV", not marked), nor without a term ("cấp Trung ương").
 */
function centralCommitteeOfTerm(s: Scan, i: number): BodyParse | null {
  if (!s.isCap(i) || !s.wordsAt(i, ['trung', 'ương']) || s.wordsAt(i - 2, ['hội', 'nghị'])) return null;
  const term = termAt(s, i + 2);
  // (A tenure is another's: "đại hội đảng bộ trực thuộc Trung ương nhiệm kỳ 2025-2030".)
  if (!term?.id.startsWith('khoa-')) return null;
  const rec = bodyInfo('ban-chap-hanh-trung-uong-dang');
  return rec ? { end: term.end, id: `${rec.id}--${term.id}`, rec } : null;
}

/** The Party agencies' organisation starting at token i, or null. */
function partyAgencies(s: Scan, i: number): BodyParse | null {
  // "các" first: most tokens that may start a body are not followed by it.
  if (s.f(i + 2) !== 'các' || !s.isCap(i) || !HEADS.some((h) => s.wordsAt(i, h)) || !s.cont(i + 2)) return null;
  // "Đảng" capitalised, as in a name: "các cơ quan đảng" in running text is any of them; without
  // it before a level word, the same organisation ("Đảng ủy các cơ quan tỉnh").
  const named = s.wordsAt(i + 2, GROUPS) && s.isCap(i + 5) && s.cont(i + 5);
  if (!named && !(s.wordsAt(i + 2, GROUPS.slice(0, 3)) && s.cont(i + 5) && s.has(i + 5, 'level'))) return null;
  let e = named ? i + 6 : i + 5;
  if (s.wordsAt(e, ['trung', 'ương']) || s.wordsAt(e, ['ở', 'trung', 'ương'])) return null;
  const loc = s.cont(e) ? localityAt(s, e, false) : null;
  if (loc) e = loc.end;
  // Its name and its place, as a unit's id: the name finds no record, so no card shows facts.
  const name = `${s.slugOf(i, i + 2)}-cac-co-quan-dang`;
  const id = loc ? `${name}--${loc.id}` : name;
  return { end: e, id, rec: { id, level: 'local' } };
}

const YOUTH_UNION = 'doan-thanh-nien';
/** Organisations of an agency's staff, folded, longest first, with the kind their ids share. */
const UNIT_HEADS: [string[], string][] = [
  [['đoàn', 'thanh', 'niên', 'cộng', 'sản', 'hồ', 'chí', 'minh'], YOUTH_UNION],
  [['đoàn', 'tncs', 'hồ', 'chí', 'minh'], YOUTH_UNION],
  [['đoàn', 'thanh', 'niên'], YOUTH_UNION],
  [['đoàn'], YOUTH_UNION],
  [['chi', 'đoàn'], 'chi-doan'],
  [['chi', 'bộ'], 'chi-bo'],
  [['đảng', 'bộ'], 'dang-bo'],
  [['đảng', 'uỷ'], 'dang-uy'],
  [['công', 'đoàn'], 'cong-doan'],
  [['hội', 'cựu', 'chiến', 'binh'], 'hoi-cuu-chien-binh'],
];
const UNIT_FIRST = new Set(UNIT_HEADS.map(([words]) => words[0]));

/**
 * An organisation of one agency's staff: its Youth Union, Party cell or committee, trade union or
 * veterans' association, named "<organisation> cơ quan <agency>" ("Đoàn TNCS Hồ Chí Minh cơ quan
 * Bộ Tài chính", "Chi bộ cơ quan Ủy ban Trung ương MTTQ Việt Nam", "Công đoàn cơ quan Bộ Y tế"),
 * and the Youth Union of the Front's block ("Đoàn Thanh niên Mặt trận Tổ quốc, các đoàn thể Trung
 * ương"). One body, not the national organisation with the agency beside it: an id of its own, the
 * organisation's kind and the agency's id, so that every spelling is one entity and no card shows
 * the national organisation's facts. `bodyAt` reads the agency.
 */
export function agencyUnit(s: Scan, i: number, bodyAt: (k: number) => BodyParse | null): BodyParse | null {
  if (!s.isCap(i) || !UNIT_FIRST.has(s.f(i))) return null;
  const head = UNIT_HEADS.find(([words]) => s.wordsAt(i, words) && s.cont(i + words.length - 1));
  if (!head) return null;
  const [words, kind] = head;
  const k = i + words.length;
  // The Youth Union's own names take the block as its record does (Bodies.qualify), with a term.
  if (kind === YOUTH_UNION && s.longest(i, 'body')?.end !== k) {
    const block = frontBlockEnd(s, k);
    if (block > k) {
      const id = ownId('trung-uong-doan-thanh-nien-cong-san-ho-chi-minh', 'mat-tran-to-quoc-cac-doan-the-trung-uong');
      return { end: block, id, rec: { id, level: 'central' } };
    }
  }
  if (!s.wordsAt(k, ['cơ', 'quan']) || !s.cont(k)) return null;
  // The agency, or a body named from "cơ quan" on ("cơ quan Trung ương Hội Nông dân Việt Nam").
  const agency = bodyAt(k) ?? (s.cont(k + 2) ? bodyAt(k + 2) : null);
  if (!agency || agency.rec.level === 'foreign') return null;
  const id = ownId(kind, 'co-quan', agency.id.replace(/^co-quan-/, ''));
  return { end: agency.end, id, rec: { id, level: 'local' } };
}

/** A Party cadres' committee ("Ban cán sự đảng"), named bare: whose it is, the organ after it says. */
const CADRES = 'ban-can-su-dang';
/** A committee's organs that a list names before the committee: "Ban Chấp hành, Ban Thường vụ Tỉnh ủy X". */
const LISTED_ORGANS = new Set(['ban-chap-hanh', 'ban-thuong-vu']);

/**
 * Whose organ a bare one is, [i, parse.end): the committee of the next member of its list ("Ban
 * Chấp hành" + ", Ban Thường vụ Tỉnh ủy Gia Lai": "tinh-uy--gia-lai"), or the next title's organ
 * for a cadres' committee (cadresOrgan); null when nothing says.
 */
export function organOfBare(
  s: Scan,
  titles: Titles,
  parse: BodyParse,
  bodyAt: (k: number) => BodyParse | null,
): string | null {
  if (parse.id === CADRES) return cadresOrgan(s, titles, parse.end, bodyAt);
  if (!LISTED_ORGANS.has(parse.id) || !(s.f(parse.end) === ',' || s.f(parse.end) === 'và') || !s.cont(parse.end + 1))
    return null;
  const next = bodyAt(parse.end + 1);
  const [organ, ...owner] = next?.id.split('--') ?? [];
  return LISTED_ORGANS.has(organ) && organ !== parse.id && owner.length ? owner.join('--') : null;
}

/**
 * The organ a bare "Ban cán sự đảng" [.., end) belongs to, in a chain of one person's titles: the
 * body of the next title ("Bí thư Ban cán sự đảng, Chủ tịch UBND tỉnh Gia Lai"), or null.
 */
function cadresOrgan(s: Scan, titles: Titles, end: number, bodyAt: (k: number) => BodyParse | null): string | null {
  if (s.f(end) !== ',' || !s.cont(end + 1)) return null;
  const title = titles.at(end + 1);
  // The organ after the title, or one the title holds the first word of ("Chủ tịch UBND" + "tỉnh Gia Lai").
  for (let k = end + 2; title > 0 && k <= title && s.cont(k); k++) {
    const organ = bodyAt(k);
    if (organ && organ.end >= title) return organ.rec.level !== 'foreign' && organ.id !== CADRES ? organ.id : null;
  }
  return null;
}
