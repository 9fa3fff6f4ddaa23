/**
 * The one normaliser of Vietnamese text, with named presets for its uses, and an exact map back
 * to the caller's string.
 *
 * Every preset: NFC (per base character and its combining marks, so NFD text maps back
 * exactly), the one tone placement (tone.ts), Ð/ð (U+00D0/U+00F0, Icelandic eth, which some
 * pages type for Đ) as Đ/đ, every dash as "-", invisible characters (soft hyphen, zero-width
 * space and joiners, BOM) removed, spaces and control characters as spaces. Presets add case
 * folding, accent stripping, collapsed white space, straight quotes and trimming.
 *
 * The map: normalised code unit i came from the original range [starts[i], ends[i]); removed
 * characters produce nothing, so a normalised span [a, b) maps to [starts[a], ends[b - 1]).
 */
import { charFlags, isCombining, isDash, isInvisible, isLineBreak, isSpace, LETTER_F, straightQuote } from './chars';
import { lowerUnit, unaccentedUnit } from './fold';
import { hasToneMark, placeTone } from './tone';

export interface TextPreset {
  /** Lower-case every letter (one code unit for one). */
  lowerCase: boolean;
  /** Drop every accent and tone mark, đ as d. */
  stripAccents: boolean;
  /** A run of spaces and line breaks becomes one space (else each space one " ", each line break one "\n"). */
  collapseSpaces: boolean;
  /** Curly quotes and primes as straight quotes. */
  straightQuotes: boolean;
  /** No space at either end. */
  trim: boolean;
}

export const PRESETS = {
  /**
   * The entity engine: case kept, offsets one for one wherever NFC allows, line breaks kept; a
   * curly apostrophe is the straight one a name is stored with ("K’đăm", "K'đăm").
   */
  matching: { lowerCase: false, stripAccents: false, collapseSpaces: false, straightQuotes: true, trim: false },
  /** Re-anchoring saved quotes: case kept, white space runs as one space. */
  anchoring: { lowerCase: false, stripAccents: false, collapseSpaces: true, straightQuotes: true, trim: false },
  /** Search: case-blind, accents count. */
  search: { lowerCase: true, stripAccents: false, collapseSpaces: true, straightQuotes: true, trim: false },
  /** Accent-blind search: case and accents ignored, đ as d. */
  accentBlind: { lowerCase: true, stripAccents: true, collapseSpaces: true, straightQuotes: true, trim: false },
  /** Keys that identify a name whatever its spelling: search, trimmed. */
  key: { lowerCase: true, stripAccents: false, collapseSpaces: true, straightQuotes: true, trim: true },
} as const satisfies Record<string, TextPreset>;

export type PresetName = keyof typeof PRESETS;

export interface MappedText {
  text: string;
  starts: Int32Array;
  ends: Int32Array;
}

// Scratch output, reused by every call: code units and their original ranges.
let U = new Uint16Array(1024);
let S = new Int32Array(1024);
let E = new Int32Array(1024);
function reserve(n: number): void {
  if (n <= U.length) return;
  const size = Math.max(n, U.length * 2);
  const u = new Uint16Array(size);
  const s = new Int32Array(size);
  const e = new Int32Array(size);
  u.set(U);
  s.set(S);
  e.set(E);
  U = u;
  S = s;
  E = e;
}

/** NFC of single code units that NFC changes (Ω, CJK compatibility ideographs ...), cached. */
const NFC_STABLE = 1;
const NFC_CHANGES = 2;
const nfcState = new Uint8Array(0x10000);
const nfcOf = new Map<number, string>();
function nfcOfUnit(code: number): string | undefined {
  let st = nfcState[code];
  if (!st) {
    const ch = String.fromCharCode(code);
    const norm = ch.normalize('NFC');
    st = nfcState[code] = norm === ch ? NFC_STABLE : NFC_CHANGES;
    if (norm !== ch) nfcOf.set(code, norm);
  }
  return st === NFC_STABLE ? undefined : nfcOf.get(code);
}

