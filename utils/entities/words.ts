/**
 * The lexicon's word lists as sets, spelt as the matching preset spells the text (tone placement
 * included), from the packed match data: no normalising at run time.
 */
import { matchData } from './match-data';

let sets:
  | {
      /** Cased: a name after a title starts with one. */
      surnames: Set<string>;
      /** Cased: a capitalised run starting with one is a person, not a place. */
      strongSurnames: Set<string>;
      /** Cased: never the first word of a name. */
      notName: Set<string>;
      /** Cased: ends a name run. */
      nameBreak: Set<string>;
      /** Folded: makes the organ before it generic. */
      genericAfter: Set<string>;
      /** Folded token lists: a title followed by one is a company post. */
      companyWords: string[][];
    }
  | undefined;

export function wordSets() {
  if (!sets) {
    const w = matchData().words;
    sets = {
      surnames: new Set(w.surnames),
      strongSurnames: new Set(w.strongSurnames),
      notName: new Set(w.notName),
      nameBreak: new Set(w.nameBreak),
      genericAfter: new Set(w.genericAfter),
      companyWords: w.companyWords,
    };
  }
  return sets;
}
