/**
 * One text as the finders read it: its tokens (scanned once into typed arrays, offsets in the
 * caller's string), the gazetteer phrases that start at each token (looked up once, on first
 * use), and which tokens lie inside a document reference. Finders read tokens only through these
 * accessors; a token's text is made only when a finder asks for it.
 */
import { asciiSlug } from '../text/fold';
import { normalize } from '../text/normalize';
import { charFlags, UPPER_F } from '../text/chars';
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
import { TERM } from './term-codes';
import { wordSets } from './words';
import { CENTRAL_SHORT_WORDS } from './central-short';

export type TermType = Term['t'];
export type TermOf<T extends TermType> = Extract<Term, { t: T }>;
export interface Hit<T extends TermType> {
  /** The token after the phrase. */
  end: number;
  term: TermOf<T>;
}

export { TERM };
const NONE: never[] = [];

export class Scan implements TokenView {
  readonly count: number;
  /** Tokens inside a document reference: no body or name is read there. */
  readonly inDocument: Uint8Array;
  /**
   * Per token, for the finders' loops to skip a token without a call: its flags (TOKEN_* of
   * utils/text/tokens.ts), its syllable's grammar flags (SYLLABLE_FLAGS) and the types of the
   * phrases its syllable starts (TERM bits).
   */
  readonly tokenFlags: Uint8Array;
  readonly syllableFlags: Uint16Array;
  readonly startTypes: Uint16Array;
  /** Each token's syllable id in the lexicon, or -1. */
  readonly syllableIds: Int32Array;
  private t: TextTokens;
  private matches: (PhraseMatch[] | undefined)[];
  /** Term types matched at each token (BIT), valid once matches[i] is set. */
  private mask: Uint16Array;
  private folded: (string | undefined)[];
  private cased: (string | undefined)[];
  /** Slugs of lexicon syllables, by id. */
  private slugs: (string | undefined)[] = [];

  constructor(
    readonly gazetteer: Gazetteer,
    readonly text: string,
  ) {
    const t = scanTokens(text, gazetteer.lookup);
    const n = t.count;
    // "&" between spaces is "và" to every rule and name: "Sở Kế hoạch & Đầu tư" (not the "&" of
    // an abbreviation, "KH&CN", written without them).
    const amp = gazetteer.idOf('&');
    if (amp >= 0)
      for (let k = 0; k < n; k++)
        if (t.id[k] === amp && t.flags[k] & TOKEN_SPACE_BEFORE && k + 1 < n && t.flags[k + 1] & TOKEN_SPACE_BEFORE)
          t.id[k] = gazetteer.idOf('và');
    this.t = t;
    this.count = n;
    this.matches = new Array(n);
    this.mask = new Uint16Array(n);
    this.inDocument = new Uint8Array(n);
    this.folded = new Array(n);
    this.cased = new Array(n);
    this.tokenFlags = t.flags;
    this.syllableIds = t.id;
    this.syllableFlags = new Uint16Array(n);
    this.startTypes = new Uint16Array(n);
    gazetteer.classify(t.id, n, this.syllableFlags, this.startTypes);
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

  /**
   * A Vietnamese syllable set in capitals beside another ("HỘI ĐỒNG DÂN TỘC NHẰM ...", a headline):
   * its capitals say nothing of a name. Abbreviations ("UBND", "TP") are no syllables.
   */
  isShouting(i: number): boolean {
    return (
      this.capsSyllable(i) &&
      ((this.cont(i + 1) && this.capsSyllable(i + 1)) || (this.cont(i) && this.capsSyllable(i - 1)))
    );
  }
  /** A lexicon syllable in capitals: its second letter is a capital too ("HỘI", not "Hội"). */
  private capsSyllable(k: number): boolean {
    if (!this.isCapWord(k) || this.t.id[k] < 0) return false;
    const c = this.c(k);
    return c.length > 1 && (charFlags(c.charCodeAt(1)) & UPPER_F) !== 0;
  }

  // ---- the grammar's word classes (lexicon flags first: no text is made for other tokens) ----

  private spelt(i: number, bit: number, set: Set<string>): boolean {
    return this.hasFlag(i, bit) && set.has(this.c(i));
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
      m = this.gazetteer.matchAt(this, i);
      // "đoàn kết" (solidarity) ends no organ's name: "HĐND tỉnh đoàn kết" holds no "Tỉnh đoàn".
      if (m.length && this.f(m[m.length - 1].end) === 'kết')
        m = m.filter((x) => this.f(x.end - 1) !== 'đoàn' || this.f(x.end) !== 'kết');
      this.matches[i] = m;
      let bits = 0;
      for (let k = 0; k < m.length; k++) bits |= TERM[m[k].term.t];
      this.mask[i] = bits;
    }
    return m;
  }

