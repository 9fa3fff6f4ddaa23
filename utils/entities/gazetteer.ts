/**
 * The gazetteer at run time: the packed lexicon (data/gazetteer.packed.ts, made by
 * scripts/build/gazetteer.ts) with the reader's watch list on top. It gives the token scanner the
 * id of each folded form, and the finders the phrases that start at a token, each phrase's term
 * made on its first match from the packed match data.
 */
import { slugify } from '../text/normalize';
import { upperRun } from '../text/chars';
import { phraseTokens, type Lookup } from '../text/tokens';
import { PACKED } from './data/gazetteer.packed';
import { SYLLABLE_FLAGS } from './lexicon-format';
import { type BodyInfo, type LocalityInfo, matchData, type MatchData } from './match-data';
import { PackedLexicon } from './packed-lexicon';
import { TERM, TERM_SORT, termIndex, termSort } from './term-codes';
import type { EntityKind } from '../model';
import { WATCH_ID_PREFIX } from './types';

export type Term =
  | { t: 'body'; rec: BodyInfo; tags: Set<string> }
  | { t: 'loc'; rec: LocalityInfo; leveled: boolean }
  | { t: 'country'; id: string }
  | { t: 'region'; id: string; country: string }
  | { t: 'title' }
  | { t: 'mod' }
  | { t: 'level'; province: boolean }
  | { t: 'official'; rec: { id: string } }
  | { t: 'watch'; kind: EntityKind; id: string; name: string }
  | { t: 'law'; code: boolean }
  | { t: 'ff' }
  | { t: 'generic' };

export interface WatchTerm {
  kind: EntityKind;
  name: string;
  aliases?: string[];
}

/** A phrase matched at a token. */
export interface PhraseMatch {
  /** The token after the phrase. */
  end: number;
  term: Term;
}

/** What a phrase walk reads of the text's tokens (Scan provides it). */
export interface TokenView {
  readonly count: number;
  syllableAt(i: number): number;
  lineBefore(i: number): boolean;
  c(i: number): string;
}

const NONE: never[] = [];
const TITLE: Term = { t: 'title' };
const MOD: Term = { t: 'mod' };
const FF: Term = { t: 'ff' };
const GENERIC: Term = { t: 'generic' };

let defaultLexicon: PackedLexicon | undefined;

export class Gazetteer {
  readonly lexicon: PackedLexicon;
  private data: () => MatchData;
  private terms = new Map<number, Term>();
  private casedTokens = new Map<number, string[]>();
  /** The watch list: syllables the lexicon lacks, edges and phrases added to its trie. */
  private extraIds = new Map<string, number>();
  private extraSyllables: string[] = [];
  private extraChildren = new Map<number, Map<number, number>>();
  private extraPhrases = new Map<number, Term[]>();
  /** TERM bits the watch list adds to the phrases starting with a syllable. */
  private extraFirst = new Map<number, number>();
  private nextNode: number;
  /** Gives the token scanner each folded form's id. */
  readonly lookup: Lookup;

  /** `packed`: another packing of the data (tests); the extension's own by default. */
  constructor(watch: readonly WatchTerm[] = [], packed?: { lexicon: string; match: string }) {
    this.lexicon = packed ? new PackedLexicon(packed.lexicon) : (defaultLexicon ??= new PackedLexicon(PACKED.lexicon));
    const match = packed?.match;
    this.data = () => matchData(match);
    this.nextNode = this.lexicon.nodes;
    for (const w of watch) this.addWatch(w);
    const lexicon = this.lexicon;
    this.lookup = this.extraIds.size
      ? (folded) => {
          const id = lexicon.idOf(folded);
          return id >= 0 ? id : (this.extraIds.get(folded) ?? -1);
        }
      : (folded) => lexicon.idOf(folded);
  }

  /**
   * For each of `count` tokens (their syllable ids), its syllable's grammar flags and the TERM
   * bits of the phrases it starts: one pass, so the finders' loops test arrays, not calls.
   */
  classify(ids: Int32Array, count: number, flags: Uint16Array, types: Uint16Array): void {
    const lex = this.lexicon;
    const n = lex.syllables.length;
    const own = lex.flags;
    const first = lex.firstTypes;
    for (let k = 0; k < count; k++) {
      const id = ids[k];
      if (id >= 0 && id < n) {
        flags[k] = own[id];
        types[k] = first[id];
      }
    }
    if (this.extraFirst.size) for (let k = 0; k < count; k++) types[k] |= this.extraFirst.get(ids[k]) ?? 0;
  }