/** NFC of a lone code unit when NFC changes it (Ω, CJK compatibility ideographs ...), else undefined. */
export const composedUnit = (code: number): string | undefined => (code < 0x300 ? undefined : nfcOfUnit(code));

const isLetter = (c: number) =>
  c < 0x80 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) : (charFlags(c) & LETTER_F) !== 0;

/**
 * Normalises `input` into U/S/E. Returns the length, and -1 - length when the output is the
 * input itself unit for unit.
 */
function run(input: string, p: TextPreset): number {
  const n = input.length;
  reserve(n + 16);
  let len = 0;
  let same = true;
  /** The word being written: its start in U, and whether one of its letters carries a tone. */
  let inWord = false;
  let word = 0;
  let toned = false;
  /** Collapsing: the pending run of white space [spaceFrom, spaceTo) in the input, -1 if none. */
  let spaceFrom = -1;
  let spaceTo = -1;
  const endWord = () => {
    if (toned && len - word > 1 && placeTone(U, word, len)) same = false;
    toned = false;
    inWord = false;
  };
  const emit = (c: number, a: number, b: number) => {
    if (spaceFrom >= 0) {
      if (len > 0 || !p.trim) {
        U[len] = 32;
        S[len] = spaceFrom;
        E[len++] = spaceTo;
      }
      same = false;
      spaceFrom = -1;
    }
    if (p.stripAccents) c = unaccentedUnit(c);
    else if (p.lowerCase) c = lowerUnit(c);
    if (isLetter(c)) {
      if (!inWord) {
        inWord = true;
        word = len;
      }
      if (!toned && !p.stripAccents && hasToneMark(c)) toned = true;
    } else if (inWord) endWord();
    U[len] = c;
    S[len] = a;
    E[len++] = b;
  };
  let i = 0;
  while (i < n) {
    const code = input.charCodeAt(i);
    let j = i + 1;
    if (code >= 0xd800 && code <= 0xdbff && j < n) j++;
    while (j < n && isCombining(input.charCodeAt(j))) j++;
    if (j === i + 1 && code > 0x20 && code < 0x7f) {
      // Printable ASCII with no mark after it: the common case.
      const before = len;
      emit(code, i, j);
      if (U[before] !== code || before !== i) same = false;
      i = j;
      continue;
    }
    if (j > i + 1 && (code < 0xd800 || code > 0xdbff || j > i + 2)) {
      // A base and its combining marks compose as one cluster.
      let cluster = input.slice(i, j);
      if (code === 0xd0) cluster = `Đ${cluster.slice(1)}`;
      else if (code === 0xf0) cluster = `đ${cluster.slice(1)}`;
      const norm = cluster.normalize('NFC');
      for (let k = 0; k < norm.length; k++) {
        const c = norm.charCodeAt(k);
        if (p.stripAccents && isCombining(c)) continue;
        emit(c, i, j);
      }
      same = false;
      i = j;
      continue;
    }
    if (j === i + 2) {
      // A surrogate pair: kept as it is.
      emit(code, i, j);
      emit(input.charCodeAt(i + 1), i, j);
      if (len !== j) same = false;
      i = j;
      continue;
    }
    if (isInvisible(code)) {
      same = false;
      i = j;
      continue;
    }
    const lineBreak = isLineBreak(code);
    if (lineBreak || isSpace(code)) {
      if (p.collapseSpaces) {
        endWord();
        if (spaceFrom < 0) spaceFrom = i;
        spaceTo = j;
      } else {
        const out = lineBreak ? 10 : 32;
        const before = len;
        emit(out, i, j);
        if (out !== code || before !== i) same = false;
      }
      i = j;
      continue;
    }
    let c = code;
    if (code === 0xd0) c = 0x110;
    else if (code === 0xf0) c = 0x111;
    else if (isDash(code)) c = 0x2d;
    else if (p.straightQuotes && straightQuote(code)) c = straightQuote(code);
    else if (code >= 0x300) {
      const norm = nfcOfUnit(code);
      if (norm !== undefined) {
        for (let k = 0; k < norm.length; k++) emit(norm.charCodeAt(k), i, j);
        same = false;
        i = j;
        continue;
      }
    }
    if (p.stripAccents && isCombining(c)) {
      same = false;
      i = j;
      continue;
    }
    const before = len;
    emit(c, i, j);
    if (U[before] !== code || before !== i) same = false;
    i = j;
  }
  endWord();
  if (spaceFrom >= 0 && !p.trim) {
    U[len] = 32;
    S[len] = spaceFrom;
    E[len++] = spaceTo;
    same = false;
  }
  return same && len === n ? -1 - len : len;
}

