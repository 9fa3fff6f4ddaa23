/** The people the data lists in an aide's office (pack.ts MatchData.aides). */
import { matchData } from '../match-data';
import type { Scan } from '../scan';

let aideIds: Set<string> | undefined;

/**
 * A name the data knows as an aide's starts at token k: after "Trợ lý" + a leader's titles, the
 * name is the aide's, not the leader's ("Trợ lý Tổng Bí thư, Chủ tịch nước Tô Ân Xô").
 */
export function knownAideAt(s: Scan, k: number): boolean {
  aideIds ??= new Set(matchData().aides);
  const known = s.longest(k, 'official');
  return !!known && aideIds.has(known.term.rec.id);
}
