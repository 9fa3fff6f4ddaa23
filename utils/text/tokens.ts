/**
 * The matching preset applied one token at a time: one pass over a text into typed arrays of
 * tokens (words: runs of letters, digits and marks; single punctuation marks otherwise), each
 * with its offsets in the caller's string and the id its folded form has in a lexicon. A token's
 * folded form is what normalize(…, 'matching') and lower case give (NFC, one tone placement, Đ for
 * Ð, invisible characters dropped), built in a scratch buffer and hashed there; the cased and
 * folded units of all tokens are kept in two arrays, made into strings only if someone asks.
 */
import { charFlags, isCombining, isDash, isInvisible, isLineBreak, isSpace, LETTER_F, UPPER_F, WORD_F } from './chars';
import { lowerUnit } from './fold';
import { composedUnit } from './normalize';
import { hasToneMark, placeTone } from './tone';

/** Token flags. */
export const TOKEN_WORD = 1;
/** The first character is upper case. */
export const TOKEN_CAP = 2;
export const TOKEN_SPACE_BEFORE = 4;
export const TOKEN_LINE_BEFORE = 8;
/** The first character is a digit. */
export const TOKEN_DIGIT = 16;

export interface TokenArrays {
  count: number;
  /** Offsets in the scanned string, end exclusive. */
  start: Int32Array;
  end: Int32Array;
  flags: Uint8Array;
  /** The id of the token's folded form in the lexicon, or -1. */
  id: Int32Array;
}

/** The id of a folded form (its code units, their count and their hash), or -1. */
export type Lookup = (units: Uint16Array, length: number, hash: number) => number;

/** FNV-1a over UTF-16 code units: the hash a lexicon is built with. */
export function hashUnits(units: ArrayLike<number>, length: number): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < length; k++) h = Math.imul(h ^ units[k], 0x01000193);
  return h >>> 0;
}

const isWordUnit = (c: number) =>
  c < 0x80 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) : (charFlags(c) & WORD_F) !== 0;
const isLetter = (c: number) =>
  c < 0x80 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) : (charFlags(c) & LETTER_F) !== 0;

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
function ensure<T extends Uint16Array | Int32Array | Uint8Array>(a: T, n: number, make: (size: number) => T): T {
  if (n <= a.length) return a;
  const b = make(Math.max(n, a.length * 2));
  b.set(a);
  return b;
}

/** A string from code units, in chunks (the argument list of fromCharCode is bounded). */
function decodeUnits(units: Uint16Array, length: number): string {
  const parts: string[] = [];
  for (let k = 0; k < length; k += 8192)
    parts.push(String.fromCharCode.apply(null, units.subarray(k, Math.min(length, k + 8192)) as unknown as number[]));
  return parts.join('');
}

export class TextTokens implements TokenArrays {
  count = 0;
  start: Int32Array;
  end: Int32Array;
  flags: Uint8Array;
  id: Int32Array;
  /** Where each token's units lie in `casedUnits`/`foldedUnits` (token k: [unitStart[k], unitStart[k + 1])). */
  unitStart: Int32Array;
  casedUnits: Uint16Array;
  foldedUnits: Uint16Array;
  units = 0;
  private cased?: string;
  private folded?: string;

  constructor(size: number) {
    this.start = new Int32Array(size);
    this.end = new Int32Array(size);
    this.flags = new Uint8Array(size);
    this.id = new Int32Array(size);
    this.unitStart = new Int32Array(size + 1);
    this.casedUnits = new Uint16Array(size * 4);
    this.foldedUnits = new Uint16Array(size * 4);
  }

  /** Token k's folded form (the matching preset, lower case). */
  foldedOf(k: number): string {
    this.folded ??= decodeUnits(this.foldedUnits, this.units);
    return this.folded.slice(this.unitStart[k], this.unitStart[k + 1]);
  }

  /** Token k's cased form (the matching preset, case kept). */
  casedOf(k: number): string {
    this.cased ??= decodeUnits(this.casedUnits, this.units);
    return this.cased.slice(this.unitStart[k], this.unitStart[k + 1]);
  }
}

/** Scans `text` into tokens; `lookup` gives each folded form its id. */
export function scanTokens(text: string, lookup: Lookup): TextTokens {
  const n = text.length;
  const t = new TextTokens((n >> 2) + 16);
  let count = 0;
  let units = 0;
  let before = 0;
  const single = new Uint16Array(1);
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
    if (count + 1 >= t.start.length) {
      const size = t.start.length * 2;
      t.start = ensure(t.start, size, (m) => new Int32Array(m));
      t.end = ensure(t.end, size, (m) => new Int32Array(m));
      t.flags = ensure(t.flags, size, (m) => new Uint8Array(m));
      t.id = ensure(t.id, size, (m) => new Int32Array(m));
      t.unitStart = ensure(t.unitStart, size + 1, (m) => new Int32Array(m));
    }
    let f = before;
    let e: number;
    let source: Uint16Array;
    let length: number;
    if (isWordUnit(c)) {
      e = foldWord(text, i);
      f |= TOKEN_WORD;
      if (c < 0x80 ? c >= 65 && c <= 90 : (charFlags(c) & UPPER_F) !== 0) f |= TOKEN_CAP;
      if (c >= 48 && c <= 57) f |= TOKEN_DIGIT;
      source = buffer;
      length = foldedLength;
      t.id[count] = lookup(buffer, length, hashUnits(buffer, length));
    } else {
      e = i + 1;
      single[0] = isDash(c) ? 0x2d : c;
      casedBuffer[0] = single[0];
      source = single;
      length = 1;
      t.id[count] = lookup(single, 1, hashUnits(single, 1));
    }
    if (units + length > t.casedUnits.length) {
      t.casedUnits = ensure(t.casedUnits, units + length, (m) => new Uint16Array(m));
      t.foldedUnits = ensure(t.foldedUnits, units + length, (m) => new Uint16Array(m));
    }
    const cased = t.casedUnits;
    const folded = t.foldedUnits;
    for (let k = 0; k < length; k++) {
      cased[units + k] = casedBuffer[k];
      folded[units + k] = source[k];
    }
    t.unitStart[count] = units;
    units += length;
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
