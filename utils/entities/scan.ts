/**
 * One text as the finders read it: its tokens, the gazetteer phrases that start at each token
 * (looked up once, on first use), and which tokens lie inside a document reference. Finders read
 * tokens only through these accessors, never the token records themselves.
 */
import type { Normalized } from '../text/matching';
import { toOriginal } from '../text/matching';
import type { Gazetteer, Term } from './gazetteer';
import type { Token } from './tokens';
import type { TrieEntry } from './trie';

export type TermType = Term['t'];
export type TermOf<T extends TermType> = Extract<Term, { t: T }>;
export interface Hit<T extends TermType> {
  /** The token after the phrase. */
  end: number;
  term: TermOf<T>;
}

/** One bit per term type, so a look-up for a type a position lacks returns at once. */
const BIT: Record<TermType, number> = {
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

export class Scan {
  readonly count: number;
  /** Tokens inside a document reference: no body or name is read there. */
  readonly inDocument: Uint8Array;
  private matches: ({ end: number; entry: TrieEntry<Term> }[] | undefined)[];
  /** Term types matched at each token (BIT), valid once matches[i] is set. */
  private mask: Uint16Array;

  constructor(
    readonly gazetteer: Gazetteer,
    readonly nz: Normalized,
    private tokens: Token[],
  ) {
    this.count = tokens.length;
    this.matches = new Array(tokens.length);
    this.mask = new Uint16Array(tokens.length);
    this.inDocument = new Uint8Array(tokens.length);
  }

  // ---- tokens -------------------------------------------------------------------------------

  /** Folded (lower-case) text of token i, '' outside the text. */
  f(i: number): string {
    return this.tokens[i]?.f ?? '';
  }
  /** Cased text of token i, '' outside the text. */
  c(i: number): string {
    return this.tokens[i]?.c ?? '';
  }
  isWord(i: number): boolean {
    return this.tokens[i]?.word ?? false;
  }
  /** The token's first letter is upper case. */
  isCap(i: number): boolean {
    return this.tokens[i]?.cap ?? false;
  }
  spaceBefore(i: number): boolean {
    return this.tokens[i]?.sp ?? false;
  }
  lineBefore(i: number): boolean {
    return this.tokens[i]?.nl ?? false;
  }
  /** Normalised offsets of token i. */
  start(i: number): number {
    return this.tokens[i].s;
  }
  end(i: number): number {
    return this.tokens[i].e;
  }
  /** Token i continues the phrase: it exists and no line break comes before it. */
  cont(i: number): boolean {
    return i >= 0 && i < this.count && !this.tokens[i].nl;
  }
  /** A capitalised word that is not a number. */
  isCapWord(i: number): boolean {
    const t = this.tokens[i];
    if (!t?.word || !t.cap) return false;
    const c = t.c.charCodeAt(0);
    return c < 48 || c > 57;
  }

  // ---- gazetteer look-ups -------------------------------------------------------------------

  /** Every gazetteer phrase starting at token i, shortest first. */
  matchesAt(i: number): readonly { end: number; entry: TrieEntry<Term> }[] {
    if (i < 0 || i >= this.count) return NONE;
    let m = this.matches[i];
    if (!m) {
      m = this.matches[i] = this.gazetteer.trie.matchAt(this.tokens, i);
      let bits = 0;
      for (const h of m) bits |= h.entry.bit ??= BIT[h.entry.value.t];
      this.mask[i] = bits;
    }
    return m;
  }

  /** Some phrase of one of these types starts at token i. */
  startsAny(i: number, ...types: TermType[]): boolean {
    if (this.matchesAt(i).length === 0) return false;
    let bits = 0;
    for (const t of types) bits |= BIT[t];
    return (this.mask[i] & bits) !== 0;
  }

  /** Some phrase of type t starts at token i. */
  has(i: number, t: TermType): boolean {
    return this.matchesAt(i).length > 0 && (this.mask[i] & BIT[t]) !== 0;
  }

  /** The longest phrase of type t at token i (that `ok` accepts). */
  longest<T extends TermType>(i: number, t: T, ok?: (term: TermOf<T>, end: number) => boolean): Hit<T> | undefined {
    if (!this.has(i, t)) return undefined;
    const m = this.matchesAt(i);
    for (let k = m.length - 1; k >= 0; k--) {
      const term = m[k].entry.value;
      if (term.t === t && (!ok || ok(term as TermOf<T>, m[k].end))) return { end: m[k].end, term: term as TermOf<T> };
    }
    return undefined;
  }

  /** Every phrase of type t at token i, shortest first. */
  all<T extends TermType>(i: number, t: T): Hit<T>[] {
    if (!this.has(i, t)) return [];
    return this.matchesAt(i)
      .filter((h) => h.entry.value.t === t)
      .map((h) => ({ end: h.end, term: h.entry.value as TermOf<T> }));
  }

  /** One phrase of this form (folded words) at token i. */
  wordsAt(i: number, words: readonly string[]): boolean {
    for (let k = 0; k < words.length; k++) if (this.f(i + k) !== words[k]) return false;
    return true;
  }

  // ---- text ---------------------------------------------------------------------------------

  /** Normalised (cased) text of tokens [a, b). */
  textOf(a: number, b: number): string {
    if (b <= a) return '';
    return this.nz.cased.slice(this.tokens[a].s, this.tokens[b - 1].e);
  }

  /** The caller's own characters for tokens [a, b). */
  originalText(a: number, b: number): string {
    if (b <= a) return '';
    const [s, e] = toOriginal(this.nz, this.tokens[a].s, this.tokens[b - 1].e);
    return this.nz.original.slice(s, e);
  }

  /** Maps a normalised range back to the caller's string. */
  originalRange(start: number, end: number): [number, number] {
    return toOriginal(this.nz, start, end);
  }

  /** The trie look-up needs the token records (the one place outside this class that reads them). */
  get tokenRecords(): Token[] {
    return this.tokens;
  }
}