  /** The term types (TERM bits) of the phrases that start with syllable `id`. */
  firstTypes(id: number): number {
    if (id < 0) return 0;
    const own = id < this.lexicon.syllables.length ? this.lexicon.firstTypes[id] : 0;
    return this.extraFirst.size ? own | (this.extraFirst.get(id) ?? 0) : own;
  }

  /** Phrases in the trie: the packed ones and the watch list's. */
  get phraseCount(): number {
    let n = this.lexicon.phraseCode.length;
    for (const list of this.extraPhrases.values()) n += list.length;
    return n;
  }

  /** The folded form of syllable `id`. */
  syllable(id: number): string {
    const n = this.lexicon.syllables.length;
    return id < n ? this.lexicon.syllables[id] : this.extraSyllables[id - n];
  }

  /** The grammar flags of syllable `id` (lexicon-format.ts SYLLABLE_FLAGS); 0 for the watch list's. */
  flags(id: number): number {
    return id >= 0 && id < this.lexicon.syllables.length ? this.lexicon.flags[id] : 0;
  }

  /** The id of a folded syllable, or -1. */
  idOf(folded: string): number {
    const id = this.lexicon.idOf(folded);
    return id >= 0 ? id : (this.extraIds.get(folded) ?? -1);
  }

  /** Every phrase starting at token i, shortest first; a phrase never crosses a line break. */
  matchAt(tokens: TokenView, i: number): PhraseMatch[] {
    const lex = this.lexicon;
    let found: PhraseMatch[] | undefined;
    let node = 0;
    for (let k = i; k < tokens.count; ) {
      const syl = tokens.syllableAt(k);
      let next = this.child(node, syl);
      // The name's own abbreviation in brackets inside it, where the name goes on after it:
      // "Đảng ủy Mặt trận Tổ quốc (MTTQ), các đoàn thể Trung ương" (a bracket is no syllable).
      if (next < 0 && syl < 0 && k > i && bracketedAbbreviation(tokens, k)) {
        next = this.child(node, tokens.syllableAt(k + 3));
        if (next >= 0) k += 3;
      }
      if (next < 0) break;
      node = next;
      if (node < lex.nodes) {
        for (let p = lex.phraseStart[node]; p < lex.phraseStart[node + 1]; p++) {
          const cased = lex.phraseCased[p];
          if (cased >= 0 && !this.casedAt(tokens, i, cased)) continue;
          (found ??= []).push({ end: k + 1, term: this.termOf(lex.phraseCode[p]) });
        }
      }
      const extra = this.extraPhrases.get(node);
      if (extra) for (const term of extra) (found ??= []).push({ end: k + 1, term });
      k++;
      if (k >= tokens.count || tokens.lineBefore(k)) break;
    }
    return found ?? NONE;
  }

  /** The trie node after `node` on syllable `syl` (the lexicon's, then the watch list's), or -1. */
  private child(node: number, syl: number): number {
    if (syl < 0) return -1;
    const lex = this.lexicon;
    const next = node < lex.nodes && syl < lex.syllables.length ? lex.child(node, syl) : -1;
    return next >= 0 ? next : (this.extraChildren.get(node)?.get(syl) ?? -1);
  }

  /** Whether two syllables are seen together in names (lexicon-format.ts). */
  isNamePair(a: number, b: number): boolean {
    const n = this.lexicon.syllables.length;
    return a >= 0 && b >= 0 && a < n && b < n && this.lexicon.isPair(a, b);
  }

  isNameWord(id: number): boolean {
    return (this.flags(id) & SYLLABLE_FLAGS.nameWord) !== 0;
  }

  /**
   * The tokens from i spell the abbreviation's capitals exactly ("UBND", not "Ubnd"); beside such
   * a word the plain ones may be in either case ("Chánh văn phòng HĐND và UBND": "văn phòng" is
   * the title's too). A short form of plain words only is matched as written ("Nhân Đại").
   */
  private casedAt(tokens: TokenView, i: number, index: number): boolean {
    let words = this.casedTokens.get(index);
    if (!words) this.casedTokens.set(index, (words = asWritten(this.lexicon.casedForms[index])));
    for (let k = 0; k < words.length; k++) if (words[k] && tokens.c(i + k) !== words[k]) return false;
    return true;
  }

