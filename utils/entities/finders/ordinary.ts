/**
 * Words next to a name that call the person something that is no office: an occupation or a
 * standing before the name or in apposition after it ("nông dân Nguyễn Văn Hùng", "Anh Nguyễn Văn
 * Hùng, một người dân ở xã Tân Hòa", "em Nguyễn Thị Lan, học sinh lớp 9"), or where they live
 * ("Nguyễn Văn Hùng (45 tuổi, trú tại ...)"). A name the data knows so introduced is most likely
 * another person of that name: the card says the article names no office (EntitySpan.ordinaryPerson).
 * A name next to no such words says nothing either way (the engine may not have read its office:
 * "Lê Quốc Minh - Tổng Biên tập Báo Nhân dân").
 */
import type { Scan } from '../scan';

const OCCUPATIONS = [
  'người dân',
  'nông dân',
  'ngư dân',
  'công nhân',
  'người lao động',
  'bệnh nhân',
  'nạn nhân',
  'tiểu thương',
  'học sinh',
  'sinh viên',
  'thí sinh',
  'giáo viên',
  'cử tri',
  'chủ hộ',
  'chủ quán',
  'chủ tiệm',
  'tài xế',
  'lái xe',
  'du khách',
  'hành khách',
  'nghệ nhân',
  'vận động viên',
  'phụ huynh',
].map((p) => p.split(' '));
/** Words of address that may stand between the occupation and the name ("nông dân" + "anh" + name). */
const ADDRESS = new Set(['anh', 'chị', 'em', 'ông', 'bà', 'cháu', 'cụ', 'bé']);
/** Where a person lives: "trú tại", "ngụ ở", "thường trú", "tạm trú". */
const RESIDENCE = new Set(['trú', 'ngụ']);
/** How far after the name the apposition or its bracket is read. */
const REACH = 8;

const occupationEndingAt = (s: Scan, end: number) =>
  OCCUPATIONS.some((p) => s.cont(end - 1) && s.wordsAt(end - p.length, p));
const occupationAt = (s: Scan, k: number) => OCCUPATIONS.some((p) => s.wordsAt(k, p));

export function ordinaryPersonAt(s: Scan, from: number, to: number): boolean {
  if (occupationEndingAt(s, from) || (ADDRESS.has(s.f(from - 1)) && occupationEndingAt(s, from - 1))) return true;
  if (s.f(to) !== ',' && s.f(to) !== '(') return false;
  let k = to + 1;
  if (s.f(k) === 'một' || s.f(k) === 'là') k++;
  if (s.cont(k) && occupationAt(s, k)) return true;
  // "(45 tuổi, trú tại ...)", ", ngụ ấp ..."
  for (let j = to + 1; j < to + REACH && s.cont(j) && s.f(j) !== ')' && s.f(j) !== '.'; j++)
    if (RESIDENCE.has(s.f(j))) return true;
  return false;
}
