/**
 * The words of names, learnt from the gazetteer's own names (bodies, departments, laws and
 * codes): a unit's name may go on in lower case only with words seen in such names ("Cục Quản lý
 * thị trường", "Vụ Tổ chức cán bộ"), so a name stops where the sentence goes on ("Cục Thuế kiện
 * toàn ...", "Cục Thuế thuộc Bộ Tài chính"). Pairs of syllables are kept too: most words of
 * a name are two syllables, and a pair tells "giao thông" from "giao cho".
 */
import { textKey } from '../text/normalize';
import { bodyRecords, departmentRecords, lawNames } from './gazetteer';
import { DOMAIN_WORDS } from './lexicon-bodies';

let words: { single: Set<string>; pairs: Set<string> } | undefined;

function nameWords() {
  if (words) return words;
  const single = new Set<string>();
  const pairs = new Set<string>();
  const names: string[] = [...lawNames(), ...DOMAIN_WORDS];
  for (const b of [...bodyRecords, ...departmentRecords()]) names.push(b.name, ...(b.aliases ?? []));
  for (const name of names) {
    const syllables = textKey(name)
      .split(/[\s,;()-]+/)
      .filter(Boolean);
    syllables.forEach((w, k) => {
      single.add(w);
      if (k > 0) pairs.add(`${syllables[k - 1]} ${w}`);
    });
  }
  words = { single, pairs };
  return words;
}

/** Whether two folded syllables make a word seen in a name ("thị trường", "cán bộ"). */
export const isNamePair = (a: string, b: string) => nameWords().pairs.has(`${a} ${b}`);
/** Whether a folded syllable is seen in a name. */
export const isNameWord = (w: string) => nameWords().single.has(w);
