/**
 * A closed list of grammar phrases (document words, unit heads ...) matched against the tokens
 * of a Scan, longest first. The phrases are spelt as the matching preset folds the text.
 */
import { foldWords, type Lookup } from '../text/tokens';
import type { Scan } from './scan';

export class PhraseList<V> {
  private byFirst: Map<string, { words: string[]; value: V }[]> | undefined;

  /** Made on first use: a page that never asks pays nothing. */
  constructor(private entries: readonly (readonly [phrase: string, value: V])[]) {}

  /** `known`: the lexicon's look-up (its words need no tone rule: foldWords). */
  private index(known: Lookup): Map<string, { words: string[]; value: V }[]> {
    if (this.byFirst) return this.byFirst;
    this.byFirst = new Map();
    for (const [phrase, value] of this.entries) {
      const words = foldWords(phrase, known);
      let list = this.byFirst.get(words[0]);
      if (!list) this.byFirst.set(words[0], (list = []));
      list.push({ words, value });
      list.sort((a, b) => b.words.length - a.words.length);
    }
    return this.byFirst;
  }

  /** The longest phrase at token i (its words on one line), or undefined. */
  longestAt(s: Scan, i: number): { end: number; value: V } | undefined {
    // Every phrase's words are in the lexicon: a token that is not starts none.
    if (s.syllableAt(i) < 0) return undefined;
    const list = this.index(s.gazetteer.lookup).get(s.f(i));
    if (!list) return undefined;
    for (let p = 0; p < list.length; p++) {
      const words = list[p].words;
      let k = 1;
      while (k < words.length && s.cont(i + k) && s.f(i + k) === words[k]) k++;
      if (k === words.length) return { end: i + k, value: list[p].value };
    }
    return undefined;
  }
}
