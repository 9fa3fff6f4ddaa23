/**
 * The organs of foreign parties, read so that none gets the id, and so the card, of ours.
 */
import type { Scan } from '../scan';
import type { BodyParse } from './bodies';

/**
 * A central Party organ at [i, e) followed by a foreign party, perhaps after "Trung ương": "Bộ
 * Chính trị Đảng Nhân dân Cách mạng Lào", "Ban Bí thư Trung ương Đảng Cộng sản Trung Quốc",
 * "Trung ương Đảng Cộng sản Trung Quốc" (the organ's name may end with the party's "Đảng").
 * One body, the foreign party's: its id is the party's and the organ's words, so no card shows
 * our Politburo's or Central Committee's facts for it.
 */
export function foreignPartyOrgan(s: Scan, i: number, e: number): BodyParse | null {
  for (const at of [e - 1, e, e + 2]) {
    if (at <= i || !s.cont(at) || s.f(at) !== 'đảng') continue;
    if (at === e + 2 && !s.wordsAt(e, ['trung', 'ương'])) continue;
    const party = s.longest(at, 'body');
    let partyId = party?.term.rec.level === 'foreign' ? party.term.rec.id : '';
    let end = party?.end ?? at;
    // An unlisted communist party: "Đảng Cộng sản" and a country other than ours.
    if (!partyId && s.wordsAt(at + 1, ['cộng', 'sản'])) {
      const c = s.longest(at + 3, 'country');
      if (c && s.slugOf(at + 3, c.end) !== 'viet-nam') (partyId = s.slugOf(at, c.end)), (end = c.end);
    }
    if (!partyId) continue;
    // One part, no record's id: the card shows the name as written, never our organ's facts.
    const id = `${partyId}-${s.slugOf(i, at).replace(/-+/g, '-')}`;
    return { end, id, rec: { id, level: 'foreign' } };
  }
  return null;
}