  /** Some phrase of one of the types in `mask` (TERM bits) starts at token i. */
  startsAny(i: number, mask: number): boolean {
    // The lexicon knows which types start with this syllable: most tokens start none asked for.
    if (i < 0 || i >= this.count || (this.startTypes[i] & mask) === 0) return false;
    return this.matchesAt(i).length > 0 && (this.mask[i] & mask) !== 0;
  }

  /** Some phrase of type t starts at token i. */
  has(i: number, t: TermType): boolean {
    return this.startsAny(i, TERM[t]);
  }

  /** Token i's syllable has a grammar flag (lexicon-format.ts SYLLABLE_FLAGS). */
  hasFlag(i: number, flag: number): boolean {
    return i >= 0 && i < this.count && (this.syllableFlags[i] & flag) !== 0;
  }

  /** Token i is this folded word (a word of the lexicon). */
  is(i: number, word: string): boolean {
    const id = this.syllableAt(i);
    return id >= 0 && id === this.gazetteer.idOf(word);
  }

  /** The longest phrase of type t at token i (that `ok` accepts). */
  longest<T extends TermType>(i: number, t: T, ok?: (term: TermOf<T>, end: number) => boolean): Hit<T> | undefined {
    if (!this.has(i, t)) return undefined;
    // A country is a name, capitalised (after "nước" when its name has it): "anh hùng", "pháp
    // luật", "ý kiến" name no Britain, France or Italy.
    if (t === 'country' && !this.isCap(this.f(i) === 'nước' ? i + 1 : i)) return undefined;
    const m = this.matchesAt(i);
    for (let k = m.length - 1; k >= 0; k--) {
      const term = m[k].term;
      if (term.t !== t || (ok && !ok(term as TermOf<T>, m[k].end))) continue;
      if ((t === 'loc' || t === 'country') && this.oceanAt(m[k].end)) return undefined;
      return { end: m[k].end, term: term as TermOf<T> };
    }
    return undefined;
  }

  /**
   * A place's or a country's name at token e is an ocean's: "Thái Bình" + "Dương", "Ấn Độ" +
   * "Dương" (the Pacific, the Indian Ocean), unless a person's name goes on after "Dương", a
   * surname ("UBND tỉnh Thái Bình Dương Văn Nam").
   */
  private oceanAt(e: number): boolean {
    return this.f(e) === 'dương' && this.isCap(e) && this.cont(e) && !(this.cont(e + 1) && this.isCapWord(e + 1));
  }

  /** An ocean's name starts at token i ("Thái Bình Dương", "Ấn Độ Dương"; oceanAt). */
  startsOcean(i: number): boolean {
    if (!this.startsAny(i, TERM.loc | TERM.country)) return false;
    for (const m of this.matchesAt(i))
      if ((m.term.t === 'loc' || m.term.t === 'country') && this.oceanAt(m.end)) return true;
    return false;
  }

  /** Every phrase of type t at token i, shortest first. */
  all<T extends TermType>(i: number, t: T): Hit<T>[] {
    if (!this.has(i, t)) return [];
    const out: Hit<T>[] = [];
    const m = this.matchesAt(i);
    for (let k = 0; k < m.length; k++) if (m[k].term.t === t) out.push({ end: m[k].end, term: m[k].term as TermOf<T> });
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

  /** The ASCII slug of tokens [a, b), as slugify(textOf(a, b)) gives it ("Bộ KH-ĐT" → "bo-kh-dt"). */
  slugOf(a: number, b: number): string {
    const parts: string[] = [];
    for (let k = a; k < b; k++) {
      if (!this.isWord(k)) continue;
      // "TƯ", "TW", "T.Ư" are "Trung ương" (central-short.ts): one id however a name shortens it.
      const cased = this.c(k);
      if (
        CENTRAL_SHORT_WORDS.has(cased) ||
        (cased === 'T' && k + 2 < b && this.c(k + 1) === '.' && this.c(k + 2) === 'Ư')
      ) {
        parts.push('trung-uong');
        if (cased === 'T') k += 2;
        continue;
      }
      const id = this.t.id[k];
      let slug = id >= 0 ? this.slugs[id] : undefined;
      if (slug === undefined) {
        slug = asciiSlug(this.f(k));
        if (id >= 0) this.slugs[id] = slug;
      }
      if (slug) parts.push(slug);
    }
    return parts.join('-');
  }

  /** The folded tokens [a, b) joined without spaces (a document symbol's id: "57-nq/tw"). */
  compactOf(a: number, b: number): string {
    let out = '';
    for (let k = a; k < b; k++) out += this.f(k);
    return out;
  }

  /** Some token in [a, b) starts with a capital. */
  anyCap(a: number, b: number): boolean {
    for (let k = a; k < b; k++) if (this.isCap(k)) return true;
    return false;
  }

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
