/**
 * Normalisation for matching Vietnamese text, with an exact map back to the caller's string.
 *
 * The normalised string has one entry in `starts`/`ends` per code unit: the original range
 * that produced it. Removed characters (zero-width, soft hyphen) produce nothing, so a span
 * [a, b) of the normalised text maps to [starts[a], ends[b - 1]) in the original.
 */

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
interface Toned {
  base: string;
  tone: string;
}
const toneCache = new Map<string, Toned>();
/** Splits a precomposed letter into its base letter (keeping ^, ˘, ˚ hooks) and tone mark. */
function splitTone(ch: string): Toned {
  let t = toneCache.get(ch);
  if (!t) {
    const d = ch.normalize('NFD');
    let tone = '';
    let rest = '';
    for (const c of d) {
      if (TONES.includes(c)) tone = c;
      else rest += c;
    }
    t = { base: rest.normalize('NFC'), tone };
    toneCache.set(ch, t);
  }
  return t;
}
function withTone(base: string, tone: string): string {
  return (base + tone).normalize('NFC');
}

/** o and u, plain or toned, either case: the only letters that can open an oa/oe/uy pair. */
let FIRST_VOWELS: Set<string> | undefined;
function firstVowels(): Set<string> {
  if (!FIRST_VOWELS) {
    FIRST_VOWELS = new Set();
    for (const b of 'oOuU') {
      FIRST_VOWELS.add(b);
      for (const t of TONES) FIRST_VOWELS.add((b + t).normalize('NFC'));
    }
  }
  return FIRST_VOWELS;
}

const isCombining = (c: number) => (c >= 0x300 && c <= 0x36f) || (c >= 0x1dc0 && c <= 0x1dff) || (c >= 0x20d0 && c <= 0x20ff) || (c >= 0xfe20 && c <= 0xfe2f);
const isRemoved = (c: number) => c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff || c === 0x180e;
const isSpace = (c: number) => c === 9 || c === 11 || c === 12 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;
const isDash = (c: number) => (c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xfe58 || c === 0xfe63 || c === 0xff0d;
const LETTER = /[\p{L}\p{M}]/u;
const VOWEL_BASE = /[aeiouyăâêôơư]/;
/** Open-syllable vowel pairs whose tone may sit on either vowel: hòa/hoà, khỏe/khoẻ, thủy/thuỷ. */
const PAIRS = new Set(['oa', 'oe', 'uy']);

/**
 * Moves the tone of open oa/oe/uy syllables onto the second vowel, in place.
 * Closed syllables (hoàn, thuyền) and qu- (quý) are left alone: their placement is fixed.
 */
function canonicalTones(chars: string[]): void {
  const first = firstVowels();
  for (let i = 0; i + 1 < chars.length; i++) {
    if (!first.has(chars[i])) continue;
    const a = splitTone(chars[i]);
    if (!a.tone) continue;
    const b = splitTone(chars[i + 1]);
    const pair = (a.base + b.base).toLowerCase();
    if (!PAIRS.has(pair) || b.tone) continue;
    const prev = i > 0 ? chars[i - 1].toLowerCase() : '';
    if (pair === 'uy' && prev === 'q') continue;
    if (prev && LETTER.test(prev) && VOWEL_BASE.test(splitTone(prev).base)) continue;
    const next = i + 2 < chars.length ? chars[i + 2] : '';
    if (next && LETTER.test(next)) continue;
    chars[i] = a.base;
    chars[i + 1] = withTone(b.base, a.tone);
  }
}

export function normalizeForMatch(original: string): Normalized {
  const n = original.length;
  const out: string[] = [];
  let st = new Int32Array(n + 8);
  let en = new Int32Array(n + 8);
  let len = 0;
  const push = (ch: string, i: number, j: number) => {
    if (len === st.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      st = grow(st);
      en = grow(en);
    }
    out.push(ch);
    st[len] = i;
    en[len] = j;
    len++;
  };
  let i = 0;
  while (i < n) {
    const code = original.charCodeAt(i);
    let j = i + 1;
    if (code >= 0xd800 && code <= 0xdbff && j < n) j++;
    while (j < n && isCombining(original.charCodeAt(j))) j++;
    if (j === i + 1) {
      // Fast path: one code unit, nothing to compose.
      if (code < 0x80) {
        push(code === 9 || code === 11 || code === 12 ? ' ' : original[i], i, j);
      } else if (isRemoved(code)) {
        /* dropped */
      } else if (isSpace(code)) push(' ', i, j);
      else if (isDash(code)) push('-', i, j);
      else if (code === 0xd0) push('Đ', i, j);
      else if (code === 0xf0) push('đ', i, j);
      else {
        const norm = code < 0x300 || (code >= 0x1e00 && code <= 0x1eff) ? original[i] : original[i].normalize('NFC');
        for (let k = 0; k < norm.length; k++) push(norm[k], i, j);
      }
      i = j;
      continue;
    }
    let cluster = original.slice(i, j);
    if (code === 0xd0) cluster = 'Đ' + cluster.slice(1);
    else if (code === 0xf0) cluster = 'đ' + cluster.slice(1);
    const norm = cluster.normalize('NFC');
    for (let k = 0; k < norm.length; k++) push(norm[k], i, j);
    i = j;
  }
  canonicalTones(out);
  const cased = out.join('');
  let folded = cased.toLowerCase();
  if (folded.length !== cased.length) {
    folded = '';
    for (const c of out) {
      const l = c.toLowerCase();
      folded += l.length === c.length ? l : c;
    }
  }
  return { cased, folded, starts: st.subarray(0, len), ends: en.subarray(0, len), original };
}

/** Maps a normalised span [a, b) back to the original string. */
export function toOriginal(nz: Normalized, a: number, b: number): [number, number] {
  if (b <= a) {
    const p = a < nz.starts.length ? nz.starts[a] : nz.original.length;
    return [p, p];
  }
  return [nz.starts[a], nz.ends[b - 1]];
}

/** Canonical matching key of a phrase: normalised, lower-cased, spaces collapsed. */
export function matchKey(s: string): string {
  return normalizeForMatch(s).folded.replace(/\s+/g, ' ').trim();
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
