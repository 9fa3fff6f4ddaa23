/**
 * Normalisation for matching Vietnamese text, with an exact map back to the caller's string.
 *
 * The normalised string has one entry in `starts`/`ends` per code unit: the original range
 * that produced it. Removed characters (zero-width, soft hyphen) produce nothing, so a span
 * [a, b) of the normalised text maps to [starts[a], ends[b - 1]) in the original.
 *
 * It runs once per page on the whole article, so it works on code units in reused typed
 * arrays: no per-character strings, and Unicode look-ups are cached per code unit.
 */
import { charFlags, LETTER_F, VOWEL_F } from './chars';

export interface Normalized {
  /** NFC, canonical tone placement, canonical spaces and dashes, Đ for Ð; case kept. */
  cased: string;
  /** `cased`, lower-cased (same length, code unit for code unit). */
  folded: string;
  starts: Int32Array;
  ends: Int32Array;
  /** The caller's string. */
  original: string;
}

const TONES = '\u0300\u0301\u0303\u0309\u0323';

/** Toned o/O/u/U → (base << 4 | tone index + 1); a/e/y (either case) → their five toned forms. */
let toned: Uint16Array | undefined;
const tonedForms = new Map<number, number[]>();
function toneTables(): Uint16Array {
  const t = new Uint16Array(0x1f00);
  for (const b of 'oOuUaAeEyY') {
    const forms = [...TONES].map((m) => (b + m).normalize('NFC').charCodeAt(0));
    tonedForms.set(b.charCodeAt(0), forms);
    if ('oOuU'.includes(b)) forms.forEach((c, k) => (t[c] = (b.charCodeAt(0) << 4) | (k + 1)));
  }
  return t;
}

const isCombining = (c: number) =>
  (c >= 0x300 && c <= 0x36f) ||
  (c >= 0x1dc0 && c <= 0x1dff) ||
  (c >= 0x20d0 && c <= 0x20ff) ||
  (c >= 0xfe20 && c <= 0xfe2f);
const isRemoved = (c: number) =>
  c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff || c === 0x180e;
const isSpace = (c: number) =>
  c === 9 ||
  c === 11 ||
  c === 12 ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000;
