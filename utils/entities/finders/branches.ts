/**
 * A national organ's branch, named by its parent, "chi nhánh" and its place or its area: "NHNN Chi
 * nhánh TPHCM", "Ngân hàng Nhà nước chi nhánh tỉnh Nghệ An", "NHNN Chi nhánh Khu vực 2" (2025). Its
 * place's, not the national organ: the card shows no national facts for it.
 */
import type { BodyParse } from './bodies';
import { localityAt } from './qualifiers';
import type { Scan } from '../scan';

/** The branch after a national organ ending at token e (its record's id `id`), or null. */
export function branchOf(s: Scan, e: number, id: string): BodyParse | null {
  if (!s.wordsAt(e, ['chi', 'nhánh']) || !s.cont(e + 2)) return null;
  // Its area, numbered since 2025: "Khu vực 2".
  if (s.wordsAt(e + 2, ['khu', 'vực']) && /^\d{1,2}$/.test(s.f(e + 4)) && s.cont(e + 4)) {
    const own = `${id}--chi-nhanh-khu-vuc-${s.f(e + 4)}`;
    return { end: e + 5, id: own, rec: { id: own, level: 'local' } };
  }
  const place = localityAt(s, e + 2, true);
  if (!place || place.guessed || place.region) return null;
  return { end: place.end, id: `${id}--${place.id}`, rec: { id, level: 'local' } };
}
