/**
 * The matching preset applied one token at a time: one pass over a text into typed arrays of
 * tokens (words: runs of letters, digits and marks; single punctuation marks otherwise), each
 * with its offsets in the caller's string and the id its folded form has in a lexicon. A token's
 * folded form is what normalize(…, 'matching') and lower case give: NFC, one tone placement, Đ
 * for Ð, invisible characters dropped, every dash "-".
 *
 * A page's text is almost always precomposed Vietnamese and Latin punctuation. For such text the
 * work is done by the platform: one toLowerCase of the whole text, one small regular expression
 * that finds the tokens, a slice and a dictionary look-up per token; the tone rule runs only on
 * a word the lexicon does not know as written. Text with combining marks, invisible characters,
 * Ð or other scripts is read a character at a time with the same rules.
 */
import { charFlags, isCombining, isDash, isInvisible, isLineBreak, isSpace, straightQuote } from './chars';
import { LETTER_F, UPPER_F, WORD_F } from './chars';
import { lowerUnit } from './fold';
import { composedUnit } from './normalize';
import { hasToneMark, knownInOtherSpelling, otherSpelling, placeTone, withTones } from './tone';

export { withTones };

/** Token flags. */
export const TOKEN_WORD = 1;
/** The first character is upper case. */
export const TOKEN_CAP = 2;
export const TOKEN_SPACE_BEFORE = 4;
export const TOKEN_LINE_BEFORE = 8;
/** The first character is a digit. */
export const TOKEN_DIGIT = 16;
/** The tone rule moves a mark in this word ("hòa" → "hoà"), or it is respelt ("lí"): its forms are placed, not sliced. */
export const TOKEN_RETONED = 32;

/** The id of a folded form in a lexicon, or -1. */
export type Lookup = (folded: string) => number;

const isWordUnit = (c: number) =>
  c < 0x80 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) : (charFlags(c) & WORD_F) !== 0;
const isLetter = (c: number) =>
  c < 0x80 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) : (charFlags(c) & LETTER_F) !== 0;
const isUpper = (c: number) => (c < 0x80 ? c >= 65 && c <= 90 : (charFlags(c) & UPPER_F) !== 0);

/** Text the platform can tokenise: these blocks only, and none of Ð, ð, the soft hyphen. */
const PLAIN =
  /^[\t\n\v\f\r\x20-\x7e\u00a0-\u00ac\u00ae-\u00cf\u00d1-\u00ef\u00f1-\u024f\u1e00-\u1eff\u2000-\u200a\u2010-\u2029\u202f-\u205f\u20a0-\u20cf\u2190-\u22ff\u25a0-\u25ff]*$/;
/** In those blocks, a word: the letters, digits and number signs among them (sticky: it matches where it is put). */
const WORD =
  /[0-9A-Za-z\u00aa\u00b2\u00b3\u00b5\u00b9\u00ba\u00bc-\u00be\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]+/y;

/** Lower-case vowels, and those with a tone mark: only a tone beside another vowel may move. */
const VOWELS = 'aăâeêioôơuưyàằầèềìòồờùừỳáắấéếíóốớúứýảẳẩẻểỉỏổởủửỷãẵẫẽễĩõỗỡũữỹạặậẹệịọộợụựỵ';
const TONED = VOWELS.slice(12);
const TONE_BESIDE_VOWEL = new RegExp(`[${TONED}][${VOWELS}]|[${VOWELS}][${TONED}]`);

/**
 * The folded words of a short phrase of precomposed words and spaces (a grammar list's entry):
 * what scanTokens gives it, without a scan. `known`: a lexicon's look-up; as in scanPlain, a word
 * it knows as written is placed already (its forms are the rule's), so no rule is run on it.
 */
export function foldWords(phrase: string, known?: Lookup): string[] {
  return phrase
    .toLowerCase()
    .split(' ')
    .filter(Boolean)
    .map((w) => (!known || known(w) >= 0 || knownInOtherSpelling(w, known) < 0 ? w : otherSpelling(w)))
    .map((w) => (TONE_BESIDE_VOWEL.test(w) && !(known && known(w) >= 0) ? withTones(w) : w));
}

