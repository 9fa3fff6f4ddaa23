/**
 * The body a prefix ("Ban Thường vụ", "Văn phòng", "Đảng ủy") and the body after it name
 * together, once bodies.ts has read both: one id however the text writes it, a foreign body's
 * organ apart from ours, and a Party committee's term after a unit that takes none of its own.
 */
import type { Scan } from '../scan';
import type { BodyInfo } from '../match-data';
import type { BodyParse } from './bodies';
import { centralBoard, ownId, partyOrganId, prefixId } from './own-id';
import { termAt } from './terms';
import { isClausePair, RELATION_WORDS } from '../clause';

/** Prefixes that name a Party committee (or its executive), whose term follows the unit they belong to. */
const COMMITTEE_PREFIXES = new Set(['dang-uy', 'dang-bo', 'ban-chap-hanh', 'ban-thuong-vu', 'thuong-vu']);
const TERMED = /--(khoa|nhiem-ky)-/;

/**
 * The prefix at token i (its gazetteer record) composed with the body after it. `tenureAfter`: a
 * term after the whole is a tenure's or a congress's ("Bí thư Đảng ủy Quân khu 9 nhiệm kỳ ...").
 */
export function composePrefixed(
  s: Scan,
  i: number,
  prefix: BodyInfo,
  inner: BodyParse,
  tenureAfter: boolean,
): BodyParse {
  // "Ban Chấp hành" + "Trung ương Đảng khóa IX" is the Central Committee itself: one id however it is named.
  const whole = s.all(i, 'body');
  if (whole.some((h) => h.term.rec.id === inner.rec.id)) return { ...inner, end: inner.end };
  // A name the data knows as a whole keeps its own id: "Văn phòng Trung ương Đảng" is the Party's
  // Central Office, not "Văn phòng" + the Central Committee.
  const named = whole.find((h) => h.end === inner.end)?.term.rec;
  if (named) return { end: inner.end, id: named.id, rec: named };
  const known = centralBoard(prefix.id, inner);
  if (known) return { end: inner.end, ...known };
  // Before a foreign body ("Ban Chấp hành" + "Trung ương Đảng Nhân dân Cách mạng Lào"), the
  // prefix names that body's organ: one id with no record of ours in it (foreignPartyOrgan).
  if (inner.rec.level === 'foreign') {
    const { party, organ } = inner;
    const id = party && organ ? partyOrganId(party, `${organ}-${prefix.id}`) : ownId(inner.id, prefix.id);
    return { end: inner.end, id, rec: { id, level: 'foreign' }, party };
  }
  const id = `${prefixId(prefix.id, inner.rec)}--${inner.id}`;
  // A unit has no term, its Party committee has: "Đảng ủy Quân khu 9 nhiệm kỳ 2020 - 2025".
  // (One term: "Ban Chấp hành Đảng bộ tỉnh khóa XI" keeps its own, not the "nhiệm kỳ" after it.)
  const termed = COMMITTEE_PREFIXES.has(prefix.id) && !tenureAfter && !TERMED.test(inner.id);
  const term = termed ? termAt(s, inner.end) : null;
  if (!term) return { end: inner.end, id, rec: prefix };
  const beforeTerm = s.f(inner.end) === 'nhiệm' ? { end: inner.end, id } : undefined;
  return { end: term.end, id: `${id}--${term.id}`, rec: prefix, beforeTerm };
}

/**
 * "Thường trực" at token i before an organ (ending at e) that has no standing body is a title
 * ("Thường trực Ban Bí thư Trần Cẩm Tú"), unless it is the organ's standing members acting: named
 * among organs, after a relation word or a predicate ("yêu cầu Thường trực Ủy ban Kinh tế"), with
 * the rest of the sentence after it ("Bộ Chính trị, Ban Bí thư, Thường trực Ban Bí thư trong việc
 * ...") or another organ ("Thường trực Ủy ban Kinh tế, Bộ Tài chính và ..."). Not after a name's
 * comma: "Nguyễn Văn Nên, Thường trực Tiểu ban ..." is his office. `organ(k)`: a body starts at k;
 * `bodyEndsAt(k)`: one ends there.
 */
export function standingAsOrgan(
  s: Scan,
  i: number,
  e: number,
  organ: (k: number) => boolean,
  bodyEndsAt: (k: number) => boolean,
): boolean {
  if (i === 0 || s.lineBefore(i)) return false;
  const before = s.f(i - 1);
  const afterName = before === ',' && s.isCapWord(i - 2) && !bodyEndsAt(i - 1);
  const object = before === ',' || before === 'và' || RELATION_WORDS.has(before) || isClausePair(s, i - 2);
  if (afterName || !object) return false;
  const rest = e >= s.count || s.lineBefore(e) || (!s.isCap(e) && s.f(e) !== ',');
  return rest || (s.f(e) === ',' && s.isCap(e + 1) && organ(e + 1));
}
