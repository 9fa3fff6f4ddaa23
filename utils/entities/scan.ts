/**
 * One text as the finders read it: its tokens (scanned once into typed arrays, offsets in the
 * caller's string), the gazetteer phrases that start at each token (looked up once, on first
 * use), and which tokens lie inside a document reference. Finders read tokens only through these
 * accessors; a token's text is made only when a finder asks for it.
 */
import { normalize } from '../text/normalize';
import {
  scanTokens,
  TOKEN_CAP,
  TOKEN_DIGIT,
  TOKEN_LINE_BEFORE,
  TOKEN_SPACE_BEFORE,
  TOKEN_WORD,
  type TextTokens,
} from '../text/tokens';
import type { Gazetteer, PhraseMatch, Term, TokenView } from './gazetteer';
import { SYLLABLE_FLAGS } from './lexicon-format';
import { wordSets } from './words';

export type TermType = Term['t'];
export type TermOf<T extends TermType> = Extract<Term, { t: T }>;
export interface Hit<T extends TermType> {
  /** The token after the phrase. */
  end: number;
  term: TermOf<T>;
}

/** One bit per term type, so a look-up for a type a position lacks returns at once. */
export const TERM: Record<TermType, number> = {
  body: 1,
  loc: 2,
  country: 4,
  title: 8,
  mod: 16,
  level: 32,
  official: 64,
  watch: 128,
  law: 256,
  ff: 512,
  generic: 1024,
};
const NONE: never[] = [];

export class Scan implements TokenView {
  readonly count: number;
  /** Tokens inside a document reference: no body or name is read there. */
  readonly inDocument: Uint8Array;
  private t: TextTokens;
  private matches: (PhraseMatch[] | undefined)[];
  /** Term types matched at each token (BIT), valid once matches[i] is set. */
  private mask: Uint16Array;
  private folded: (string | undefined)[];
  private cased: (string | undefined)[];

  constructor(
    readonly gazetteer: Gazetteer,
    readonly text: string,
  ) {
    this.t = scanTokens(text, gazetteer.lookup);
    this.count = this.t.count;
    this.matches = new Array(this.count);
    this.mask = new Uint16Array(this.count);
    this.inDocument = new Uint8Array(this.count);
    this.folded = new Array(this.count);
    this.cased = new Array(this.count);
  }

  // ---- tokens -------------------------------------------------------------------------------

  /** Folded (lower-case, normalised) text of token i, '' outside the text. */
  f(i: number): string {
    if (i < 0 || i >= this.count) return '';
    const id = this.t.id[i];
    if (id >= 0) return this.gazetteer.syllable(id);
    let f = this.folded[i];
    if (f === undefined) this.folded[i] = f = this.t.foldedOf(i);
    return f;
  }
  /** Cased (normalised) text of token i, '' outside the text. */
  c(i: number): string {
    if (i < 0 || i >= this.count) return '';
    let c = this.cased[i];
    if (c === undefined) this.cased[i] = c = this.t.casedOf(i);
    return c;
  }
  /** The id of token i's folded form in the lexicon, or -1. */
  syllableAt(i: number): number {
    return i >= 0 && i < this.count ? this.t.id[i] : -1;
  }
  private flag(i: number, bit: number): boolean {
    return i >= 0 && i < this.count && (this.t.flags[i] & bit) !== 0;
  }
  isWord(i: number): boolean {
    return this.flag(i, TOKEN_WORD);
  }
  /** The token's first letter is upper case. */
  isCap(i: number): boolean {
    return this.flag(i, TOKEN_CAP);
  }
  spaceBefore(i: number): boolean {
    return this.flag(i, TOKEN_SPACE_BEFORE);
  }
  lineBefore(i: number): boolean {
    return this.flag(i, TOKEN_LINE_BEFORE);
  }
  /** Offsets of token i in the caller's string. */
  start(i: number): number {
    return this.t.start[i];
  }
  end(i: number): number {
    return this.t.end[i];
  }
  /** Token i continues the phrase: it exists and no line break comes before it. */
  cont(i: number): boolean {
    return i >= 0 && i < this.count && (this.t.flags[i] & TOKEN_LINE_BEFORE) === 0;
  }
  /** A capitalised word that is not a number. */
  isCapWord(i: number): boolean {
    return (
      i >= 0 &&
      i < this.count &&
      (this.t.flags[i] & (TOKEN_WORD | TOKEN_CAP | TOKEN_DIGIT)) === (TOKEN_WORD | TOKEN_CAP)
    );
  }

