/**
 * The lexicon's word lists as sets of tokens, spelt as the matching preset spells the text
 * (tone placement included), made once on first use.
 */
import { normalize } from '../text/normalize';
import { COMPANY_WORDS, GENERIC_AFTER, NAME_BREAK, NOT_NAME, STRONG_SURNAMES, SURNAMES } from './lexicon';

const cased = (words: readonly string[]) => new Set(words.map((w) => normalize(w, 'matching')));

let sets:
  | {
      surnames: Set<string>;
      strongSurnames: Set<string>;
      notName: Set<string>;
      nameBreak: Set<string>;
      genericAfter: Set<string>;
      companyWords: string[][];
    }
  | undefined;

export function wordSets() {
  sets ??= {
    /** Cased: a name after a title starts with one. */
    surnames: cased(SURNAMES),
    /** Cased: a capitalised run starting with one is a person, not a place. */
    strongSurnames: cased(STRONG_SURNAMES),
    /** Cased: never the first word of a name. */
    notName: cased(NOT_NAME),
    /** Cased: ends a name run. */
    nameBreak: cased(NAME_BREAK),
    /** Folded: makes the organ before it generic. */
    genericAfter: cased(GENERIC_AFTER),
    /** Folded token lists: a title followed by one is a company post. */
    companyWords: COMPANY_WORDS.map((w) => normalize(w, 'key').split(' ')),
  };
  return sets;
}
