/**
 * The character classes of Vietnamese text, in one place: Unicode classes of single UTF-16 code
 * units (looked up once per distinct unit and cached: the hot loops over an article's text test
 * every character, and a regular expression per character costs more than the rest of the loop),
 * and the small sets the normaliser treats alike (spaces, line breaks, invisible characters,
 * dashes, quotes, combining marks).
 */

/** \p{L} or \p{M}. */
export const LETTER_F = 2;
/** A letter whose base (tone removed, lower case) is a Vietnamese vowel. */
export const VOWEL_F = 4;
/** A word character for tokens: letter, number or mark (ASCII: a-z, A-Z, 0-9). */
export const WORD_F = 8;
/** \p{Lu}. */
export const UPPER_F = 16;
const KNOWN = 1;

const LETTER = /[\p{L}\p{M}]/u;
const WORD = /[\p{L}\p{N}\p{M}]/u;
const UPPER = /\p{Lu}/u;
const VOWEL_BASE = /[aeiouyăâêôơư]/;
const TONES = '\u0300\u0301\u0303\u0309\u0323';

/** The letter without its tone mark (hooks, breve and circumflex kept). */
function toneless(s: string): string {
  let rest = '';
  for (const c of s.normalize('NFD')) if (!TONES.includes(c)) rest += c;
  return rest.normalize('NFC');
}

/** The class bits of a code unit from the Unicode regular expressions (and the KNOWN bit). */
export function classifyByRegex(code: number): number {
  const ch = String.fromCharCode(code);
  let f = KNOWN;
  if (LETTER.test(ch)) f |= LETTER_F;
  const lower = ch.toLowerCase();
  if (LETTER.test(lower) && VOWEL_BASE.test(toneless(lower))) f |= VOWEL_F;
  if (
    code < 0x80
      ? (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)
      : WORD.test(ch)
  )
    f |= WORD_F;
  if (UPPER.test(ch)) f |= UPPER_F;
  return f;
}

// The same bits, precomputed for the blocks Vietnamese text lives in (one letter per unit:
// '@' + bits >> 1), so a page's first pass compiles no Unicode-property expression.
// chars.test.ts checks them against classifyByRegex.
export const LATIN_TABLE =
  '@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@DDDDDDDDDD@@@@@@@OMMMOMMMOMMMMMOMMMMMOMMMOM@@@@@@GEEEGEEEGEEEEEGEEEEEGEEEGE@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@E@@@@@@@DD@E@@@DE@DDD@OOOOMMMMOOOMOOMMMMOOOOM@MOOMMOMEGGGGEEEEGGGEGGEEEEGGGGE@EGGEEGEEMEOGMEMEMEMEMEMEMEMEMEMEMEMEMEMEMEMEMEMEOGMEMEMEOEMEMEMEEMEMEMEMEMEMEMEMEEMEMEMEMEMEMEMEMEMEMEMEMEMEMEMEOGMEMEMEMEMEMEMEMMEMEMEEEMMEMEMMEMMMEEMMMMEMMEMMMEEEMMEMOGMEMEMMEMEEMEMOGMMMEMEMMEEEMEEEEEEEMEEMEEMEEMEMEMEMEMEMEMEMEEMEMEMEMEMEMEMEMEMEEMEEMEMMMEMEMEMEMEMEMEMEMEMEMEMEMEMEMEMEMEMEMEMEMEMEMEMEMEMEMEMEMEMEEEEEEEMMEMMEEMEMMMMEMEMEMEMEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE@@@@EEEEEEEEEEEE@@@@@@@@@@@@@@EEEEE@@@@@@@E@E@@@@@@@@@@@@@@@@@';
export const VIETNAMESE_TABLE =
  'MEMEMEMEMEMEMEMEMEMEMEMEMEMEMEMEMEMEMEMEMEMEMEMEMEMEMEMEMEMEMEMEMEMEMEMEMEMEOGMEMEMEMEMEMEMEMEMEMEMEMEMEMEMEMEMEMEMEMEMEOGMEMEMEMEMEMEMEMEMEMEMEMEMEMEEEEEEEEEMEOGOGOGOGOGOGOGOGOGOGOGOGOGOGOGOGOGOGOGOGOGOGOGOGOGOGOGOGOGOGOGOGOGOGOGOGOGOGOGOGOGOGOGOGOGMEMEME';
export const PUNCTUATION_TABLE =
  '@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@';

const table = new Uint8Array(0x10000);

/** The class bits of a code unit (lone surrogates have none). */
export function charFlags(code: number): number {
  if (code < 0x300) return ((LATIN_TABLE.charCodeAt(code) - 0x40) << 1) | KNOWN;
  if (code >= 0x1e00 && code < 0x1f00) return ((VIETNAMESE_TABLE.charCodeAt(code - 0x1e00) - 0x40) << 1) | KNOWN;
  if (code >= 0x2000 && code < 0x2070) return ((PUNCTUATION_TABLE.charCodeAt(code - 0x2000) - 0x40) << 1) | KNOWN;
  const f = table[code];
  return f ? f : (table[code] = classifyByRegex(code));
}

const isSurrogate = (c: number) => c >= 0xd800 && c <= 0xdfff;

/** /\p{Lu}/u.test(s), without compiling the expression unless s holds a surrogate. */
export function hasUpper(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (isSurrogate(c)) return /\p{Lu}/u.test(s);
    if (charFlags(c) & UPPER_F) return true;
  }
  return false;
}

/** /^[\p{Lu}\d<extra>]{min,}$/u.test(s), likewise. */
export function upperRun(s: string, min: number, extra = ''): boolean {
  if (s.length < min) return false;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (isSurrogate(c)) return new RegExp(`^[\\p{Lu}\\d${extra.replace(/[\\\]^-]/g, '\\$&')}]{${min},}$`, 'u').test(s);
    if (!(charFlags(c) & UPPER_F) && !(c >= 48 && c <= 57) && !extra.includes(s[k])) return false;
  }
  return true;
}

/** Combining marks (NFD text puts them after their base letter). */
export const isCombining = (c: number) =>
  (c >= 0x300 && c <= 0x36f) ||
  (c >= 0x1dc0 && c <= 0x1dff) ||
  (c >= 0x20d0 && c <= 0x20ff) ||
  (c >= 0xfe20 && c <= 0xfe2f);

/** Invisible characters that join what is on either side: soft hyphen, zero-width and bidi marks, BOM. */
export const isInvisible = (c: number) =>
  c === 0xad || (c >= 0x200b && c <= 0x200f) || (c >= 0x2060 && c <= 0x2064) || c === 0xfeff || c === 0x180e;

/** Line breaks. */
export const isLineBreak = (c: number) => c === 10 || c === 13 || c === 0x85 || c === 0x2028 || c === 0x2029;

/** Spaces on a line (NBSP and the typographic ones), and control characters, which read as spaces. */
export const isSpace = (c: number) =>
  c === 32 ||
  (c < 32 && c !== 10 && c !== 13) ||
  c === 0x7f ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000;

/** Hyphens, dashes and minus signs. */
export const isDash = (c: number) =>
  (c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xfe58 || c === 0xfe63 || c === 0xff0d;

/** The straight quote a curly or prime quote stands for (0: not one). */
export function straightQuote(c: number): number {
  if (c === 0x2018 || c === 0x2019 || c === 0x201a || c === 0x201b || c === 0x2032) return 0x27;
  if (c === 0x201c || c === 0x201d || c === 0x201e || c === 0x201f || c === 0x2033) return 0x22;
  return 0;
}
