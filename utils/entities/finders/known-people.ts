/** Which of the data's people a known name at a token is: another country's official, an aide (pack.ts MatchData). */
import { matchData } from '../match-data';
import type { Scan } from '../scan';

let foreignIds: Set<string> | undefined;
let aideIds: Set<string> | undefined;

/** The name the data knows at token k is one of `ids`. */
const knownIn = (s: Scan, k: number, ids: Set<string>) => {
  const known = s.longest(k, 'official');
  return !!known && ids.has(known.term.rec.id);
};

/** A name the data knows as another country's official starts at token k (OfficialRecord.country). */
export function foreignOfficialAt(s: Scan, k: number): boolean {
  return knownIn(s, k, (foreignIds ??= new Set(matchData().foreignOfficials)));
}

/**
 * A name the data knows as an aide's starts at token k: after "Trợ lý" + a leader's titles, the
 * name is the aide's, not the leader's ("Trợ lý Tổng Bí thư, Chủ tịch nước Tô Ân Xô").
 */
export function knownAideAt(s: Scan, k: number): boolean {
  return knownIn(s, k, (aideIds ??= new Set(matchData().aides)));
}