export class TextTokens {
  count = 0;
  /** Offsets in the scanned string, end exclusive. */
  start: Int32Array;
  end: Int32Array;
  flags: Uint8Array;
  /** The id of the token's folded form in the lexicon, or -1. */
  id: Int32Array;
  /** Read a character at a time: each token's cased and folded units, token k at [unitStart[k], unitStart[k + 1]). */
  unitStart?: Int32Array;
  casedUnits?: Uint16Array;
  foldedUnits?: Uint16Array;
  units = 0;
  private cased?: string;
  private folded?: string;
  private retoned?: Map<string, string>;

  /** `lower`: the text lower-cased, when the platform tokenised it. */
  constructor(
    size: number,
    private text: string,
    private lower?: string,
  ) {
    this.start = new Int32Array(size);
    this.end = new Int32Array(size);
    this.flags = new Uint8Array(size);
    this.id = new Int32Array(size);
  }

  grow(): void {
    const size = this.start.length * 2;
    const copy = <T extends Int32Array | Uint8Array>(a: T, b: T) => (b.set(a), b);
    this.start = copy(this.start, new Int32Array(size));
    this.end = copy(this.end, new Int32Array(size));
    this.flags = copy(this.flags, new Uint8Array(size));
    this.id = copy(this.id, new Int32Array(size));
    if (this.unitStart) this.unitStart = copy(this.unitStart, new Int32Array(size + 1));
  }

  /** Token k's folded form (the matching preset, lower case). */
  foldedOf(k: number): string {
    if (this.lower !== undefined) return this.plain(this.lower, k);
    this.folded ??= decodeUnits(this.foldedUnits!, this.units);
    return this.folded.slice(this.unitStart![k], this.unitStart![k + 1]);
  }

  /** Token k's cased form (the matching preset, case kept). */
  casedOf(k: number): string {
    if (this.lower !== undefined) return this.plain(this.text, k);
    this.cased ??= decodeUnits(this.casedUnits!, this.units);
    return this.cased.slice(this.unitStart![k], this.unitStart![k + 1]);
  }

  private plain(source: string, k: number): string {
    if (!(this.flags[k] & TOKEN_WORD)) {
      return String.fromCharCode(markUnit(source.charCodeAt(this.start[k])));
    }
    const word = source.slice(this.start[k], this.end[k]);
    return this.flags[k] & TOKEN_RETONED ? this.placed(word) : word;
  }

  /** withTones(word), or the spelling respell() gave it, each word once: a page repeats its words. */
  placed(word: string): string {
    this.retoned ??= new Map();
    let placed = this.retoned.get(word);
    if (placed === undefined) this.retoned.set(word, (placed = withTones(word)));
    return placed;
  }

  /** The lexicon knows `word` (lower case) only in its other spelling (tone.ts): its folded form is that. */
  respell(word: string, other: string): void {
    (this.retoned ??= new Map()).set(word, other);
  }
}

/** A string from code units, in chunks (the argument list of fromCharCode is bounded). */
function decodeUnits(units: Uint16Array, length: number): string {
  const parts: string[] = [];
  for (let k = 0; k < length; k += 8192)
    parts.push(String.fromCharCode.apply(null, units.subarray(k, Math.min(length, k + 8192)) as unknown as number[]));
  return parts.join('');
}

/** Scans `text` into tokens; `lookup` gives each folded form its id. */
export function scanTokens(text: string, lookup: Lookup): TextTokens {
  const lower = PLAIN.test(text) ? text.toLowerCase() : undefined;
  return lower?.length === text.length ? scanPlain(text, lower, lookup) : scanUnits(text, lookup);
}

/**
 * The platform's pass: white space is skipped a unit at a time, the sticky expression takes a
 * word where one starts (no match object made), anything else is one mark; a slice and a
 * look-up identify the token.
 */