const isDash = (c: number) =>
  (c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xfe58 || c === 0xfe63 || c === 0xff0d;

/** NFC of single code units that NFC changes (Ω, CJK compatibility ideographs ...). */
const nfcOf = new Map<number, string>();
const NFC_CHECKED = 1;
const NFC_STABLE = 2;
const nfcState = new Uint8Array(0x10000);

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

/** Normalises `original` into U/S/E; returns the length and whether any unit differs. */
function fill(original: string): { len: number; same: boolean } {
  const n = original.length;
  reserve(n + 16);
  let len = 0;
  let same = true;
  let i = 0;
  const pushStr = (s: string, a: number, b: number) => {
    reserve(len + s.length + (n - a) + 16);
    for (let k = 0; k < s.length; k++) {
      U[len] = s.charCodeAt(k);
      S[len] = a;
      E[len++] = b;
    }
  };
  while (i < n) {
    const code = original.charCodeAt(i);
    let j = i + 1;
    if (code >= 0xd800 && code <= 0xdbff && j < n) j++;
    while (j < n && isCombining(original.charCodeAt(j))) j++;
    if (j === i + 1) {
      // One code unit, nothing to compose: the common case.
      let out = code;
      if (code < 0x80) {
        if (code === 9 || code === 11 || code === 12) out = 32;
      } else if (code < 0x300 || (code >= 0x1e00 && code <= 0x1eff)) {
        if (code === 0xa0) out = 32;
        else if (code === 0xad) out = -1;
        else if (code === 0xd0) out = 0x110;
        else if (code === 0xf0) out = 0x111;
      } else if (isRemoved(code)) out = -1;
      else if (isSpace(code)) out = 32;
      else if (isDash(code)) out = 0x2d;
      else {
        let st = nfcState[code];
        if (!st) {
          const ch = String.fromCharCode(code);
          const norm = ch.normalize('NFC');
          st = nfcState[code] = norm === ch ? NFC_CHECKED | NFC_STABLE : NFC_CHECKED;
          if (norm !== ch) nfcOf.set(code, norm);
        }
        if (!(st & NFC_STABLE)) {
          pushStr(nfcOf.get(code)!, i, j);
          same = false;
          i = j;
          continue;
        }
      }
      if (out >= 0) {
        U[len] = out;
        S[len] = i;
        E[len++] = j;
        if (out !== code) same = false;
      } else same = false;
      i = j;
      continue;
    }
    let cluster = original.slice(i, j);
    if (code === 0xd0) cluster = `Đ${cluster.slice(1)}`;
    else if (code === 0xf0) cluster = `đ${cluster.slice(1)}`;
    const norm = cluster.normalize('NFC');
    pushStr(norm, i, j);
    if (norm !== original.slice(i, j)) same = false;
    i = j;
  }
  if (canonicalTones(len)) same = false;
  return { len, same: same && len === n };
}

/**
 * Moves the tone of open oa/oe/uy syllables onto the second vowel, in place.
 * Closed syllables (hoàn, thuyền) and qu- (quý) are left alone: their placement is fixed.
 */
function canonicalTones(len: number): boolean {
  const tab = (toned ??= toneTables());
  let moved = false;
  for (let i = 0; i + 1 < len; i++) {
    const c = U[i];
    const a = c >= 0xd2 && c < 0x1f00 ? tab[c] : 0;
    if (!a) continue;
    const base = a >> 4;
    const tone = (a & 15) - 1;
    const b = U[i + 1];
    const lb = b | 0x20;
    const firstO = (base | 0x20) === 0x6f;
    if (b > 0x7a || !(firstO ? lb === 0x61 || lb === 0x65 : lb === 0x79)) continue;
    if (i > 0) {
      const p = U[i - 1];
      if (!firstO && (p | 0x20) === 0x71) continue;
      if (charFlags(p) & VOWEL_F) continue;
    }
    if (i + 2 < len && charFlags(U[i + 2]) & LETTER_F) continue;
    U[i] = base;
    U[i + 1] = tonedForms.get(b)![tone];
    moved = true;
  }
  return moved;
}

/** A string from U[0..len): chunks keep fromCharCode's argument list small. */
function decode(len: number): string {
  const CHUNK = 8192;
  if (len <= CHUNK) return String.fromCharCode.apply(null, U.subarray(0, len) as unknown as number[]);
  const parts: string[] = [];
  for (let k = 0; k < len; k += CHUNK)
    parts.push(String.fromCharCode.apply(null, U.subarray(k, Math.min(len, k + CHUNK)) as unknown as number[]));
  return parts.join('');
}

function foldCase(cased: string): string {
  const folded = cased.toLowerCase();
  if (folded.length === cased.length) return folded;
  // A few letters lower-case to two units (İ): keep those as they are so offsets line up.
  let out = '';
  for (let k = 0; k < cased.length; k++) {
    const c = cased[k];
    const l = c.toLowerCase();
    out += l.length === c.length ? l : c;
  }
  return out;
}

// ---- the fast path ---------------------------------------------------------------------------
//
// Most text needs only one-for-one replacements (odd spaces, dashes, Ð) and the tone moves, so
// its offsets map to themselves and built-in string methods can do the work: the engine runs
// once per page, mostly before the JIT has warmed, where a native pass beats a loop in JS.

/** Characters the normaliser may change by more than one-for-one: combining marks, removed
 * characters, surrogates, and blocks where NFC changes single characters. */
const SLOW =
  /[^\x00-\xac\xae-\u02ff\u1e00-\u1eff\u2000-\u200a\u2010-\u205f\u20a0-\u20cf\u2150-\u22ff\u2460-\u27bf\u3000-\u303f\uff00-\uffef]/;
const SPACES = /[\t\v\f\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;
const DASHES = /[\u2010-\u2015\u2212\uff0d]/g;
const ODD = /[\t\v\f\u00a0\u00d0\u00f0\u2000-\u200a\u2010-\u2015\u202f\u205f\u2212\u3000\uff0d]/;
/** A toned o or u before the vowel it pairs with. */
const PAIR = /[òóỏõọÒÓỎÕỌ][aeAE]|[ùúủũụÙÚỦŨỤ][yY]/g;

/** `s` with the fast path's replacements, or undefined when it needs the full normaliser. */
function fast(s: string): string | undefined {
  if (SLOW.test(s)) return undefined;
  if (ODD.test(s))
    s = s
      .replace(SPACES, ' ')
      .replace(DASHES, '-')
      .replace(/\u00d0/g, 'Đ')
      .replace(/\u00f0/g, 'đ');
  PAIR.lastIndex = 0;
  if (!PAIR.test(s)) return s;
  const tab = (toned ??= toneTables());
  // Same rules as canonicalTones; the neighbours read are never ones a move changes in kind.
  return s.replace(PAIR, (m, i: number, str: string) => {
    const a = tab[m.charCodeAt(0)];
    const base = a >> 4;
    if (i > 0) {
      const p = str.charCodeAt(i - 1);
      if ((base | 0x20) === 0x75 && (p | 0x20) === 0x71) return m;
      if (charFlags(p) & VOWEL_F) return m;
    }
    if (i + 2 < str.length && charFlags(str.charCodeAt(i + 2)) & LETTER_F) return m;
    return String.fromCharCode(base, tonedForms.get(m.charCodeAt(1))![(a & 15) - 1]);
  });
}

/** Offsets that map to themselves, made only if someone reads them. */
class Identity implements Normalized {
  declare readonly starts: Int32Array;
  declare readonly ends: Int32Array;
  constructor(
    readonly cased: string,
    readonly folded: string,
    readonly original: string,
  ) {
    // Own, enumerable and lazy: a copy ({ ...nz }) or JSON still sees them.
    let s: Int32Array | undefined;
    let e: Int32Array | undefined;
    const n = cased.length;
    Object.defineProperties(this, {
      starts: { enumerable: true, get: () => (s ??= Int32Array.from({ length: n }, (_, i) => i)) },
      ends: { enumerable: true, get: () => (e ??= Int32Array.from({ length: n }, (_, i) => i + 1)) },
    });
  }
}

export function normalizeForMatch(original: string): Normalized {
  const quick = fast(original);
  if (quick !== undefined) return new Identity(quick, foldCase(quick), original);
  const { len, same } = fill(original);
  const cased = same ? original : decode(len);
  return { cased, folded: foldCase(cased), starts: S.slice(0, len), ends: E.slice(0, len), original };
}

/** The cased and folded forms only, for phrases and keys (no offset maps). */
export function normalizeText(original: string): { cased: string; folded: string } {
  let cased = fast(original);
  if (cased === undefined) {
    const { len, same } = fill(original);
    cased = same ? original : decode(len);
  }
  return { cased, folded: foldCase(cased) };
}

/** Maps a normalised span [a, b) back to the original string. */
export function toOriginal(nz: Normalized, a: number, b: number): [number, number] {
  if (nz instanceof Identity) {
    const p = Math.min(a, nz.original.length);
    return b <= a ? [p, p] : [a, b];
  }
  if (b <= a) {
    const p = a < nz.starts.length ? nz.starts[a] : nz.original.length;
    return [p, p];
  }
  return [nz.starts[a], nz.ends[b - 1]];
}

/** Canonical matching key of a phrase: normalised, lower-cased, spaces collapsed. */
export function matchKey(s: string): string {
  return normalizeText(s).folded.replace(/\s+/g, ' ').trim();
}

/** slugify() of each string, in one native pass over them all (none may hold a line break). */
export function slugifyAll(ss: string[]): string[] {
  const joined = ss.join('\n');
  if (/[\r\u2028\u2029]/.test(joined) || (joined.match(/\n/g)?.length ?? 0) !== ss.length - 1) return ss.map(slugify);
  if (!ss.length) return [];
  return joined
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9\n]+/g, '-')
    .replace(/^-+|-+$/gm, '')
    .split('\n');
}

/** ASCII slug for ids: "Bộ Tài chính" → "bo-tai-chinh". */
export function slugify(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