/**
 * A string from U[0..len): chunks keep fromCharCode's argument list small, and are joined, since
 * a rope built with += makes every later charCodeAt several times slower in the matching loops.
 */
function decode(len: number): string {
  const CHUNK = 8192;
  if (len <= CHUNK) return String.fromCharCode.apply(null, U.subarray(0, len) as unknown as number[]);
  const parts: string[] = [];
  for (let k = 0; k < len; k += CHUNK)
    parts.push(String.fromCharCode.apply(null, U.subarray(k, Math.min(len, k + CHUNK)) as unknown as number[]));
  return parts.join('');
}

/** The normalised text alone. */
export function normalize(input: string, preset: PresetName): string {
  const r = run(input, PRESETS[preset]);
  return r < 0 ? input : decode(r);
}

/** Text that normalised to itself: its offsets map to themselves, made only if someone reads them. */
class Unchanged implements MappedText {
  declare readonly starts: Int32Array;
  declare readonly ends: Int32Array;
  constructor(readonly text: string) {
    // Own, enumerable and lazy: a copy ({ ...m }) or JSON still sees them.
    let s: Int32Array | undefined;
    let e: Int32Array | undefined;
    const n = text.length;
    Object.defineProperties(this, {
      starts: { enumerable: true, get: () => (s ??= Int32Array.from({ length: n }, (_, i) => i)) },
      ends: { enumerable: true, get: () => (e ??= Int32Array.from({ length: n }, (_, i) => i + 1)) },
    });
  }
}

/** The normalised text with its map back to `input`. */
export function normalizeWithMap(input: string, preset: PresetName): MappedText {
  const len = run(input, PRESETS[preset]);
  if (len < 0) return new Unchanged(input);
  return { text: decode(len), starts: S.slice(0, len), ends: E.slice(0, len) };
}

/** Maps a normalised span [a, b) back to the original string (`length`: the original's). */
export function toOriginalRange(m: MappedText, length: number, a: number, b: number): [number, number] {
  if (m instanceof Unchanged) {
    const p = Math.min(a, length);
    return b <= a ? [p, p] : [a, b];
  }
  if (b <= a) {
    const p = a < m.starts.length ? m.starts[a] : length;
    return [p, p];
  }
  return [m.starts[a], m.ends[b - 1]];
}

/** First normalised index whose source starts at or after `raw` (for hints and positions). */
export function toNormalizedOffset(norm: MappedText, raw: number): number {
  let lo = 0;
  let hi = norm.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (norm.starts[mid] < raw) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Text to show as the page wrote it, composed (NFC): no other change. */
export function forDisplay(s: string): string {
  return s.normalize('NFC');
}

/** The key that identifies a name or phrase whatever its spelling (tone placement, NFD, case, spaces). */
export function matchKey(s: string): string {
  return normalize(s, 'key');
}

/** ASCII slug for ids: "Bộ Tài chính" → "bo-tai-chinh". */
export function slugify(s: string): string {
  return normalize(s, 'accentBlind')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
