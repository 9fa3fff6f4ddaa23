/** Tokens over normalised text: words (letters/digits) and single punctuation marks. */
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

const WORD_RE = /[\p{L}\p{N}\p{M}]/u;
const UPPER = /\p{Lu}/u;
function isWord(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return WORD_RE.test(ch);
}

export function tokenize(cased: string, folded: string): Token[] {
  const out: Token[] = [];
  const n = cased.length;
  let i = 0;
  let sp = false;
  let nl = false;
  while (i < n) {
    const ch = cased[i];
    if (ch === ' ' || ch === '\n' || ch === '\r') {
      sp = true;
      if (ch !== ' ') nl = true;
      i++;
      continue;
    }
    let j = i + 1;
    const word = isWord(ch);
    if (word) while (j < n && isWord(cased[j])) j++;
    const c = cased.slice(i, j);
    out.push({ s: i, e: j, f: folded.slice(i, j), c, word, cap: UPPER.test(ch), sp, nl });
    sp = false;
    nl = false;
    i = j;
  }
  return out;
}

/** Splits a gazetteer phrase the same way, returning its folded and cased token texts. */
export function phraseTokens(cased: string, folded: string): { f: string[]; c: string[] } {
  const t = tokenize(cased, folded);
  return { f: t.map((x) => x.f), c: t.map((x) => x.c) };
}
