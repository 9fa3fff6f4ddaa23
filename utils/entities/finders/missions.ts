/** Missions abroad: an embassy, a consulate, a permanent mission, named by their country and seat. */
import { upperRun } from '../../text/chars';
import type { Scan } from '../scan';
import { personAt } from './person-names';
import { type BodyAt, record, type UnitParse } from './units';

/**
 * A mission and where it sits: "Đại sứ quán Việt Nam tại Nhật Bản", "Tổng Lãnh sự quán Việt Nam
 * tại Thượng Hải", "Phái đoàn thường trực Việt Nam tại Liên hợp quốc". Without "tại" it is a class
 * ("Cơ quan đại diện Việt Nam ở nước ngoài"), or the gazetteer's to read ("Đại sứ quán Nhật Bản").
 */
export function mission(
  s: Scan,
  i: number,
  headEnd: number,
  bodyAt: BodyAt,
  depth: number,
  known = false,
): UnitParse | null {
  let e = headEnd;
  const country = s.cont(e) ? s.longest(e, 'country') : undefined;
  if (country) e = country.end;
  // A mission named short ("Phái đoàn" + country): a delegation unless it sits at a place or an
  // organisation the data knows ("tại ASEAN"), not at an event ("tại Hội nghị COP28").
  const seat = (k: number) =>
    s.longest(k, 'country') || s.longest(k, 'loc') || s.longest(k, 'body') || (s.isWord(k) && upperRun(s.c(k), 3));
  if (known && (!country || !seat(e + 1))) return null;
  if (s.f(e) !== 'tại' || !s.cont(e) || !s.cont(e + 1)) return null;
  const at = e + 1;
  const place = s.longest(at, 'country') ?? s.longest(at, 'loc');
  // "tại Liên hợp quốc": an organisation, known by name even where it is not highlighted alone.
  const body = place ? null : (bodyAt(at, depth + 1) ?? s.longest(at, 'body'));
  if (place) e = place.end;
  else if (body) e = body.end;
  else if (s.isCapWord(at)) {
    e = at + 1;
    // (Not into the name of the head of mission after it: "tại ASEAN" + "Tôn Thị Ngọc Hương".)
    while (e < at + 3 && s.cont(e) && s.isCapWord(e) && !personAt(s, e)) e++;
  } else return null;
  return record(s, i, e, 'foreign');
}