function scanPlain(text: string, lower: string, lookup: Lookup): TextTokens {
  const n = text.length;
  const t = new TextTokens((n >> 2) + 16, text, lower);
  const word = WORD;
  let count = 0;
  let i = 0;
  while (i < n) {
    let f = 0;
    let c = text.charCodeAt(i);
    while (c === 32 || (c >= 9 && c <= 13) || (c > 0x7f && isWhite(c))) {
      f |=
        c === 10 || c === 13 || c === 0x2028 || c === 0x2029
          ? TOKEN_SPACE_BEFORE | TOKEN_LINE_BEFORE
          : TOKEN_SPACE_BEFORE;
      if (++i === n) break;
      c = text.charCodeAt(i);
    }
    if (i === n) break;
    if (count === t.start.length) t.grow();
    const s = i;
    word.lastIndex = s;
    const e = word.test(text) ? word.lastIndex : s + 1;
    if (e > s + 1 || isWordUnit(c)) {
      f |= TOKEN_WORD;
      if (isUpper(c)) f |= TOKEN_CAP;
      if (c >= 48 && c <= 57) f |= TOKEN_DIGIT;
      const word = lower.slice(s, e);
      let id = lookup(word);
      // Spelt with another tone placement than the lexicon's ("hòa" for "hoà"), or "i" for "y"
      // ("lí")? Each such word is placed once. A word the lexicon knows as written is placed as
      // the rule places it (the lexicon's forms are), so its forms are slices.
      if (id < 0 && TONE_BESIDE_VOWEL.test(word)) {
        const placed = t.placed(word);
        if (placed !== word) {
          id = lookup(placed);
          f |= TOKEN_RETONED;
        }
      }
      const other = id < 0 ? knownInOtherSpelling(word, lookup) : -1;
      if (other >= 0) {
        t.respell(word, otherSpelling(word));
        (id = other), (f |= TOKEN_RETONED);
      }
      t.id[count] = id;
    } else t.id[count] = lookup(String.fromCharCode(markUnit(c)));
    t.start[count] = s;
    t.end[count] = e;
    t.flags[count] = f;
    count++;
    i = e;
  }
  t.count = count;
  return t;
}

/** A mark as the lexicon has it: every dash '-', a curly quote or apostrophe straight ("K’đăm" is "K'đăm"). */
const markUnit = (c: number) => (isDash(c) ? 0x2d : straightQuote(c) || c);

/** White space in the plain blocks beyond ASCII (\s there): NBSP, the typographic spaces, line and paragraph separators. */
const isWhite = (c: number) =>
  c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f;

// ---- a character at a time ------------------------------------------------------------------

/** The word being folded: its cased units (NFC, Đ for Ð, one tone placement) and their lower case. */
let casedBuffer = new Uint16Array(64);
let buffer = new Uint16Array(64);
/** The word being folded: its length in the buffers, and whether a unit carries a tone mark. */
let foldedLength = 0;
let toned = false;

function pushUnit(u: number): void {
  if (foldedLength === buffer.length) {
    const b = new Uint16Array(buffer.length * 2);
    b.set(buffer);
    buffer = b;
    const c = new Uint16Array(b.length);
    c.set(casedBuffer);
    casedBuffer = c;
  }
  const cased = u === 0xd0 ? 0x110 : u === 0xf0 ? 0x111 : u;
  const l = lowerUnit(cased);
  if (!toned && l >= 0xc0 && hasToneMark(l)) toned = true;
  casedBuffer[foldedLength] = cased;
  buffer[foldedLength++] = l;
}

/** Folds the word starting at `i` into the buffers; returns the end of the word (after its last visible unit). */
function foldWord(text: string, i: number): number {
  const n = text.length;
  let end = i;
  foldedLength = 0;
  toned = false;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isInvisible(c)) {
      i++;
      continue;
    }
    if (!isWordUnit(c)) break;
    let j = i + 1;
    while (j < n && isCombining(text.charCodeAt(j))) j++;
    if (j > i + 1) {
      // A letter and its combining marks: composed as one (NFD text).
      let cluster = text.slice(i, j);
      if (c === 0xd0) cluster = `Đ${cluster.slice(1)}`;
      else if (c === 0xf0) cluster = `đ${cluster.slice(1)}`;
      const nfc = cluster.normalize('NFC');
      for (let k = 0; k < nfc.length; k++) pushUnit(nfc.charCodeAt(k));
    } else {
      const nfc = c < 0x300 ? undefined : composedUnit(c);
      if (nfc === undefined) pushUnit(c);
      else for (let k = 0; k < nfc.length; k++) pushUnit(nfc.charCodeAt(k));
    }
    i = j;
    end = j;
  }
  if (toned) {
    // The tone rule works on each run of letters (a word may hold digits: "Hòa2").
    const len = foldedLength;
    let k = 0;
    while (k < len) {
      while (k < len && !isLetter(buffer[k])) k++;
      const from = k;
      while (k < len && isLetter(buffer[k])) k++;
      if (k - from > 1 && placeTone(casedBuffer, from, k))
        for (let m = from; m < k; m++) buffer[m] = lowerUnit(casedBuffer[m]);
    }
  }
  return end;
}

