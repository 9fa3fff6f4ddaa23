/**
 * Ministries read from their shape rather than their full name: "Bộ Khoa học - Công nghệ" for the
 * ministry the data names with "và", and a foreign ministry ("Bộ Nông Lâm Lào").
 */
import type { BodyInfo } from '../match-data';
import { Scan } from '../scan';
import type { BodyParse } from './bodies';
import { countryOrganId } from './own-id';
import { namesVietNam } from './foreigners';

/** The body the data names "A và B" for "A - B" (tokens [i, dash) and (dash, end)), if any. */
function spelledWithAnd(s: Scan, i: number, dash: number, end: number): BodyInfo | undefined {
  const phrase = new Scan(s.gazetteer, `${s.textOf(i, dash)} và ${s.textOf(dash + 1, end)}`);
  const hit = phrase.longest(0, 'body');
  return hit && hit.end === phrase.count ? hit.term.rec : undefined;
}

/** "Bộ Khoa học - Công nghệ": a ministry the press names with a dash for "và" (a few words either side). */
export function dashedMinistry(s: Scan, i: number): BodyParse | null {
  if (!s.is(i, 'bộ') || !s.isCapWord(i + 1) || !s.cont(i + 1)) return null;
  let dash = i + 1;
  while (dash < i + 5 && s.isWord(dash) && s.cont(dash)) dash++;
  if (s.f(dash) !== '-' || !s.cont(dash) || !s.isCapWord(dash + 1) || !s.cont(dash + 1)) return null;
  let last = dash + 1;
  while (last < dash + 5 && s.isWord(last + 1) && s.cont(last + 1)) last++;
  for (let end = last + 1; end > dash + 1; end--) {
    const rec = spelledWithAnd(s, i, dash, end);
    if (rec) return { end, id: rec.id, rec };
  }
  return null;
}

/** "Bộ Nông Lâm Lào": a ministry word, a short capitalised name, then a country. */
export function foreignMinistry(s: Scan, i: number): BodyParse | null {
  if (!s.is(i, 'bộ') || !s.isCap(i)) return null;
  for (let k = i + 1; k <= i + 4 && s.isCapWord(k) && s.cont(k); k++) {
    const c = s.longest(k + 1, 'country');
    if (c && k + 1 > i + 1) {
      const id = countryOrganId(s, i, k + 1, c.term);
      return { end: c.end, id, rec: { id, level: 'foreign' } };
    }
  }
  return null;
}

/**
 * A communist party named by its country, which the data does not know: "Đảng Cộng sản Nhật
 * Bản", "Đảng Cộng sản LB Nga". Its id is the words and the country's id ("dang-cong-san-nga"),
 * never our Party's.
 */
export function communistPartyAt(s: Scan, i: number): BodyParse | null {
  if (!s.isCap(i) || !s.wordsAt(i, ['đảng', 'cộng', 'sản']) || !s.cont(i + 3)) return null;
  const c = s.longest(i + 3, 'country');
  if (!c || namesVietNam(s, i + 3, c.end)) return null;
  const id = countryOrganId(s, i, i + 3, c.term);
  return { end: c.end, id, rec: { id, level: 'foreign' }, party: id };
}
