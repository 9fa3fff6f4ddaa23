/**
 * What may follow an organ's name and belongs to it: its locality ("tỉnh Bình Dương", "TP.HCM",
 * "huyện Thạch Thành") and its term ("khóa IX", "nhiệm kỳ 2011-2016").
 */
import { slugify } from '../../text/normalize';
import type { Scan } from '../scan';
import { wordSets } from '../words';

const TERM_NUMBER = /^([IVXLC]+|\d{1,2})$/;
const YEAR = /^\d{4}$/;

/** The token after a term qualifier at token e ("khóa IX", "khóa 11", "nhiệm kỳ 2011-2016"), or e. */
export function endOfTerm(s: Scan, e: number): number {
  const f = s.f(e);
  if ((f === 'khóa' || f === 'khoá') && s.cont(e + 1) && TERM_NUMBER.test(s.c(e + 1))) return e + 2;
  // A compact term "nhiệm kỳ 2011-2016" belongs to the name; a spaced one reads as a date range.
  if (f === 'nhiệm' && s.f(e + 1) === 'kỳ' && YEAR.test(s.f(e + 2))) {
    if (s.f(e + 3) === '-' && !s.spaceBefore(e + 3) && YEAR.test(s.f(e + 4)) && !s.spaceBefore(e + 4)) return e + 5;
  }
  return e;
}

export interface Place {
  /** The token after it. */
  end: number;
  id: string;
}

/** A locality after a local organ at token e: a province, a level word and its place, or (`barePlace`) a bare place name. */
export function localityAt(s: Scan, e: number, barePlace: boolean): Place | null {
  if (!s.cont(e)) return null;
  const level = s.longest(e, 'level');
  const loc = s.longest(e, 'loc', (t) => t.leveled || !t.rec.needsLevel);
  if (loc && (!level || loc.end > level.end)) return { end: loc.end, id: loc.term.rec.id };
  if (level) {
    const p = placeAt(s, level.end);
    if (p) return { end: p.end, id: `${slugify(s.textOf(e, level.end))}-${p.id}` };
    return { end: level.end, id: slugify(s.textOf(e, level.end)) };
  }
  return barePlace ? placeAt(s, e) : null;
}

/** A place name at token j: a known province, or a short capitalised run that is not a person's name. */
export function placeAt(s: Scan, j: number): Place | null {
  if (!s.cont(j)) return null;
  const loc = s.longest(j, 'loc');
  if (loc) return { end: loc.end, id: loc.term.rec.id };
  const { strongSurnames, surnames } = wordSets();
  let k = j;
  while (s.cont(k) && s.isCapWord(k) && !s.longest(k, 'title') && !s.has(k, 'body')) {
    if (k > j && strongSurnames.has(s.c(k))) break;
    k++;
    // "Thừa Thiên-Huế", "Bà Rịa-Vũng Tàu"
    if (s.f(k) === '-' && !s.spaceBefore(k) && s.isCapWord(k + 1) && !s.spaceBefore(k + 1)) k += 2;
  }
  const run = k - j;
  if (!run) return null;
  if (run >= 3 && surnames.has(s.c(j))) return null;
  if (run >= 2 && strongSurnames.has(s.c(j))) return null;
  const end = j + Math.min(run, 2);
  return { end, id: slugify(s.textOf(j, end)) };
}