/** Grows a typed array to hold at least `n` elements, keeping its contents. */
function ensure<T extends Uint16Array | Int32Array>(a: T, n: number, make: (size: number) => T): T {
  if (n <= a.length) return a;
  const b = make(Math.max(n, a.length * 2));
  b.set(a);
  return b;
}

/** A character at a time, for text the platform's pass does not cover. */
function scanUnits(text: string, lookup: Lookup): TextTokens {
  const n = text.length;
  const size = (n >> 2) + 16;
  const t = new TextTokens(size, text);
  t.unitStart = new Int32Array(size + 1);
  let casedUnits = new Uint16Array(size * 4);
  let foldedUnits = new Uint16Array(size * 4);
  let count = 0;
  let units = 0;
  let before = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isInvisible(c)) {
      i++;
      continue;
    }
    if (isLineBreak(c)) {
      before |= TOKEN_LINE_BEFORE | TOKEN_SPACE_BEFORE;
      i++;
      continue;
    }
    if (isSpace(c)) {
      before |= TOKEN_SPACE_BEFORE;
      i++;
      continue;
    }
    if (count + 1 >= t.start.length) t.grow();
    let f = before;
    let e: number;
    if (isWordUnit(c)) {
      e = foldWord(text, i);
      f |= TOKEN_WORD;
      if (isUpper(c)) f |= TOKEN_CAP;
      if (c >= 48 && c <= 57) f |= TOKEN_DIGIT;
    } else {
      e = i + 1;
      buffer[0] = casedBuffer[0] = markUnit(c);
      foldedLength = 1;
    }
    if (units + foldedLength > casedUnits.length) {
      casedUnits = ensure(casedUnits, units + foldedLength, (m) => new Uint16Array(m));
      foldedUnits = ensure(foldedUnits, units + foldedLength, (m) => new Uint16Array(m));
    }
    for (let k = 0; k < foldedLength; k++) {
      casedUnits[units + k] = casedBuffer[k];
      foldedUnits[units + k] = buffer[k];
    }
    const folded = String.fromCharCode.apply(null, buffer.subarray(0, foldedLength) as unknown as number[]);
    t.id[count] = lookup(folded);
    const other = t.id[count] < 0 ? knownInOtherSpelling(folded, lookup) : -1;
    if (other >= 0) {
      // Known only in its other spelling ("lí" for "lý"), as in scanPlain.
      foldedUnits[units + foldedLength - 1] = otherSpelling(folded).charCodeAt(foldedLength - 1);
      t.id[count] = other;
    }
    t.unitStart[count] = units;
    units += foldedLength;
    t.start[count] = i;
    t.end[count] = e;
    t.flags[count] = f;
    count++;
    before = 0;
    i = e;
  }
  t.unitStart[count] = units;
  t.count = count;
  t.units = units;
  t.casedUnits = casedUnits;
  t.foldedUnits = foldedUnits;
  return t;
}

/** A phrase's tokens, folded and cased, split as scanTokens splits a text (to build a lexicon). */
export function phraseTokens(phrase: string): { folded: string[]; cased: string[] } {
  const t = scanTokens(phrase, () => -1);
  const folded: string[] = [];
  const cased: string[] = [];
  for (let k = 0; k < t.count; k++) {
    folded.push(t.foldedOf(k));
    cased.push(t.casedOf(k));
  }
  return { folded, cased };
}
