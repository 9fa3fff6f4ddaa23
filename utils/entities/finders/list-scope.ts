/**
 * The place a list of organs closes with, for a national organisation named in the list without
 * one: in "các sở, ban, ngành, MTTQ, đoàn thể tỉnh" and "MTTQ Việt Nam và các tổ chức chính trị -
 * xã hội trên địa bàn tỉnh" the Front is the province's, not the national one.
 */
import { localityAt } from './qualifiers';
import type { Scan } from '../scan';

/** The words a list of organs may close with before its place ("đoàn thể tỉnh", "trên địa bàn tỉnh"). */
const CLOSING = new Set(['thể', 'hội', 'ngành', 'bàn', 'quyền']);
/** How far on the list may go (tokens). */
const REACH = 16;

/** The id part ("--tinh") of the place closing the list token e (a comma or "và" after the organ) goes on, or ''. */
export function listScopeId(s: Scan, e: number): string {
  if (!s.cont(e) || (s.f(e) !== ',' && s.f(e) !== 'và')) return '';
  for (let k = e + 1; k < Math.min(s.count, e + REACH) && s.cont(k); k++) {
    const w = s.f(k);
    // Only lower-case words of a list: another name, or any other stop, ends it.
    if (s.isWord(k) ? s.isCap(k) : w !== ',' && w !== '-') return '';
    if (!CLOSING.has(w) || !s.has(k + 1, 'level')) continue;
    const place = localityAt(s, k + 1, false, false);
    return place ? `--${place.id}` : '';
  }
  return '';
}
