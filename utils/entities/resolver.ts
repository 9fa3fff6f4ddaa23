/**
 * The finders propose candidates; the resolver keeps the ones that do not overlap. Spans never
 * nest: the longest candidate wins, and between candidates of one length the higher priority.
 */
import type { EntityKind } from '../model';

/** Who wins a tie of length: the reader's own list, then documents, then the rest. */
export const PRIORITY = {
  /** A term of the reader's watch list. */
  watchList: 5,
  /** A document reference (its number or title holds the words a body or a name might claim). */
  document: 4,
  /** A person the gazetteer knows by name. */
  knownOfficial: 3,
  /** A name introduced by a title chain before it. */
  titledName: 2,
  /** A name followed by its title ("Lê Minh Trí, Viện trưởng ..."). */
  apposedName: 1,
  body: 1,
  /** A later mention of a name introduced earlier in the article. */
  laterMention: 0,
} as const;

export interface Candidate {
  kind: EntityKind;
  /** Offsets in the normalised text. */
  start: number;
  end: number;
  priority: number;
  id?: string;
  role?: string;
  /** The bodies named in that role (EntitySpan.roleBodies). */
  roleBodies?: string[];
  /** EntitySpan.ordinaryPerson. */
  ordinaryPerson?: true;
  /** EntitySpan.companyPost. */
  companyPost?: string;
}

/** The candidates that win, in text order. `length`: the normalised text's length. */
export function resolve(candidates: readonly Candidate[], length: number): Candidate[] {
  const order = candidates
    .slice()
    .sort((a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start);
  const kept: Candidate[] = [];
  const taken = new Uint8Array(length + 1);
  for (let o = 0; o < order.length; o++) {
    const c = order[o];
    let free = c.start < c.end;
    for (let k = c.start; free && k < c.end; k++) if (taken[k]) free = false;
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
