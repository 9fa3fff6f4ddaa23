/**
 * A body's term after its name: "khóa IX", "khóa 11", "nhiệm kỳ 2011-2016", and a council's bare
 * Roman numeral ("HĐND thành phố X"). Its id part is the term's number ("khoa-ix"), however the
 * text writes it.
 */
import type { Scan } from '../scan';
import type { Qualifier } from './qualifiers';

const ROMAN = /^[IVXLC]+$/;
/** The last word of a level whose councils are numbered by term: "tỉnh", "thành phố", "huyện", "quận". */
const TERM_LEVEL_WORDS = new Set(['tỉnh', 'phố', 'huyện', 'quận']);
const TERM_NUMBER = /^([IVXLC]+|\d{1,2})$/;
const YEAR = /^\d{4}$/;

/** A term qualifier at token e ("khóa IX", "khóa 11", "nhiệm kỳ 2011-2016"), or null. */
export function termAt(s: Scan, e: number): Qualifier | null {
  const f = s.f(e);
  if ((f === 'khóa' || f === 'khoá') && s.cont(e + 1) && TERM_NUMBER.test(s.c(e + 1))) {
    const n = s.c(e + 1);
    return { end: e + 2, id: `khoa-${ROMAN.test(n) ? s.f(e + 1) : roman(Number(n))}` };
  }
  // A term "nhiệm kỳ 2011-2016" belongs to the name, spaced or not ("nhiệm kỳ 2020 - 2025").
  if (f === 'nhiệm' && s.f(e + 1) === 'kỳ' && YEAR.test(s.f(e + 2))) {
    const span = Number(s.f(e + 4)) - Number(s.f(e + 2));
    if (s.f(e + 3) === '-' && s.cont(e + 4) && YEAR.test(s.f(e + 4)) && span > 0 && span <= 10)
      return { end: e + 5, id: `nhiem-ky-${s.f(e + 2)}-${s.f(e + 4)}` };
  }
  return null;
}

/** A council's term written as a bare Roman numeral after its level word: "HĐND thành phố" + "X". */
export function bareTermAt(s: Scan, e: number): boolean {
  return s.cont(e) && ROMAN.test(s.c(e)) && TERM_LEVEL_WORDS.has(s.f(e - 1));
}

/**
 * Courts and procuracies have no term of their own ("Hội thẩm nhân dân của Tòa án nhân dân tỉnh
 * khóa IX" is the assessors'), nor have academies, institutes and schools ("Giám đốc Học viện Chính
 * trị Quốc gia Hồ Chí Minh khóa XI" is the director's tenure).
 */
const COURTS = /^(toa-an|vien-kiem-sat|hoc-vien|vien-|truong-|dai-hoc)/;
/**
 * A body that takes no term after it: a ministry or a department ("Bộ trưởng Bộ Công an nhiệm kỳ
 * 2021-2026" is a tenure's), a court or a procuracy, or an international one ("Đại hội đồng LHQ khóa 79": a session).
 */
export const takesNoTerm = (id: string, tags: ReadonlySet<string>): boolean =>
  tags.has('optional') || ((id.startsWith('bo-') || tags.has('dept') || COURTS.test(id)) && !tags.has('term'));

/** The token after a term qualifier at token e, or e. */
export function endOfTerm(s: Scan, e: number): number {
  return termAt(s, e)?.end ?? e;
}

function roman(n: number): string {
  const parts: [number, string][] = [
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let out = '';
  for (const [v, r] of parts) while (n >= v) (out += r), (n -= v);
  return out;
}
