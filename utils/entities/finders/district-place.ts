/**
 * A district's name after its organ read with no place ("Huyện ủy", "UBND huyện"): the data lists
 * no districts, and many are named after people ("huyện Trần Văn Thời") or read like names
 * ("Châu Thành A"), so the capitals after such an organ are its place before they are a person.
 */
import type { Scan } from '../scan';
import type { Bodies } from './bodies';
import { DASHES } from '../clause';

/** A district-level organ with no place: "Huyện ủy", "Quận ủy", "Thị ủy", "UBND huyện", "HĐND quận". */
const BARE_DISTRICT = /^(huyen-uy|quan-uy|thi-uy|[a-z-]+--(huyen|quan|thi-xa))$/;
/** Words an office may start with before its title. */
const LEADS = new Set(['phó', 'quyền', 'nguyên', 'cựu']);
/** How far the capitals after the organ are read. */
const MAX_RUN = 8;

/**
 * Where a person's name may start after the office ending at token `end`: `end` itself unless a
 * bare district organ ends there and capitals follow; then the start of a name of two to four words
 * closing five or more of them ("Bí thư Huyện ủy Trần Văn Thời Lê Thị Nhung", r374), or -1 when
 * they are the place alone: the office in apposition to a name before it ("Bà Lê Thị Nhung, Bí thư
 * Huyện ủy Trần Văn Thời phát biểu").
 */
export function nameAfterDistrict(s: Scan, bodies: Bodies, start: number, end: number): number {
  const k = bodies.startOfBodyEndingAt(end);
  const id = k >= 0 ? bodies.at(k)?.id : undefined;
  if (!id || !BARE_DISTRICT.test(id)) return end;
  let run = end;
  while (run < end + MAX_RUN && s.cont(run) && s.isCapWord(run)) run++;
  if (run === end) return end;
  // (The office's first word: "Ông A, Phó Chủ tịch ..." is read from "Chủ tịch" too.)
  let a = start;
  while (a > 0 && LEADS.has(s.f(a - 1))) a--;
  // In apposition to a name ("bà A (Bí thư Huyện ủy X)"), or in a list of a career's offices
  // ("từng đảm nhiệm các chức vụ: Phó Chủ tịch UBND huyện X; ..."): the place.
  const mark = s.f(a - 1);
  if ((mark === ',' || mark === '(' || DASHES.has(mark)) && s.isCapWord(a - 2)) return -1;
  if ((mark === ':' || mark === ';') && careerBefore(s, a - 1)) return -1;
  // Five capitals or more are a place and a name; fewer may be either, and are left to the name.
  if (run - end < 5) return end;
  for (let p = end + 2; p <= run - 2; p++) if (run - p <= 4 && s.isSurname(p)) return p;
  return end;
}

/** The sentence before token k speaks of a career's offices: "các chức vụ", "đảm nhiệm", "đảm nhận". */
function careerBefore(s: Scan, k: number): boolean {
  for (let j = k - 1; j >= 0 && j > k - 60 && s.f(j) !== '.' && !s.lineBefore(j + 1); j--)
    if (s.wordsAt(j, ['chức', 'vụ']) || s.wordsAt(j, ['đảm', 'nhiệm']) || s.wordsAt(j, ['đảm', 'nhận'])) return true;
  return false;
}
