/**
 * The Party organisation of a locality's Party agencies, named since the 2025 reform by what it
 * groups: "Đảng bộ các cơ quan Đảng tỉnh Nghệ An", "Đảng ủy các cơ quan Đảng thành phố Hà Nội",
 * a commune's "Chi bộ các cơ quan Đảng xã Yên Lạc". Read as one body with an id of its own: no
 * record describes it, so the card names it and shows no facts. The central one is the
 * gazetteer's ("Đảng ủy các cơ quan Đảng Trung ương").
 */
import type { Scan } from '../scan';
import type { BodyParse } from './bodies';
import { localityAt } from './qualifiers';

/** The organisation's head words, folded (the matching form puts the tone of "uy" on the y). */
const HEADS = [
  ['đảng', 'bộ'],
  ['đảng', 'uỷ'],
  ['chi', 'bộ'],
];
const GROUPS = ['các', 'cơ', 'quan', 'đảng'];

/** The Party agencies' organisation starting at token i, or null. */
export function partyAgencies(s: Scan, i: number): BodyParse | null {
  // "các" first: most tokens that may start a body are not followed by it.
  if (s.f(i + 2) !== 'các' || !s.isCap(i) || !HEADS.some((h) => s.wordsAt(i, h)) || !s.cont(i + 2)) return null;
  // "Đảng" capitalised, as in a name: "các cơ quan đảng" in running text is any of them.
  if (!s.wordsAt(i + 2, GROUPS) || !s.isCap(i + 5) || !s.cont(i + 5)) return null;
  let e = i + 6;
  if (s.wordsAt(e, ['trung', 'ương']) || s.wordsAt(e, ['ở', 'trung', 'ương'])) return null;
  const loc = s.cont(e) ? localityAt(s, e, false) : null;
  if (loc) e = loc.end;
  // Its name and its place, as a unit's id: the name finds no record, so no card shows facts.
  const id = loc ? `${s.slugOf(i, i + 6)}--${loc.id}` : s.slugOf(i, i + 6);
  return { end: e, id, rec: { id, level: 'local' } };
}