  /** The term of a built-in phrase, made on its first match. */
  private termOf(code: number): Term {
    let t = this.terms.get(code);
    if (t) return t;
    const data = this.data();
    const i = termIndex(code);
    switch (termSort(code)) {
      case TERM_SORT.body: {
        const rec = data.bodies[i];
        t = { t: 'body', rec, tags: new Set(rec.tags ?? []) };
        break;
      }
      case TERM_SORT.loc:
      case TERM_SORT.locLeveled:
        t = { t: 'loc', rec: data.localities[i], leveled: termSort(code) === TERM_SORT.locLeveled };
        break;
      case TERM_SORT.country:
        t = { t: 'country', id: data.countries[i] };
        break;
      case TERM_SORT.region:
        t = { t: 'region', id: data.regions[i][0], country: data.regions[i][1] };
        break;
      case TERM_SORT.title:
        t = TITLE;
        break;
      case TERM_SORT.mod:
        t = MOD;
        break;
      case TERM_SORT.level:
        t = { t: 'level', province: data.provinceLevels[i] };
        break;
      case TERM_SORT.official:
        t = { t: 'official', rec: { id: data.officials[i] } };
        break;
      case TERM_SORT.law:
      case TERM_SORT.code:
        t = { t: 'law', code: termSort(code) === TERM_SORT.code };
        break;
      case TERM_SORT.ff:
        t = FF;
        break;
      case TERM_SORT.generic:
        t = GENERIC;
        break;
      default:
        throw new Error(`unknown term code ${code}`);
    }
    this.terms.set(code, t);
    return t;
  }

  /** Adds a watch-list entry's phrases after the built-in ones. */
  private addWatch(w: WatchTerm): void {
    const term: Term = { t: 'watch', kind: w.kind, id: `${WATCH_ID_PREFIX}${slugify(w.name)}`, name: w.name };
    const lex = this.lexicon;
    for (const name of [w.name, ...(w.aliases ?? [])]) {
      const { folded } = phraseTokens(name);
      if (!folded.length) continue;
      let node = 0;
      let first = -1;
      for (const f of folded) {
        let syl = this.idOf(f);
        if (syl < 0) {
          syl = lex.syllables.length + this.extraSyllables.push(f) - 1;
          this.extraIds.set(f, syl);
        }
        if (first < 0) first = syl;
        let next = node < lex.nodes && syl < lex.syllables.length ? lex.child(node, syl) : -1;
        if (next < 0) next = this.extraChildren.get(node)?.get(syl) ?? -1;
        if (next < 0) {
          next = this.nextNode++;
          let m = this.extraChildren.get(node);
          if (!m) this.extraChildren.set(node, (m = new Map()));
          m.set(syl, next);
        }
        node = next;
      }
      let list = this.extraPhrases.get(node);
      if (!list) this.extraPhrases.set(node, (list = []));
      list.push(term);
      this.extraFirst.set(first, (this.extraFirst.get(first) ?? 0) | TERM.watch);
    }
  }
}

/** Tokens k..k+2 are "(", an abbreviation in capitals, ")", on one line, and a token follows. */
function bracketedAbbreviation(tokens: TokenView, k: number): boolean {
  return (
    k + 3 < tokens.count &&
    tokens.c(k) === '(' &&
    tokens.c(k + 2) === ')' &&
    upperRun(tokens.c(k + 1), 2) &&
    !tokens.lineBefore(k + 1) &&
    !tokens.lineBefore(k + 2) &&
    !tokens.lineBefore(k + 3)
  );
}

/**
 * A short form's words as they must be written, '' where either case will do: its abbreviations'
 * words, and beside them none of the plain ones ("Văn phòng HĐND và UBND" → "", "", "HĐND", "", "UBND").
 */
function asWritten(form: string): string[] {
  const words = form.split(' ');
  const loose = words.length > 1 && words.some(hasInnerCapital);
  return loose ? words.map((w) => (hasInnerCapital(w) ? w : '')) : words;
}

/** A capital after a word's first letter, or a word of one capital: an abbreviation's ("UBND", "TP", "Đ"). */
function hasInnerCapital(word: string): boolean {
  if (word.length === 1) return word !== word.toLowerCase();
  for (let k = 1; k < word.length; k++) if (word[k] !== word[k].toLowerCase()) return true;
  return false;
}
