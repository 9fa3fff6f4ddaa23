/** Tokens over normalised text: words (letters/digits) and single punctuation marks. */
import { charFlags, UPPER_F, WORD_F } from '../text/chars';

export interface Token {
  /** Offsets into the normalised text. */
  s: number;
  e: number;
  /** Folded (lower-case) and cased forms. */
  f: string;
  c: string;
  word: boolean;
  /** First letter upper-case. */
  cap: boolean;
  /** Whitespace before this token, and whether it held a line break. */
  sp: boolean;
  nl: boolean;
}

const isWord = (c: number) =>
  c < 0x80 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) : (charFlags(c) & WORD_F) !== 0;

export function tokenize(cased: string, folded: string): Token[] {
  const out: Token[] = [];
  const n = cased.length;
  let i = 0;
  let sp = false;
  let nl = false;
  while (i < n) {
    const ch = cased.charCodeAt(i);
    if (ch === 32 || ch === 10 || ch === 13) {
      sp = true;
      if (ch !== 32) nl = true;
      i++;
      continue;
    }
    let j = i + 1;
    const word = isWord(ch);
    if (word) while (j < n && isWord(cased.charCodeAt(j))) j++;
    const c = cased.slice(i, j);
    const cap = ch < 0x80 ? ch >= 65 && ch <= 90 : (charFlags(ch) & UPPER_F) !== 0;
    out.push({ s: i, e: j, f: folded.slice(i, j), c, word, cap, sp, nl });
    sp = false;
    nl = false;
    i = j;
  }
  return out;
}

/** Splits a gazetteer phrase the same way, returning its folded and cased token texts. */
export function phraseTokens(cased: string, folded: string): { f: string[]; c: string[] } {
  const f: string[] = [];
  const c: string[] = [];
  const n = cased.length;
  let i = 0;
  while (i < n) {
    const ch = cased.charCodeAt(i);
    if (ch === 32 || ch === 10 || ch === 13) {
      i++;
      continue;
    }
    let j = i + 1;
    if (isWord(ch)) while (j < n && isWord(cased.charCodeAt(j))) j++;
    c.push(cased.slice(i, j));
    f.push(folded.slice(i, j));
    i = j;
  }
  return { f, c };
}