  // ---- the grammar's word classes (lexicon flags first: no text is made for other tokens) ----

  private spelt(i: number, bit: number, set: Set<string>): boolean {
    return (this.gazetteer.flags(this.syllableAt(i)) & bit) !== 0 && set.has(this.c(i));
  }
  /** A Vietnamese surname, capitalised ("Nguyễn"). */
  isSurname(i: number): boolean {
    return this.spelt(i, SYLLABLE_FLAGS.surname, wordSets().surnames);
  }
  isStrongSurname(i: number): boolean {
    return this.spelt(i, SYLLABLE_FLAGS.strongSurname, wordSets().strongSurnames);
  }
  /** Never the first word of a name ("Trong", "Chiều"). */
  isNotName(i: number): boolean {
    return this.spelt(i, SYLLABLE_FLAGS.notName, wordSets().notName);
  }
  /** Ends a run of a name ("Theo", "Chiều"). */
  isNameBreak(i: number): boolean {
    return this.spelt(i, SYLLABLE_FLAGS.nameBreak, wordSets().nameBreak);
  }
  /** Tokens a and b are two syllables seen together in a name ("thị trường"). */
  isNamePair(a: number, b: number): boolean {
    return this.gazetteer.isNamePair(this.syllableAt(a), this.syllableAt(b));
  }
  /** Token i is a syllable seen in a name. */
  isNameWord(i: number): boolean {
    return this.gazetteer.isNameWord(this.syllableAt(i));
  }

  // ---- gazetteer look-ups -------------------------------------------------------------------

  /** Every gazetteer phrase starting at token i, shortest first. */
  matchesAt(i: number): readonly PhraseMatch[] {
    if (i < 0 || i >= this.count || this.t.id[i] < 0) return NONE;
    let m = this.matches[i];
    if (!m) {
      m = this.matches[i] = this.gazetteer.matchAt(this, i);
      let bits = 0;
      for (const h of m) bits |= TERM[h.term.t];
      this.mask[i] = bits;
    }
    return m;
  }

  /** Some phrase of one of the types in `mask` (TERM bits) starts at token i. */
  startsAny(i: number, mask: number): boolean {
    return this.matchesAt(i).length > 0 && (this.mask[i] & mask) !== 0;
  }

  /** Some phrase of type t starts at token i. */
  has(i: number, t: TermType): boolean {
    return this.matchesAt(i).length > 0 && (this.mask[i] & TERM[t]) !== 0;
  }

  /** The longest phrase of type t at token i (that `ok` accepts). */
  longest<T extends TermType>(i: number, t: T, ok?: (term: TermOf<T>, end: number) => boolean): Hit<T> | undefined {
    if (!this.has(i, t)) return undefined;
    const m = this.matchesAt(i);
    for (let k = m.length - 1; k >= 0; k--) {
      const term = m[k].term;
      if (term.t === t && (!ok || ok(term as TermOf<T>, m[k].end))) return { end: m[k].end, term: term as TermOf<T> };
    }
    return undefined;
  }

  /** Every phrase of type t at token i, shortest first. */
  all<T extends TermType>(i: number, t: T): Hit<T>[] {
    if (!this.has(i, t)) return [];
    const out: Hit<T>[] = [];
    for (const h of this.matchesAt(i)) if (h.term.t === t) out.push({ end: h.end, term: h.term as TermOf<T> });
    return out;
  }

  /** One phrase of this form (folded words) at token i. */
  wordsAt(i: number, words: readonly string[]): boolean {
    for (let k = 0; k < words.length; k++) if (this.f(i + k) !== words[k]) return false;
    return true;
  }

  /** A digit starts token i. */
  startsWithDigit(i: number): boolean {
    return this.flag(i, TOKEN_DIGIT);
  }

  // ---- text ---------------------------------------------------------------------------------

  /** Normalised (cased) text of tokens [a, b). */
  textOf(a: number, b: number): string {
    if (b <= a) return '';
    return normalize(this.text.slice(this.t.start[a], this.t.end[b - 1]), 'matching');
  }

  /** The caller's own characters for tokens [a, b). */
  originalText(a: number, b: number): string {
    if (b <= a) return '';
    return this.text.slice(this.t.start[a], this.t.end[b - 1]);
  }
}
